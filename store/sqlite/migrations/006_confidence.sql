-- 006: the extractor's confidence in each quote and event, in [0, 1]
-- (store.Filter.MinConfidence). Rows stored before were made by extractors
-- that did not score them: they get 0.5, the confidence of an unscored
-- item (extract.UnscoredConfidence), until the store is reanalysed.

ALTER TABLE quotes ADD COLUMN confidence REAL NOT NULL DEFAULT 0.5;
ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 0.5;
