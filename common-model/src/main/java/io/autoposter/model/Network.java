package io.autoposter.model;

/** A social network a post can be published to. SANDBOX is the built-in network for demos. */
public enum Network {
  FACEBOOK("Facebook"),
  INSTAGRAM("Instagram"),
  LINKEDIN("LinkedIn"),
  X("X"),
  SANDBOX("Sandbox");

  private final String displayName;

  Network(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
