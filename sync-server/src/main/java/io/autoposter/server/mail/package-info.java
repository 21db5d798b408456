/**
 * Outgoing e-mail: SMTP through Angus Mail when {@code autoposter.mail.smtp.host} is set, otherwise
 * {@code .eml} files in {@code <data-dir>/outbox/} (demo and development). Sending runs on a
 * virtual thread so no HTTP response waits for a slow mail server.
 */
package io.autoposter.server.mail;
