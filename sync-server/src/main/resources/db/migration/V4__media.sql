-- Content-addressed media uploads (docs/sync-protocol.md, "Media"). The bytes live in files under
-- <data-dir>/media/<agency_id>/<sha256>; a row exists from the first chunk on. Media belong to one
-- agency: the same bytes uploaded by two agencies are two rows and two files.
-- Scheduling checks: SELECT ... FROM media WHERE agency_id = ? AND complete = TRUE AND sha256 IN (...)
create table media (
  agency_id uuid not null references agencies (id),
  sha256 varchar(64) not null,
  -- sniffed from the first bytes, never the declared type; empty until known
  content_type varchar(100) default '' not null,
  -- the total the client announced in Upload-Length; fixed by the first chunk
  size bigint not null,
  received bigint not null,
  complete boolean not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  primary key (agency_id, sha256)
);
