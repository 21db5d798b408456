package io.autoposter.server.media;

import io.autoposter.model.api.MediaInfo;

/** How a chunk went, with the server's state of the media afterwards. */
record Upload(Outcome outcome, MediaInfo info) {

  enum Outcome {
    /** Stored; more bytes to come (202). */
    RECEIVING,
    /** This chunk was the last one and the content checked out (201). */
    COMPLETED,
    /** The media was complete before; the chunk was ignored (200). */
    ALREADY_COMPLETE,
    /** The chunk does not start where the server stands; nothing stored (409). */
    WRONG_OFFSET
  }
}
