package io.autoposter.server.auth;

import io.autoposter.server.api.ProblemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * ASVS 5.0 password rules: 12 to 128 characters, any characters, not one of the shipped common
 * passwords (compared case-insensitively). No composition rules — they make passwords worse.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  private static final String LIST = "/security/common-passwords.txt";
  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /**
   * Returns the password when it passes, else throws 400 PASSWORD_LENGTH or PASSWORD_TOO_COMMON.
   */
  public static String check(String password) {
    String candidate = password == null ? "" : password;
    int length = candidate.codePointCount(0, candidate.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new ProblemException(
          400,
          "PASSWORD_LENGTH",
          "Choose another password",
          "The password needs %d to %d characters.".formatted(MIN_LENGTH, MAX_LENGTH));
    }
    if (COMMON.contains(candidate.toLowerCase(Locale.ROOT))) {
      throw new ProblemException(
          400,
          "PASSWORD_TOO_COMMON",
          "Choose another password",
          "This password is too common and easy to guess. Choose a less obvious one.");
    }
    return candidate;
  }

  static int listSize() {
    return COMMON.size();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("missing " + LIST);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
