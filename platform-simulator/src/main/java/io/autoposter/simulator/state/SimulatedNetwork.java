package io.autoposter.simulator.state;

import java.util.Locale;

/** The networks the simulator speaks for; Facebook and Instagram share the Graph API. */
public enum SimulatedNetwork {
  FACEBOOK,
  INSTAGRAM,
  LINKEDIN,
  X;

  /** The lower-case name used in the control API ({@code facebook}, {@code x} ...). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code facebook}, {@code FACEBOOK}, {@code twitter} ...; unknown names are refused. */
  public static SimulatedNetwork parse(String name) {
    String key = name.trim().toUpperCase(Locale.ROOT);
    if (key.equals("TWITTER")) {
      return X;
    }
    try {
      return valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown network '" + name + "' (facebook, instagram, linkedin, x)", e);
    }
  }
}
