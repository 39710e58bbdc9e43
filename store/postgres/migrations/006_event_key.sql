-- 006: each event's key (store.EventKey: its type, actors and evidence
-- sentence hashed), so that an event reported by several articles can be
-- listed once (store.Filter.DistinctEvents); the index counts a page's
-- reports. Events stored before have none and are listed on their own
-- until the store is reanalysed.

ALTER TABLE events ADD COLUMN ev_key bigint;
CREATE INDEX events_key ON events (ev_key) WHERE ev_key IS NOT NULL;
