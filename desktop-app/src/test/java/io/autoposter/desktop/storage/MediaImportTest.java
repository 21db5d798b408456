package io.autoposter.desktop.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.desktop.testing.TestImages;
import io.autoposter.model.MediaRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaImportTest {

  @TempDir Path dir;

  @Test
  void theTypeComesFromTheContentNotTheName() throws Exception {
    Path renamed = Files.write(dir.resolve("photo.jpg"), TestImages.PNG);
    try (LocalStore store = LocalStore.open(dir.resolve("db").resolve("local"))) {
      MediaRef ref = store.importMedia(renamed);

      String sha =
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(TestImages.PNG));
      assertThat(ref).isEqualTo(new MediaRef(sha, "image/png", TestImages.PNG.length, 64, 64));
      Path copy = dir.resolve("db").resolve("media").resolve(sha);
      assertThat(store.mediaFile(sha)).contains(copy);
      assertThat(copy).hasBinaryContent(TestImages.PNG);
      assertThat(store.pendingUploads()).containsExactly(new PendingUpload(ref, 0));
    }
  }

  @Test
  void importingTheSameBytesTwiceKeepsOneFileAndOneUpload() throws Exception {
    Path first = Files.write(dir.resolve("a.png"), TestImages.PNG);
    Path second = Files.write(dir.resolve("b.png"), TestImages.PNG);
    try (LocalStore store = LocalStore.open(dir.resolve("db").resolve("local"))) {
      MediaRef ref = store.importMedia(first);

      assertThat(store.importMedia(second)).isEqualTo(ref);
      assertThat(store.pendingUploads()).hasSize(1);
      try (var files = Files.list(dir.resolve("db").resolve("media"))) {
        assertThat(files).hasSize(1);
      }
    }
  }

  @Test
  void textIsRefusedWithAMessageForPeople() throws Exception {
    Path text = Files.writeString(dir.resolve("photo.txt"), "not a picture at all");
    try (LocalStore store = LocalStore.open(dir.resolve("db").resolve("local"))) {
      assertThatThrownBy(() -> store.importMedia(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "photo.txt is not a picture or video Autoposter can publish"
                  + " (JPEG, PNG, GIF, WebP, MP4, MOV).");
      assertThat(store.pendingUploads()).isEmpty();
    }
  }

  @Test
  void uploadsMoveFromPendingToDoneOrFailed() throws Exception {
    Path file = Files.write(dir.resolve("a.png"), TestImages.PNG);
    try (LocalStore store = LocalStore.open(dir.resolve("db").resolve("local"))) {
      MediaRef ref = store.importMedia(file);

      store.uploadProgress(ref.sha256(), 100);
      assertThat(store.pendingUploads()).containsExactly(new PendingUpload(ref, 100));

      store.uploadFailed(ref.sha256(), "Too large.");
      assertThat(store.pendingUploads()).isEmpty();
      assertThat(store.failedUploads()).containsExactly(new FailedUpload(ref, "Too large."));

      store.importMedia(file);
      assertThat(store.pendingUploads()).containsExactly(new PendingUpload(ref, 0));
      store.uploadFinished(ref.sha256());
      assertThat(store.pendingUploads()).isEmpty();
      assertThat(store.failedUploads()).isEmpty();
    }
  }
}
