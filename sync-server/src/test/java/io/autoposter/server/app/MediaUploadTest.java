package io.autoposter.server.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Role;
import io.autoposter.model.api.MediaInfo;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.server.app.MediaClient.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/v1/media}: content-addressed, resumable uploads over real HTTP. */
class MediaUploadTest {
  static final long IMAGE_LIMIT = 1024 * 1024;
  static final long VIDEO_LIMIT = 40L * 1024 * 1024;
  static final AtomicLong SEEDS = new AtomicLong();

  @TempDir static Path dataDir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            dataDir,
            Map.of(
                "autoposter.media.max-image-bytes", Long.toString(IMAGE_LIMIT),
                "autoposter.media.max-video-bytes", Long.toString(VIDEO_LIMIT),
                "autoposter.publisher.enabled", "false"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aPngInOneChunkIsStoredAndServedByteForByte() {
    SessionResponse owner = server.register("PNG Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);

    Answer put = media.putAll(sha, png);

    assertThat(put.status()).as(put.toString()).isEqualTo(201);
    assertThat(put.contentType()).startsWith("application/json");
    assertThat(put.info()).isEqualTo(new MediaInfo(sha, "image/png", png.length, png.length, true));
    assertThat(put.uploadOffset()).isEqualTo(Integer.toString(png.length));
    Answer get = media.get(sha);
    assertThat(get.status()).isEqualTo(200);
    assertThat(get.contentType()).isEqualTo("image/png");
    assertThat(get.body()).isEqualTo(png);
    assertThat(media.status(sha).info()).isEqualTo(put.info());
    assertThat(files(owner)).containsExactly(sha);
  }

  @Test
  void aJpegIsTypedByItsContent() {
    SessionResponse owner = server.register("JPEG Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] jpeg = TestImages.jpeg(120, 90, SEEDS.incrementAndGet());
    String sha = TestImages.sha256(jpeg);

    Answer put = media.put(sha, "text/plain", 0, jpeg.length, jpeg);

    assertThat(put.status()).as(put.toString()).isEqualTo(201);
    assertThat(put.info().contentType()).isEqualTo("image/jpeg");
    Answer get = media.get(sha);
    assertThat(get.contentType()).isEqualTo("image/jpeg");
    assertThat(get.body()).isEqualTo(jpeg);
  }

  @Test
  void aPngDeclaredAsJpegIsStoredAsPng() {
    SessionResponse owner = server.register("Renamed Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);

    Answer put = media.put(sha, "image/jpeg", 0, png.length, png);

    assertThat(put.status()).as(put.toString()).isEqualTo(201);
    assertThat(put.info().contentType()).isEqualTo("image/png");
    assertThat(media.get(sha).contentType()).isEqualTo("image/png");
  }

  @Test
  void anUploadResumesChunkByChunkAndARepeatedChunkLearnsTheServersOffset() {
    SessionResponse owner = server.register("Resuming Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);
    int first = png.length / 3;
    int second = 2 * png.length / 3;

    Answer one = media.putChunk(sha, png, 0, first);
    assertThat(one.status()).as(one.toString()).isEqualTo(202);
    assertThat(one.info()).isEqualTo(new MediaInfo(sha, "", png.length, first, false));
    assertThat(media.status(sha).info().received()).isEqualTo(first);

    Answer two = media.putChunk(sha, png, first, second);
    assertThat(two.status()).as(two.toString()).isEqualTo(202);
    assertThat(two.info().received()).isEqualTo(second);

    // The answer to the second chunk got lost; the client sends it again.
    Answer again = media.putChunk(sha, png, first, second);
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.problem().code()).isEqualTo("UPLOAD_OFFSET_MISMATCH");
    assertThat(again.problem().detail()).contains("offset " + second);
    assertThat(again.uploadOffset()).isEqualTo(Integer.toString(second));
    Answer status = media.status(sha);
    assertThat(status.info()).isEqualTo(new MediaInfo(sha, "", png.length, second, false));
    assertThat(status.uploadOffset()).isEqualTo(Integer.toString(second));
    assertThat(media.get(sha).status()).as("incomplete media are not served").isEqualTo(404);

    int resumeAt = Integer.parseInt(again.uploadOffset());
    Answer last = media.putChunk(sha, png, resumeAt, png.length);
    assertThat(last.status()).as(last.toString()).isEqualTo(201);
    assertThat(last.info())
        .isEqualTo(new MediaInfo(sha, "image/png", png.length, png.length, true));
    assertThat(media.get(sha).body()).isEqualTo(png);
    assertThat(files(owner)).containsExactly(sha);
  }

  @Test
  void aChunkThatDoesNotStartWhereTheServerStandsIsRefusedWithTheOffset() {
    SessionResponse owner = server.register("Skipping Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);

    Answer ahead = media.putChunk(sha, png, 100, png.length);

    assertThat(ahead.status()).as(ahead.toString()).isEqualTo(409);
    assertThat(ahead.problem().code()).isEqualTo("UPLOAD_OFFSET_MISMATCH");
    assertThat(ahead.uploadOffset()).isEqualTo("0");
    assertThat(media.status(sha).status()).isEqualTo(404);
  }

  @Test
  void aCompleteUploadAnswers200AndIgnoresTheBody() {
    SessionResponse owner = server.register("Idempotent Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);
    assertThat(media.putAll(sha, png).status()).isEqualTo(201);

    Answer same = media.putAll(sha, png);
    Answer garbage = media.put(sha, "image/png", 0, png.length, "not the image".getBytes(UTF_8));

    assertThat(same.status()).as(same.toString()).isEqualTo(200);
    assertThat(same.info())
        .isEqualTo(new MediaInfo(sha, "image/png", png.length, png.length, true));
    assertThat(garbage.status()).as(garbage.toString()).isEqualTo(200);
    assertThat(media.get(sha).body()).isEqualTo(png);
  }

  @Test
  void textIsRefusedAtTheFirstChunkAndLeavesNothingBehind() {
    SessionResponse owner = server.register("Text Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] text = "Just some words, certainly not a picture.\n".repeat(200).getBytes(UTF_8);
    String sha = TestImages.sha256(text);

    Answer put = media.put(sha, "image/png", 0, text.length, slice(text, 0, 1000));

    assertThat(put.status()).as(put.toString()).isEqualTo(415);
    assertThat(put.problem().code()).isEqualTo("MEDIA_TYPE_UNSUPPORTED");
    assertThat(media.status(sha).problem().code()).isEqualTo("MEDIA_NOT_FOUND");
    assertThat(files(owner)).isEmpty();
    assertThat(incoming()).isEmpty();
  }

  @Test
  void anUploadLengthOverTheLargestLimitIsRefusedBeforeAnythingIsStored() {
    SessionResponse owner = server.register("Huge Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);

    Answer put = media.put(sha, "video/mp4", 0, VIDEO_LIMIT + 1, png);

    assertThat(put.status()).as(put.toString()).isEqualTo(413);
    assertThat(put.problem().code()).isEqualTo("MEDIA_TOO_LARGE");
    assertThat(media.status(sha).status()).isEqualTo(404);
    assertThat(files(owner)).isEmpty();
    assertThat(Files.exists(agencyDirectory(owner))).isFalse();
    assertThat(incoming()).isEmpty();
  }

  @Test
  void anImageOverTheImageLimitIsRefusedOnceItsFirstBytesShowItIsAnImage() {
    SessionResponse owner = server.register("Big Picture Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);

    // Small enough for a video, too large for a picture: only the content can tell.
    Answer put = media.put(sha, "video/mp4", 0, IMAGE_LIMIT + 1, slice(png, 0, 4096));

    assertThat(put.status()).as(put.toString()).isEqualTo(413);
    assertThat(put.problem().code()).isEqualTo("MEDIA_TOO_LARGE");
    assertThat(media.status(sha).status()).isEqualTo(404);
    assertThat(files(owner)).isEmpty();
  }

  @Test
  void aChunkOverSixteenMebibytesIsRefused() {
    SessionResponse owner = server.register("Big Chunk Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] chunk = new byte[16 * 1024 * 1024 + 1];
    System.arraycopy(png(), 0, chunk, 0, 64);

    Answer put = media.put("ab".repeat(32), "video/mp4", 0, 20L * 1024 * 1024, chunk);

    assertThat(put.status()).as(put.toString()).isEqualTo(413);
    assertThat(put.problem().code()).isEqualTo("CHUNK_TOO_LARGE");
    assertThat(files(owner)).isEmpty();
  }

  @Test
  void aChunkPastTheUploadLengthIsABadRequest() {
    SessionResponse owner = server.register("Overflowing Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();

    Answer put = media.put(TestImages.sha256(png), "image/png", 0, 100, png);

    assertThat(put.status()).as(put.toString()).isEqualTo(400);
    assertThat(put.problem().code()).isEqualTo("VALIDATION_FAILED");
    assertThat(files(owner)).isEmpty();
  }

  @Test
  void bytesWithAnotherHashAreRefusedAndDropped() {
    SessionResponse owner = server.register("Wrong Hash Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String claimed = TestImages.sha256(png());
    int half = png.length / 2;

    assertThat(media.putChunk(claimed, png, 0, half).status()).isEqualTo(202);
    assertThat(files(owner)).containsExactly(claimed + ".part");
    Answer last = media.putChunk(claimed, png, half, png.length);

    assertThat(last.status()).as(last.toString()).isEqualTo(422);
    assertThat(last.problem().code()).isEqualTo("MEDIA_HASH_MISMATCH");
    assertThat(media.status(claimed).status()).isEqualTo(404);
    assertThat(media.get(claimed).status()).isEqualTo(404);
    assertThat(files(owner)).isEmpty();
    // The right bytes under the right name still go through afterwards.
    assertThat(media.putAll(TestImages.sha256(png), png).status()).isEqualTo(201);
  }

  @Test
  void theUploadLengthCannotChangeBetweenChunks() {
    SessionResponse owner = server.register("Changing Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);
    assertThat(media.putChunk(sha, png, 0, 1000).status()).isEqualTo(202);

    Answer changed = media.put(sha, "image/png", 1000, png.length + 1, slice(png, 1000, 2000));

    assertThat(changed.status()).as(changed.toString()).isEqualTo(409);
    assertThat(changed.problem().code()).isEqualTo("UPLOAD_LENGTH_CHANGED");
    assertThat(media.status(sha).info().received()).isEqualTo(1000);
  }

  @Test
  void malformedHashesAndUploadHeadersAreBadRequests() {
    SessionResponse owner = server.register("Malformed Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);

    for (String bad :
        List.of("abc", sha.toUpperCase(), sha.substring(1), sha + "0", "g" + sha.substring(1))) {
      assertBadRequest(media.put(bad, "image/png", 0, png.length, png));
      assertBadRequest(media.status(bad));
      assertBadRequest(media.get(bad));
    }
    assertBadRequest(
        media.send(
            media
                .request(sha)
                .header("Upload-Length", Integer.toString(png.length))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png))));
    assertBadRequest(
        media.send(
            media
                .request(sha)
                .header("Upload-Offset", "0")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png))));
    for (String[] headers :
        List.of(
            new String[] {"zero", "10"},
            new String[] {"-1", "10"},
            new String[] {"+0", "10"},
            new String[] {"10", "10"},
            new String[] {"0", "0"},
            new String[] {"0", "99999999999999999999"})) {
      assertBadRequest(
          media.send(
              media
                  .request(sha)
                  .header("Upload-Offset", headers[0])
                  .header("Upload-Length", headers[1])
                  .PUT(HttpRequest.BodyPublishers.ofByteArray(png))));
    }
    assertBadRequest(media.put(sha, "image/png", 0, png.length, new byte[0]));
    assertThat(files(owner)).isEmpty();
  }

  @Test
  void anotherAgencyNeitherSeesNorReadsTheMediaButMayUploadTheSameBytesAsItsOwn() {
    SessionResponse a = server.register("Agency A");
    SessionResponse b = server.register("Agency B");
    MediaClient mediaA = new MediaClient(server, a.token());
    MediaClient mediaB = new MediaClient(server, b.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);
    assertThat(mediaA.putAll(sha, png).status()).isEqualTo(201);

    assertThat(mediaB.status(sha).status()).isEqualTo(404);
    assertThat(mediaB.status(sha).problem().code()).isEqualTo("MEDIA_NOT_FOUND");
    assertThat(mediaB.get(sha).status()).isEqualTo(404);
    assertThat(mediaB.get(sha).problem().code()).isEqualTo("MEDIA_NOT_FOUND");
    // Not "already complete": B's upload is B's own object and must really send the bytes.
    Answer fromB = mediaB.putChunk(sha, png, 0, 100);
    assertThat(fromB.status()).as(fromB.toString()).isEqualTo(202);
    assertThat(mediaB.putChunk(sha, png, 100, png.length).status()).isEqualTo(201);
    assertThat(mediaB.get(sha).body()).isEqualTo(png);
    assertThat(files(a)).containsExactly(sha);
    assertThat(files(b)).containsExactly(sha);
  }

  @Test
  void viewersAndApproversReadButOnlyPostWritersUpload() {
    SessionResponse owner = server.register("Roles Agency");
    byte[] png = png();
    String sha = TestImages.sha256(png);
    assertThat(new MediaClient(server, owner.token()).putAll(sha, png).status()).isEqualTo(201);

    for (Role role : List.of(Role.VIEWER, Role.APPROVER)) {
      MediaClient media =
          new MediaClient(server, server.member(owner.token(), role, false, Set.of()).token());
      byte[] other = png();
      Answer put = media.putAll(TestImages.sha256(other), other);
      assertThat(put.status()).as(role + " " + put).isEqualTo(403);
      assertThat(put.problem().code()).isEqualTo("FORBIDDEN");
      assertThat(media.status(TestImages.sha256(other)).status()).isEqualTo(404);
      assertThat(media.get(sha).body()).as(role.name()).isEqualTo(png);
    }
    MediaClient editor =
        new MediaClient(server, server.member(owner.token(), Role.EDITOR, false, Set.of()).token());
    byte[] fromEditor = png();
    assertThat(editor.putAll(TestImages.sha256(fromEditor), fromEditor).status()).isEqualTo(201);
  }

  @Test
  void withoutASessionNothingIsAnswered() {
    MediaClient anonymous = new MediaClient(server, null);
    byte[] png = png();
    String sha = TestImages.sha256(png);

    assertThat(anonymous.putAll(sha, png).status()).isEqualTo(401);
    assertThat(anonymous.status(sha).status()).isEqualTo(401);
    assertThat(anonymous.get(sha).status()).isEqualTo(401);
  }

  @Test
  void concurrentChunksApplyOneAtATime() throws Exception {
    SessionResponse owner = server.register("Racing Agency");
    MediaClient media = new MediaClient(server, owner.token());
    byte[] png = png();
    String sha = TestImages.sha256(png);
    int half = png.length / 2;

    List<Integer> firstHalves = race(4, () -> media.putChunk(sha, png, 0, half).status());
    List<Integer> secondHalves = race(4, () -> media.putChunk(sha, png, half, png.length).status());

    assertThat(firstHalves).containsOnlyOnce(202).containsOnly(202, 409);
    assertThat(secondHalves).containsOnlyOnce(201).containsOnly(201, 200);
    assertThat(media.get(sha).body()).isEqualTo(png);
    assertThat(files(owner)).containsExactly(sha);
  }

  private static List<Integer> race(int clients, Callable<Integer> call) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        answers.add(pool.submit(call));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    }
  }

  private static void assertBadRequest(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.problem().code()).isEqualTo("VALIDATION_FAILED");
  }

  /** A different real PNG (about 50 KB of noise) on every call. */
  private static byte[] png() {
    return TestImages.png(128, 128, SEEDS.incrementAndGet());
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  private static Path agencyDirectory(SessionResponse owner) {
    return dataDir.resolve("media").resolve(owner.agencyId().toString());
  }

  /** Names of the agency's media files: complete ones and {@code .part} files. */
  private static List<String> files(SessionResponse owner) {
    return list(agencyDirectory(owner));
  }

  private static List<String> incoming() {
    return list(dataDir.resolve("media").resolve("incoming"));
  }

  private static List<String> list(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
