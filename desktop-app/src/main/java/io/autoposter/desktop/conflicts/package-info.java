/**
 * The conflict dialog: open conflicts between edits of the same post, with both sides, who made
 * them and when, and the choices that resolve them (keep one text, a merged text, delete or keep).
 */
package io.autoposter.desktop.conflicts;
