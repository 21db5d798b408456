/**
 * Previews of a post as each network shows it in the feed: truncation ("… more", "See more", "…see
 * more"), X's counted length and shortened links, link cards, picture crops and carousels. {@link
 * io.autoposter.desktop.preview.NetworkPreview} decides what shows (no toolkit); the cards only
 * draw it.
 */
package io.autoposter.desktop.preview;
