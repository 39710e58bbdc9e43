-- 003: the actor link table (store.ActorLinker, rebuilt by LinkActors):
-- the actor each name key designates, and each actor's label. Entities
-- keep their own actor ID and canonical name; an unlinked entity is the
-- actor its canonical name's key maps to here (store.ActorIdentSQL).

CREATE TABLE actor_names (
    name_key  text PRIMARY KEY,   -- arabic.Normalize of a name
    ident     text NOT NULL       -- an actor ID, or 'name:' || a name key
);
CREATE INDEX actor_names_ident ON actor_names (ident);

CREATE TABLE actor_labels (
    ident  text PRIMARY KEY,
    name   text NOT NULL,         -- the canonical name of most articles
    type   text NOT NULL          -- the most frequent entity type
);

-- An event's source or target is the entity of its article with that
-- name: look it up by both (store.ActorSQL.Event).
CREATE INDEX entities_article_key ON entities (article_seq, canonical_key);
