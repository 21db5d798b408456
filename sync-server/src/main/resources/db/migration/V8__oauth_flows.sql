-- Issue 6: OAuth connect flows and token health (docs/oauth-connect.md). Portable between H2
-- (MODE=PostgreSQL) and PostgreSQL 15.

-- The platform's id of a connected account (page id, Instagram user id, organization urn, X user
-- id); null for sandbox accounts. Reconnecting the same platform account updates its row.
alter table social_accounts add column external_id varchar(200);
alter table social_accounts add constraint social_accounts_external
  unique (agency_id, network, external_id);
-- When the access token ends (X and LinkedIn refresh before then)
alter table social_accounts add column access_expires_at timestamp with time zone;
-- When access ends for good unless someone reconnects (LinkedIn: 365 days after first consent,
-- Facebook: the long-lived user token); null = refreshed by itself or never ends
alter table social_accounts add column reconnect_by timestamp with time zone;
-- Set when the platform rejected the token or a permission is missing: the account is BROKEN
alter table social_accounts add column broken_reason varchar(1000);
alter table social_accounts add column broken_fix varchar(200);
-- When the token refresher looks at the account next (refresh or re-check)
alter table social_accounts add column next_check_at timestamp with time zone;
create index social_accounts_next_check on social_accounts (next_check_at);

-- One connect flow: created by POST /api/v1/accounts/connect, started once by the browser
-- (which fixes the state; only its SHA-256 is kept), consumed once by the callback.
create table oauth_flows (
  id uuid primary key,
  agency_id uuid not null references agencies (id),
  user_id uuid not null,
  -- for the audit entry written when the browser attaches the accounts
  user_email varchar(320) not null,
  brand_id uuid not null,
  network varchar(20) not null,
  -- PKCE S256 verifier; useless without the one-time code the platform hands the browser
  code_verifier varchar(128) not null,
  redirect_uri varchar(2000) not null,
  state_hash varchar(64),
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  started_at timestamp with time zone,
  used_at timestamp with time zone,
  constraint oauth_flows_state unique (state_hash)
);
create index oauth_flows_expiry on oauth_flows (expires_at);
