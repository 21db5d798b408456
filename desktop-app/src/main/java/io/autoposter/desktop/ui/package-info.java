/**
 * Shared UI plumbing: the {@link io.autoposter.desktop.ui.TaskExecutor} seam and common widgets.
 */
package io.autoposter.desktop.ui;
