-- 002: a table of store settings, holding the version of the search keys
-- the full-text vectors were built with (store.KeysVersion): Open
-- rebuilds the vectors when it differs. A store made before this migration
-- has none, so its vectors (keys version 1) are rebuilt once.

CREATE TABLE meta (
    key    text PRIMARY KEY,
    value  text NOT NULL
);
