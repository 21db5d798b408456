package io.autoposter.desktop.app;

import java.net.URI;
import javafx.application.HostServices;

/**
 * Opens addresses in the person's own browser (OAuth consent pages must run there, where the
 * platform's sign-in and the person's password manager live, never inside the app).
 */
final class SystemBrowser {

  private static volatile HostServices services;

  private SystemBrowser() {}

  static void install(HostServices hostServices) {
    services = hostServices;
  }

  static void open(URI address) {
    HostServices host = services;
    if (host == null) {
      throw new IllegalStateException("No browser is available to open " + address);
    }
    host.showDocument(address.toString());
  }
}
