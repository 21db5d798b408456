/**
 * Creating and reading posts locally: the one place that turns a user's edit into an outbox entry.
 */
package io.autoposter.desktop.posts;
