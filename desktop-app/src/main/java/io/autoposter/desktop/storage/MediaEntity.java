package io.autoposter.desktop.storage;

import io.autoposter.model.MediaRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A picture or video imported here, and how far its upload to the server is. */
@Entity
@Table(name = "media_uploads")
class MediaEntity {

  /** Where an upload stands. */
  enum State {
    PENDING,
    UPLOADED,
    FAILED
  }

  @Id
  @Column(length = 64)
  String sha256;

  @Column(name = "content_type", nullable = false, length = 64)
  String contentType;

  @Column(nullable = false)
  long size;

  @Column(name = "uploaded_bytes", nullable = false)
  long uploadedBytes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  State state;

  /** Why the server refused the upload, for people. */
  @Column(length = 2_000)
  String error;

  /** Pixels, when the picture's header said (null for videos and unread formats). */
  Integer width;

  Integer height;

  @Column(name = "imported_at", nullable = false)
  Instant importedAt;

  MediaEntity() {}

  MediaEntity(MediaRef ref, Instant now) {
    sha256 = ref.sha256();
    contentType = ref.contentType();
    size = ref.size();
    width = ref.width();
    height = ref.height();
    state = State.PENDING;
    importedAt = now;
  }

  MediaRef ref() {
    return new MediaRef(sha256, contentType, size, width, height);
  }
}
