package io.autoposter.server.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code vault} command line: the rotation runbook step by step, as an operator runs it. */
class VaultCommandTest {
  @TempDir Path dataDir;
  private VaultFixture fixture;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void open() {
    fixture = VaultFixture.h2(dataDir);
    TokenVault vault = fixture.instance();
    fixture.store(vault, fixture.account(), TokenKind.ACCESS, "a");
    fixture.store(vault, fixture.account(), TokenKind.REFRESH, "r");
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void theRunbookRotatesTheKeyWithFiveCommands() {
    long old = fixture.instance().rotation().status().primaryKeyId();

    assertThat(run("status")).isZero();
    assertThat(out()).contains("Keyset version 1, 2 token(s)").contains("key " + old);
    assertThat(run("add-key")).isZero();
    long added = number(out(), "Added key (\\d+)");
    assertThat(out()).contains("Next: vault promote " + added);
    assertThat(run("promote", Long.toString(added))).isZero();
    assertThat(out()).contains("Next: vault reencrypt");
    assertThat(run("reencrypt", "1")).isZero();
    assertThat(out())
        .contains("Re-encrypted 2 token(s) in 2 batch(es); 0 failed.")
        .contains("Next: vault retire " + old);
    assertThat(run("retire", Long.toString(old))).isZero();
    assertThat(run("status")).isZero();

    String finalStatus = out().substring(out().lastIndexOf("Keyset version"));
    assertThat(finalStatus)
        .startsWith("Keyset version 4, 2 token(s)")
        .contains("key " + added + "  primary   2 token(s)")
        .doesNotContain("key " + old);
    assertThat(err()).isEmpty();
  }

  @Test
  void aRefusedStepExitsWithOneAndSaysWhy() {
    long old = fixture.instance().rotation().status().primaryKeyId();
    run("add-key");
    long added = number(out(), "Added key (\\d+)");
    run("promote", Long.toString(added));

    assertThat(run("retire", Long.toString(old))).isEqualTo(1);
    assertThat(err()).contains("vault retire: Key " + old + " still encrypts 2 token(s)");
  }

  @Test
  void statusCountsTokensNotYetUnderThePrimaryKey() {
    run("add-key");
    run("promote", Long.toString(number(out(), "Added key (\\d+)")));

    run("status");

    assertThat(out()).contains("2 token(s) not under the primary key yet.");
  }

  @Test
  void anythingElsePrintsTheUsageAndExitsWithTwo() {
    assertThat(run("rotate")).isEqualTo(2);
    assertThat(run("promote")).isEqualTo(2);
    assertThat(run("retire", "abc")).isEqualTo(2);
    assertThat(run("reencrypt", "0")).isEqualTo(2);
    assertThat(err()).contains("Usage: java -jar sync-server.jar vault <command>");
    assertThat(VaultCommand.accepts(List.of())).isFalse();
  }

  private int run(String... args) {
    return new VaultCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(List.of(args), fixture.database, TestMasterKey.settings(dataDir), Clock.systemUTC());
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static long number(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return Long.parseLong(matcher.group(1));
  }
}
