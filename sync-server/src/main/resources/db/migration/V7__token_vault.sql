-- Issue 6: the token vault (docs/token-vault.md, ADR 0013). Portable between H2 (MODE=PostgreSQL)
-- and PostgreSQL 15.

-- The one Tink keyset of every server instance, encrypted under the master key (which never enters
-- the database). Always the single row id = 1. Each change (add, promote, retire a key) bumps the
-- version; a token write locks this row and reloads the keyset when its version moved, so a key
-- can never be retired under a write that is still using it.
create table vault_keysets (
  id int primary key,
  version bigint not null,
  -- Tink's JSON keyset format: the AEAD-encrypted keyset plus key ids and statuses (no key bytes)
  encrypted_keyset text not null,
  updated_at timestamp with time zone not null,
  constraint vault_keysets_single_row check (id = 1)
);

-- OAuth tokens of connected accounts, each a Tink AEAD ciphertext whose associated data is
-- agency | account | network | kind: a ciphertext copied to any other row does not decrypt.
create table social_account_tokens (
  agency_id uuid not null references agencies (id),
  account_id uuid not null references social_accounts (id),
  -- ACCESS, REFRESH, PAGE
  kind varchar(20) not null,
  -- base64 of the Tink ciphertext (5-byte key prefix, IV, ciphertext, tag)
  ciphertext text not null,
  -- the Tink key id (unsigned 32-bit) that encrypted it; rotation re-encrypts rows until none
  -- uses the key being retired
  key_id bigint not null,
  expires_at timestamp with time zone,
  updated_at timestamp with time zone not null,
  primary key (account_id, kind)
);
create index social_account_tokens_agency on social_account_tokens (agency_id, account_id);
create index social_account_tokens_key on social_account_tokens (key_id);
