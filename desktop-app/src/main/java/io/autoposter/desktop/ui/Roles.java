package io.autoposter.desktop.ui;

import io.autoposter.model.Role;

/** Role names as people read them. */
public final class Roles {

  private Roles() {}

  public static String label(Role role) {
    return switch (role) {
      case OWNER -> "Owner";
      case ADMIN -> "Admin";
      case EDITOR -> "Editor";
      case APPROVER -> "Approver";
      case VIEWER -> "Viewer";
    };
  }
}
