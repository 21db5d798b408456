package io.autoposter.model.outcome;

import io.autoposter.model.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a post's outcome, as the server writes it (one line per social account, {@link
 * #join}) and the desktop shows it: published with its permalink, or a problem with what to do.
 *
 * @param network the network the line is about, when it names one
 * @param text the line without its permalink: "Published to X (@shop)", or the problem in words
 * @param permalink where the post is on the network, for a published line
 * @param fix what a person can do, recognised from the catalogue's words at the end
 */
public record OutcomeLine(
    Optional<Network> network,
    boolean published,
    String text,
    Optional<String> permalink,
    FixAction fix) {

  private static final Pattern PUBLISHED =
      Pattern.compile("^(Published to .+?)(?:: (https?://\\S+))?(?:\\.)?( — .*)?$");

  /** Networks longest name first, so a name that starts another one never wins by accident. */
  private static final List<Network> BY_NAME =
      Arrays.stream(Network.values())
          .sorted(Comparator.comparingInt((Network n) -> n.displayName().length()).reversed())
          .toList();

  /** The server's outcome: one line per target. */
  public static String join(List<String> lines) {
    return String.join("\n", lines.stream().filter(l -> !l.isBlank()).toList());
  }

  /** The lines of {@code outcome}, in order; none for a blank outcome. */
  public static List<OutcomeLine> parse(String outcome) {
    List<OutcomeLine> lines = new ArrayList<>();
    if (outcome == null) {
      return lines;
    }
    for (String raw : outcome.split("\n")) {
      String line = raw.strip();
      if (!line.isEmpty()) {
        lines.add(parseLine(line));
      }
    }
    return lines;
  }

  private static OutcomeLine parseLine(String line) {
    Matcher published = PUBLISHED.matcher(line);
    if (line.startsWith("Published to ") && published.matches()) {
      String rest = published.group(3) == null ? "" : published.group(3);
      return new OutcomeLine(
          networkAt(line.substring("Published to ".length())),
          true,
          published.group(1) + rest,
          Optional.ofNullable(published.group(2)),
          FixAction.NONE);
    }
    FixAction fix =
        Arrays.stream(FixAction.values())
            .filter(f -> !f.words().isEmpty() && line.endsWith(f.words()))
            .findFirst()
            .orElse(FixAction.NONE);
    return new OutcomeLine(networkAt(line), false, line, Optional.empty(), fix);
  }

  private static Optional<Network> networkAt(String text) {
    return BY_NAME.stream()
        .filter(
            n ->
                text.startsWith(n.displayName() + " ")
                    || text.startsWith(n.displayName() + "'")
                    || text.startsWith(n.displayName() + ":"))
        .findFirst();
  }
}
