package io.autoposter.desktop.workspace;

import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;

/**
 * One line of the post list, already in words.
 *
 * @param caption the full caption (the view ellipsizes it)
 * @param networks network names, comma separated
 * @param due the due time in the brand's zone, or "Not scheduled"
 * @param statusText the status in words
 * @param detail the server's outcome for a failure, or why the server refused an edit; else empty
 * @param pendingSync true while the post's latest edit has not reached the server
 * @param conflicts how many open conflicts the post has
 * @param extras media and tags in words, such as "2 media · autumn, menu"; empty when none
 */
public record PostRow(
    PostId id,
    String caption,
    String networks,
    String due,
    PostStatus status,
    String statusText,
    String detail,
    boolean pendingSync,
    int conflicts,
    String extras) {}
