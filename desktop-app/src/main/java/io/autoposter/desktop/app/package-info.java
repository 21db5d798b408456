/**
 * Start-up and wiring: the plain {@link io.autoposter.desktop.app.Launcher}, the JavaFX application
 * with theme and navigation, and {@link io.autoposter.desktop.app.DesktopContext}, the toolkit-free
 * composition root that tests drive headless.
 */
package io.autoposter.desktop.app;
