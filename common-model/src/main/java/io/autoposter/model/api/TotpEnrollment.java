package io.autoposter.model.api;

import java.util.List;

/**
 * A started two-factor enrolment: show {@code otpauthUri} as a QR code (and {@code secret} for
 * manual entry) and the recovery codes once. It takes effect after a confirmed code.
 */
public record TotpEnrollment(String secret, String otpauthUri, List<String> recoveryCodes) {

  public TotpEnrollment {
    recoveryCodes = List.copyOf(recoveryCodes);
  }

  @Override
  public String toString() {
    return "TotpEnrollment[...]";
  }
}
