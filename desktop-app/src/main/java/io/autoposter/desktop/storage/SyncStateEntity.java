package io.autoposter.desktop.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row of sync bookkeeping for this install and agency. */
@Entity
@Table(name = "sync_state")
class SyncStateEntity {

  static final int ROW_ID = 1;

  @Id int id = ROW_ID;

  @Column(name = "client_id", nullable = false, length = 36)
  String clientId;

  /** The server change-log version this desktop has pulled up to. */
  @Column(name = "pull_cursor", nullable = false)
  long cursor;

  /** The highest of our mutation ids the server has processed. */
  @Column(name = "last_mutation_id", nullable = false)
  long lastMutationId;

  /** The id the next local edit gets; ids increase by one per edit. */
  @Column(name = "next_mutation_id", nullable = false)
  long nextMutationId = 1;

  @Column(name = "hlc_wall", nullable = false)
  long hlcWall;

  @Column(name = "hlc_counter", nullable = false)
  int hlcCounter;

  SyncStateEntity() {}
}
