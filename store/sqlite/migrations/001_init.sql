-- 001: articles with raw input and analysis, structured layers, stories,
-- and the Arabic full-text index.

CREATE TABLE articles (
    -- Small columns first: filters read them without touching the large
    -- body, analysis and raw values stored after them.
    seq           INTEGER PRIMARY KEY,          -- FTS rowid
    id            TEXT    NOT NULL UNIQUE,
    source        TEXT    NOT NULL DEFAULT '',
    published_at  INTEGER,                      -- Unix seconds, NULL unknown
    duplicate_of  TEXT    NOT NULL DEFAULT '',
    story_id      TEXT    NOT NULL DEFAULT '',
    text_hash     TEXT    NOT NULL DEFAULT '',
    content_hash  TEXT    NOT NULL UNIQUE,
    published     TEXT    NOT NULL DEFAULT '',  -- RFC 3339 as given, '' unknown
    added         INTEGER NOT NULL,             -- Unix nanoseconds
    raw_format    TEXT    NOT NULL DEFAULT '',
    url           TEXT    NOT NULL DEFAULT '',
    title         TEXT    NOT NULL DEFAULT '',
    body          TEXT    NOT NULL DEFAULT '',
    analysis      TEXT,                         -- extract.Analysis JSON, NULL unanalysed
    raw           BLOB
);
CREATE INDEX articles_source    ON articles (source, published_at);
CREATE INDEX articles_published ON articles (published_at);
CREATE INDEX articles_story     ON articles (story_id) WHERE story_id <> '';
CREATE INDEX articles_text_hash ON articles (text_hash) WHERE text_hash <> '';
CREATE INDEX articles_dup       ON articles (duplicate_of) WHERE duplicate_of <> '';

CREATE TABLE entities (
    rid           INTEGER PRIMARY KEY,
    article_seq   INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ent_id        TEXT    NOT NULL DEFAULT '',
    canonical     TEXT    NOT NULL,
    canonical_key TEXT    NOT NULL,             -- arabic.Normalize(canonical)
    type          TEXT    NOT NULL DEFAULT '',
    actor_id      TEXT    NOT NULL DEFAULT '',
    actor_code    TEXT    NOT NULL DEFAULT '',
    mentions      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_article ON entities (article_seq);
CREATE INDEX entities_key     ON entities (canonical_key, type);
CREATE INDEX entities_type    ON entities (type);
CREATE INDEX entities_actor   ON entities (actor_id) WHERE actor_id <> '';
CREATE INDEX entities_code    ON entities (actor_code) WHERE actor_code <> '';

CREATE TABLE mentions (
    entity_rid    INTEGER NOT NULL REFERENCES entities (rid) ON DELETE CASCADE,
    article_seq   INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    text          TEXT    NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL
);
CREATE INDEX mentions_entity  ON mentions (entity_rid);
CREATE INDEX mentions_article ON mentions (article_seq);

CREATE TABLE quotes (
    article_seq    INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    speaker        TEXT    NOT NULL DEFAULT '',
    speaker_key    TEXT    NOT NULL DEFAULT '',
    speaker_entity TEXT    NOT NULL DEFAULT '',
    speaker_kind   TEXT    NOT NULL DEFAULT '',
    via            TEXT    NOT NULL DEFAULT '',
    cue            TEXT    NOT NULL DEFAULT '',
    kind           TEXT    NOT NULL DEFAULT '',
    content        TEXT    NOT NULL DEFAULT '',
    cue_start      INTEGER NOT NULL DEFAULT 0,
    cue_end        INTEGER NOT NULL DEFAULT 0,
    content_start  INTEGER NOT NULL DEFAULT 0,
    content_end    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes (article_seq);
CREATE INDEX quotes_speaker ON quotes (speaker_key);

CREATE TABLE events (
    article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    type         TEXT    NOT NULL DEFAULT '',
    cameo        TEXT    NOT NULL DEFAULT '',
    trigger      TEXT    NOT NULL DEFAULT '',
    source       TEXT    NOT NULL DEFAULT '',
    source_key   TEXT    NOT NULL DEFAULT '',
    source_code  TEXT    NOT NULL DEFAULT '',
    target       TEXT    NOT NULL DEFAULT '',
    target_key   TEXT    NOT NULL DEFAULT '',
    target_code  TEXT    NOT NULL DEFAULT '',
    place        TEXT    NOT NULL DEFAULT '',
    place_key    TEXT    NOT NULL DEFAULT '',
    date         TEXT    NOT NULL DEFAULT '',
    modality     TEXT    NOT NULL DEFAULT '',
    evidence     TEXT    NOT NULL DEFAULT '',
    ev_start     INTEGER NOT NULL DEFAULT 0,
    ev_end       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_article ON events (article_seq);
CREATE INDEX events_type    ON events (type);
CREATE INDEX events_source  ON events (source_key);
CREATE INDEX events_target  ON events (target_key);

CREATE TABLE places (
    article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    name_key     TEXT    NOT NULL,
    country      TEXT    NOT NULL DEFAULT '',
    lat          REAL    NOT NULL DEFAULT 0,
    lon          REAL    NOT NULL DEFAULT 0,
    kind         TEXT    NOT NULL DEFAULT '',
    mentions     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX places_article ON places (article_seq);
CREATE INDEX places_name    ON places (name_key);
CREATE INDEX places_country ON places (country);

CREATE TABLE times (
    article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    text         TEXT    NOT NULL,
    value        TEXT    NOT NULL DEFAULT '',
    type         TEXT    NOT NULL DEFAULT '',
    start        INTEGER NOT NULL DEFAULT 0,
    "end"        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX times_article ON times (article_seq);
CREATE INDEX times_value   ON times (value);

CREATE TABLE stories (
    id       TEXT    PRIMARY KEY,
    title    TEXT    NOT NULL DEFAULT '',
    created  INTEGER NOT NULL
);

-- Full-text index over pre-processed text (store.IndexText: normalised,
-- clitic-stripped, light-stemmed keys, one per word position). Content-less:
-- the original text lives in articles and snippets are built from it.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
