package io.autoposter.desktop.csvimport;

import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.rules.PostRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one row with everything that would stop it from becoming a post: the brand, the networks,
 * the due time in the brand's zone (format, a time that a DST switch skips, the past), tags, media
 * files, and the network rules ({@link PostRules}). Rule warnings do not block.
 */
final class RowCheck {

  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
  private static final Map<String, Network> NETWORK_NAMES =
      Map.of(
          "facebook", Network.FACEBOOK,
          "instagram", Network.INSTAGRAM,
          "linkedin", Network.LINKEDIN,
          "x", Network.X,
          "twitter", Network.X,
          "sandbox", Network.SANDBOX);

  private final List<Brand> brands;
  private final Clock clock;
  private final Path folder;

  /**
   * @param folder the CSV file's folder, which relative media paths start from
   */
  RowCheck(List<Brand> brands, Clock clock, Path folder) {
    this.brands = List.copyOf(brands);
    this.clock = clock;
    this.folder = folder;
  }

  ImportRow check(CsvRow row) {
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (row.extraValues() > 0) {
      errors.add(
          "The row has more values than the header has columns; put a caption with commas in"
              + " double quotes");
    }
    Optional<Brand> brand = brand(row.get(Column.BRAND), errors);
    Set<Network> networks = networks(row.get(Column.NETWORKS), errors);
    String caption = row.get(Column.CAPTION);
    if (caption.isBlank()) {
      errors.add("The caption is empty");
    }
    Instant due = brand.map(b -> due(row.get(Column.DUE), b.zone(), errors, warnings)).orElse(null);
    Set<String> tags = tags(row.get(Column.TAGS), errors);
    List<Path> mediaFiles = new ArrayList<>();
    List<MediaRef> media = media(row.get(Column.MEDIA), mediaFiles, errors);

    Post post = null;
    if (errors.isEmpty() && brand.isPresent()) {
      try {
        post =
            new Post(
                PostId.random(),
                brand.get().id(),
                caption,
                row.get(Column.FIRST_COMMENT),
                Map.of(),
                networks,
                Set.of(),
                media,
                tags,
                due,
                brand.get().zone(),
                due == null ? PostStatus.DRAFT : PostStatus.SCHEDULED,
                "");
        for (Finding finding : PostRules.check(post)) {
          (finding.blocksScheduling() ? errors : warnings).add(finding.message());
        }
      } catch (IllegalArgumentException e) {
        errors.add(capitalized(e.getMessage()));
      }
    }
    return new ImportRow(
        row.line(),
        row.get(Column.BRAND).strip(),
        row.get(Column.NETWORKS).strip(),
        row.get(Column.DUE).strip(),
        caption,
        errors.isEmpty() ? post : null,
        mediaFiles,
        errors,
        warnings);
  }

  private Optional<Brand> brand(String name, List<String> errors) {
    String wanted = name.strip();
    if (wanted.isEmpty()) {
      errors.add("The brand is empty");
      return Optional.empty();
    }
    Optional<Brand> found =
        brands.stream().filter(b -> b.name().equalsIgnoreCase(wanted)).findFirst();
    if (found.isEmpty()) {
      String known =
          brands.isEmpty()
              ? "there are no brands yet"
              : "the brands are "
                  + brands.stream().limit(6).map(Brand::name).collect(Collectors.joining(", "))
                  + (brands.size() > 6 ? "…" : "");
      errors.add("Unknown brand \"" + wanted + "\"; " + known);
    }
    return found;
  }

  private static Set<Network> networks(String text, List<String> errors) {
    Set<Network> networks = EnumSet.noneOf(Network.class);
    List<String> unknown = new ArrayList<>();
    for (String part : text.split("[;,|]")) {
      String name = part.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      Network network = NETWORK_NAMES.get(name);
      if (network == null) {
        unknown.add(part.strip());
      } else {
        networks.add(network);
      }
    }
    if (!unknown.isEmpty()) {
      errors.add(
          "Unknown network "
              + unknown.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(", "))
              + "; use facebook, instagram, linkedin, x or sandbox");
    } else if (networks.isEmpty()) {
      errors.add("No networks; list them like instagram;x;linkedin");
    }
    return networks;
  }

  /** The due instant, or null for a draft (empty cell) or an error. */
  private Instant due(String text, ZoneId zone, List<String> errors, List<String> warnings) {
    String written = text.strip();
    if (written.isEmpty()) {
      return null;
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(written, DUE);
    } catch (DateTimeParseException e) {
      errors.add("Due \"" + written + "\" is not a date and time; write it like 2027-03-14 18:30");
      return null;
    }
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = zone.getRules().getTransition(local);
      errors.add(
          "%s does not exist in %s: the clocks jump from %s to %s that night; choose another time"
              .formatted(
                  SHOWN.format(local),
                  zone.getId(),
                  gap.getDateTimeBefore().toLocalTime(),
                  gap.getDateTimeAfter().toLocalTime()));
      return null;
    }
    if (offsets.size() > 1) {
      warnings.add(
          "%s happens twice in %s (the clocks go back); the first one, UTC%s, is used"
              .formatted(SHOWN.format(local), zone.getId(), offsets.getFirst().getId()));
    }
    Instant due = local.atZone(zone).toInstant();
    if (!due.isAfter(clock.instant())) {
      errors.add("Due " + SHOWN.format(local) + " (" + zone.getId() + ") is in the past");
      return null;
    }
    return due;
  }

  private static Set<String> tags(String text, List<String> errors) {
    Set<String> tags = new LinkedHashSet<>();
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        tags.add(Post.normalizeTag(part));
      } catch (IllegalArgumentException e) {
        errors.add("Tag \"" + part.strip() + "\": " + e.getMessage());
      }
    }
    if (tags.size() > Post.MAX_TAGS) {
      errors.add("At most " + Post.MAX_TAGS + " tags per post; this row has " + tags.size());
    }
    return tags;
  }

  /**
   * Stand-ins for the media files, so the network rules can check types and sizes before anything
   * is imported; the real references come from the store at import time.
   */
  private List<MediaRef> media(String text, List<Path> files, List<String> errors) {
    List<MediaRef> refs = new ArrayList<>();
    for (String part : text.split(";")) {
      String written = part.strip();
      if (written.isEmpty()) {
        continue;
      }
      Path file;
      try {
        file = folder.resolve(written).normalize();
      } catch (InvalidPathException e) {
        errors.add("Media \"" + written + "\" is not a file name");
        continue;
      }
      if (!Files.isRegularFile(file)) {
        errors.add("Media file \"" + written + "\" not found next to the CSV file");
        continue;
      }
      try {
        Optional<String> type = MediaTypes.sniff(head(file));
        long size = Files.size(file);
        if (type.isEmpty() || size == 0) {
          errors.add(
              "Media file \""
                  + written
                  + "\" is not a picture or video Autoposter can publish"
                  + " (JPEG, PNG, GIF, WebP, MP4, MOV)");
          continue;
        }
        files.add(file);
        refs.add(new MediaRef(standInHash(file), type.get(), size));
      } catch (IOException e) {
        errors.add("Media file \"" + written + "\" cannot be read: " + e.getMessage());
      }
    }
    return refs;
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(MediaTypes.SNIFF_BYTES);
    }
  }

  private static String standInHash(Path file) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(file.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String capitalized(String message) {
    return message == null || message.isEmpty()
        ? "The row cannot be a post"
        : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }
}
