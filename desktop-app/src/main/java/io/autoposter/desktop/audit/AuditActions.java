package io.autoposter.desktop.audit;

import io.autoposter.model.api.AuditAction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Readable names of audit action codes, from the shared {@link AuditAction} catalogue. */
public final class AuditActions {

  private AuditActions() {}

  /** The codes offered in the filter. */
  public static List<String> known() {
    return Arrays.stream(AuditAction.values()).map(AuditAction::name).toList();
  }

  /**
   * "Failed sign-in" for {@code SIGN_IN_FAILED}; a code this app version does not know yet (from a
   * newer server) is shown as words made from itself.
   */
  public static String describe(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    for (AuditAction action : AuditAction.values()) {
      if (action.name().equals(code)) {
        return action.label();
      }
    }
    String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
