-- An X thread keeps the ids of the tweets already out in platform_step_id ("x-thread:id,id,…",
-- ADR 0018), up to 25 of them, so the column grows from 200 characters.
alter table publish_targets alter column platform_step_id set data type varchar(1000);
