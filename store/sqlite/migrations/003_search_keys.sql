-- 003: a table of store settings, holding the version of the search keys
-- the full-text index was built with (store.KeysVersion): Open rebuilds
-- the index when it differs. A store made before this migration has none,
-- so its index (built with keys version 1) is rebuilt once.

CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- How many articles hold each index key (term, doc, cnt): a query's
-- number of matches is bounded from it before the index is read.
CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab (articles_fts, 'row');
