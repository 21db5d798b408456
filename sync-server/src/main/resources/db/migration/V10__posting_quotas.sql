-- The posting quota a platform reported for an account (Instagram's content_publishing_limit):
-- posts allowed in quota_window_seconds, and when it was read. Null until read: the documented
-- default of io.autoposter.model.quota.PostingQuota applies.
alter table social_accounts add column quota_limit integer;
alter table social_accounts add column quota_window_seconds integer;
alter table social_accounts add column quota_read_at timestamp with time zone;
