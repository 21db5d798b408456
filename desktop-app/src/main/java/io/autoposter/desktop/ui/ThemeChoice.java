package io.autoposter.desktop.ui;

/** Light or dark: as the operating system says, or fixed by the user. */
public enum ThemeChoice {
  SYSTEM("Follow the system"),
  LIGHT("Light"),
  DARK("Dark");

  private final String label;

  ThemeChoice(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether to show dark, given whether the system is dark now. */
  public boolean dark(boolean systemDark) {
    return switch (this) {
      case SYSTEM -> systemDark;
      case LIGHT -> false;
      case DARK -> true;
    };
  }
}
