/**
 * Per-network checks that the composer, the preview and the publisher all run, so a post that
 * passes on the desktop passes on the server.
 */
package io.autoposter.model.rules;
