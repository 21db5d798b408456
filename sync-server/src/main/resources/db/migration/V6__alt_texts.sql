-- Issue 5, sync protocol v4 (docs/sync-protocol.md): the alt text of each picture, by its SHA-256,
-- as JSON text {"<sha256>": "A bowl of risotto"}. Each entry is a text field of its own
-- (altText.<sha256>), merged like a caption. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.
alter table posts add column alt_texts varchar default '{}' not null;
-- A conflict's field may now be "altText." followed by 64 hex digits.
alter table conflicts alter column field set data type varchar(100);
