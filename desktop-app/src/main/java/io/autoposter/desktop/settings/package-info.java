/** The Settings screen: theme and keyboard shortcuts. */
package io.autoposter.desktop.settings;
