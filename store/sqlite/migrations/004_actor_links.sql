-- 004: the actor link table (store.ActorLinker, rebuilt by LinkActors):
-- the actor each name key designates, and each actor's label. Entities
-- keep their own actor ID and canonical name; an unlinked entity is the
-- actor its canonical name's key maps to here (store.ActorIdentSQL).

CREATE TABLE actor_names (
    name_key  TEXT PRIMARY KEY,   -- arabic.Normalize of a name
    ident     TEXT NOT NULL       -- an actor ID, or 'name:' || a name key
) WITHOUT ROWID;
CREATE INDEX actor_names_ident ON actor_names (ident);

CREATE TABLE actor_labels (
    ident  TEXT PRIMARY KEY,
    name   TEXT NOT NULL,         -- the canonical name of most articles
    type   TEXT NOT NULL          -- the most frequent entity type
) WITHOUT ROWID;

-- An event's source or target is the entity of its article with that
-- name: look it up by both (store.ActorSQL.Event). The index on
-- article_seq alone is its prefix.
CREATE INDEX entities_article_key ON entities (article_seq, canonical_key);
DROP INDEX entities_article;
