package io.autoposter.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's sample file {@code docs/samples/import-20-posts.csv} (20 rows for Trattoria Roma, 2
 * bad on purpose: line 12 is an X caption over 280 characters, line 19 a time the clocks skip), as
 * a user would import it on {@code today}: when its due times are no longer ahead, they move on by
 * whole weeks, and the skipped time moves to the next night the clocks go forward in Rome.
 */
final class SampleCsv {
  static final Path SAMPLE = Path.of("..", "docs", "samples", "import-20-posts.csv");
  static final int ROWS = 20;
  static final int X_TOO_LONG_LINE = 12;
  static final int SKIPPED_TIME_LINE = 19;

  private static final String SKIPPED_TIME = "2027-03-28 02:30";
  private static final LocalDate FIRST_DUE = LocalDate.of(2027, 1, 1);
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final Pattern DUE =
      Pattern.compile("\\b(20\\d\\d-\\d\\d-\\d\\d) (\\d\\d:\\d\\d)\\b");
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private SampleCsv() {}

  /** Writes the file, as of {@code today} in Rome, into {@code dir}. */
  static Path writeFor(LocalDate today, Path dir) throws IOException {
    String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    long weeks = Math.max(0, ChronoUnit.WEEKS.between(FIRST_DUE, today.plusDays(14)) + 1);
    if (weeks > 0) {
      String skipped = nextSkippedTime(today.plusDays(1)).format(FORMAT);
      Matcher due = DUE.matcher(text);
      StringBuilder moved = new StringBuilder();
      while (due.find()) {
        String was = due.group();
        String now =
            was.equals(SKIPPED_TIME)
                ? skipped
                : LocalDateTime.parse(was, FORMAT).plusWeeks(weeks).format(FORMAT);
        due.appendReplacement(moved, now);
      }
      due.appendTail(moved);
      text = moved.toString();
    }
    Path file = dir.resolve("import-20-posts.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** 02:30 on the next night from {@code from} on which Rome's clocks jump from 02:00 to 03:00. */
  private static LocalDateTime nextSkippedTime(LocalDate from) {
    ZoneOffsetTransition transition =
        ROME.getRules().nextTransition(from.atStartOfDay(ROME).toInstant());
    while (!transition.isGap()) {
      transition = ROME.getRules().nextTransition(transition.getInstant());
    }
    return transition.getDateTimeBefore().toLocalDate().atTime(2, 30);
  }
}
