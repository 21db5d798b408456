-- Issue 4, sync protocol v3 (docs/sync-protocol.md, ADR 0007): field-level edits, conflict
-- records, add-wins sets. Portable between H2 (MODE=PostgreSQL) and PostgreSQL 15.

-- The new post fields, as JSON text: variants {"X": "..."}, targets ["uuid", ...],
-- media [{"sha256": ..., "contentType": ..., "size": ...}] in attachment order, tags ["..."].
alter table posts add column first_comment varchar default '' not null;
alter table posts add column variants varchar default '{}' not null;
alter table posts add column targets varchar default '[]' not null;
alter table posts add column media varchar default '[]' not null;
alter table posts add column tags varchar default '[]' not null;
-- Server-only merge record (store.MergeRecord as JSON): the HLC that set each last-writer-wins
-- field, version + client of each text field's last change and of each set element's last add,
-- each client's last change of the post and who deleted it. Never sent to clients. Posts written
-- before v3 have '{}': their fields count as set by the row's hlc at version 0.
alter table posts add column merge_meta varchar default '{}' not null;

-- Which client mutation wrote each entry (null for the publisher, admin routes and snapshots).
alter table change_log add column client_id uuid;
alter table change_log add column mutation_id bigint;
create index change_log_entity on change_log (agency_id, entity_id);

-- Two edits the server would not merge silently (io.autoposter.model.sync.PostConflict). kept,
-- incoming and resolution are ConflictSide JSON; resolution is null while the conflict is open.
create table conflicts (
  id uuid primary key,
  agency_id uuid not null references agencies (id),
  post_id uuid not null references posts (id),
  brand_id uuid not null references brands (id),
  kind varchar(20) not null,
  -- a TextField name for TEXT conflicts, '' for DELETE conflicts
  field varchar(40) not null,
  kept varchar not null,
  incoming varchar not null,
  resolution varchar,
  created_at timestamp with time zone not null,
  resolved_at timestamp with time zone
);
-- Deleting a post closes its open conflicts; a brand snapshot re-sends the open ones.
create index conflicts_post on conflicts (post_id, resolved_at);
create index conflicts_brand on conflicts (agency_id, brand_id, resolved_at);
