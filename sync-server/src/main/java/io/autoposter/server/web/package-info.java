/**
 * The two small HTML pages behind e-mailed links (accept an invitation, choose a new password):
 * server-rendered forms without JavaScript, every value HTML-encoded, strict security headers.
 */
package io.autoposter.server.web;
