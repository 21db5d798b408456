/**
 * The main window: header with agency, brand selector and sync status; the brand's post list; and
 * the compose form.
 */
package io.autoposter.desktop.workspace;
