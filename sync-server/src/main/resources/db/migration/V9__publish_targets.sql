-- Issue 7: exactly-once publishing (docs/publishing.md). Portable between H2 (MODE=PostgreSQL) and
-- PostgreSQL 15.

-- How late a post may still go out: within this many minutes after its due time it publishes,
-- beyond it every target is HELD_LATE until someone confirms.
alter table brands add column late_grace_minutes integer default 15 not null;

-- One target per (post x social account): where publishing to that account stands. Every change
-- is a conditional UPDATE ... WHERE state = ? AND fence = ?, so a worker holding a stale claim
-- changes nothing. account_id has no foreign key: disconnecting an account deletes its row, the
-- target's history stays (its network, account name and result are copied here).
create table publish_targets (
  id uuid primary key,
  agency_id uuid not null references agencies (id),
  post_id uuid not null references posts (id),
  brand_id uuid not null references brands (id),
  -- null for a network the brand has no account on: such a target is FAILED from the start
  account_id uuid,
  network varchar(20) not null,
  account_name varchar(200) not null,
  -- io.autoposter.server.publish.TargetState
  state varchar(20) not null,
  -- bumped by every claim: the claim's token; an update carrying an older value finds no row
  fence bigint not null,
  -- who holds the claim (instance and thread) and until when
  claimed_by varchar(200),
  lease_until timestamp with time zone,
  -- platform calls made so far (attempts rows) and reconciliations tried for the current one
  attempts integer not null,
  reconciles integer not null,
  -- when a SCHEDULED or UNKNOWN target is taken next
  next_attempt_at timestamp with time zone,
  due_at timestamp with time zone not null,
  -- due time + the brand's grace window: a first attempt claimed after it is HELD_LATE instead
  hold_after timestamp with time zone not null,
  -- the first step of a two-step publish (Instagram container id), kept for reconciliation
  platform_step_id varchar(200),
  platform_post_id varchar(200),
  permalink varchar(2000),
  -- io.autoposter.server.publish.PlatformError name, and the words shown to people
  error_code varchar(40),
  error_message varchar(1000),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
-- The claim query and the timer's "next due" look-up.
create index publish_targets_due on publish_targets (state, next_attempt_at);
create index publish_targets_lease on publish_targets (state, lease_until);
create index publish_targets_post on publish_targets (post_id);

-- One row per platform call, committed before the call with the fence of the claim that made it:
-- after a crash the row says a call may have left, so the target is reconciled, never retried
-- blindly.
create table publish_attempts (
  target_id uuid not null references publish_targets (id),
  attempt integer not null,
  fence bigint not null,
  worker varchar(200) not null,
  started_at timestamp with time zone not null,
  -- PUBLISHED, REFUSED, NOT_SENT, UNKNOWN; null while the call is in flight (or its worker died)
  result varchar(20),
  detail varchar(1000),
  finished_at timestamp with time zone,
  primary key (target_id, attempt)
);

-- Secrets every instance must share, made by the first instance that needs one (for example the
-- HMAC key of the signed, expiring media links Instagram fetches pictures from).
create table server_secrets (
  name varchar(50) primary key,
  -- base64 of random bytes
  secret varchar(200) not null,
  created_at timestamp with time zone not null
);
