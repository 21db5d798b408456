package io.autoposter.desktop.app;

import io.autoposter.model.Role;

/** The places in the sidebar. */
enum Section {
  POSTS("Posts"),
  CALENDAR("Calendar"),
  QUEUE("Queue"),
  DRAFTS("Drafts"),
  HISTORY("History"),
  SEARCH("Search"),
  BRANDS("Brands"),
  ACCOUNTS("Accounts"),
  TEAM("Team"),
  AUDIT("Audit log"),
  ACCOUNT("My account"),
  SETTINGS("Settings");

  private final String label;

  Section(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** Team and audit are for owners and admins; everyone else sees the rest. */
  boolean visibleTo(Role role) {
    return switch (this) {
      case TEAM, AUDIT -> role.managesTeam();
      case POSTS, CALENDAR, QUEUE, DRAFTS, HISTORY, SEARCH, BRANDS, ACCOUNTS, ACCOUNT, SETTINGS ->
          true;
    };
  }
}
