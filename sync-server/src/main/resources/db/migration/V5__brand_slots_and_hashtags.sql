-- Posting slots and hashtag groups of a brand (docs/sync-protocol.md, "Brand"), as the JSON arrays
-- of Brand.postingSlots and Brand.hashtagGroups: always read and written whole, never queried.
alter table brands add column posting_slots varchar default '[]' not null;
alter table brands add column hashtag_groups varchar default '[]' not null;
