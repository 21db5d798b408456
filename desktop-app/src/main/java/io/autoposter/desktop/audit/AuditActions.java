package io.autoposter.desktop.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readable names of audit action codes. The contract does not list the codes; these are the ones
 * the screen knows by name, and any other code is shown as words made from itself.
 */
public final class AuditActions {

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("SIGN_IN", "Signed in");
    NAMES.put("SIGN_IN_FAILED", "Failed sign-in");
    NAMES.put("SIGN_OUT", "Signed out");
    NAMES.put("SESSION_REVOKED", "Session revoked");
    NAMES.put("PASSWORD_RESET_REQUESTED", "Password reset requested");
    NAMES.put("PASSWORD_RESET", "Password changed by reset");
    NAMES.put("TOTP_ENABLED", "Two-factor turned on");
    NAMES.put("TOTP_DISABLED", "Two-factor turned off");
    NAMES.put("RECOVERY_CODE_USED", "Recovery code used");
    NAMES.put("MEMBER_INVITED", "Member invited");
    NAMES.put("INVITATION_RESENT", "Invitation resent");
    NAMES.put("INVITATION_REVOKED", "Invitation revoked");
    NAMES.put("INVITATION_ACCEPTED", "Invitation accepted");
    NAMES.put("MEMBER_UPDATED", "Role or brand access changed");
    NAMES.put("MEMBER_REMOVED", "Member removed");
    NAMES.put("BRAND_CREATED", "Brand created");
    NAMES.put("BRAND_UPDATED", "Brand changed");
    NAMES.put("BRAND_DELETED", "Brand deleted");
    NAMES.put("BRAND_LOGO_CHANGED", "Brand logo changed");
    NAMES.put("AGENCY_UPDATED", "Agency settings changed");
  }

  private AuditActions() {}

  /** The codes offered in the filter. */
  public static List<String> known() {
    return List.copyOf(NAMES.keySet());
  }

  /**
   * "Failed sign-in" for {@code SIGN_IN_FAILED}; "Post published" for an unknown POST_PUBLISHED.
   */
  public static String describe(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String known = NAMES.get(code);
    if (known != null) {
      return known;
    }
    String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
