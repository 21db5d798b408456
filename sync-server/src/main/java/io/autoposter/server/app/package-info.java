/**
 * Start-up and wiring: settings from Helidon Config, the composition of every feature, the demo
 * seed and {@link io.autoposter.server.app.AutoposterServer}, the one public way to run the server.
 */
package io.autoposter.server.app;
