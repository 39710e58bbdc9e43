-- 001: articles with raw input, analysis and full-text vector, the
-- structured layers, and stories.

CREATE TABLE articles (
    seq           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id            text        NOT NULL UNIQUE,
    content_hash  text        NOT NULL UNIQUE,   -- Put is idempotent on it
    source        text        NOT NULL DEFAULT '',
    published_at  timestamptz,                   -- NULL: unknown
    published     text        NOT NULL DEFAULT '', -- RFC 3339 as given (keeps the zone), '' unknown
    duplicate_of  text        NOT NULL DEFAULT '',
    story_id      text        NOT NULL DEFAULT '',
    text_hash     text        NOT NULL DEFAULT '',
    added         timestamptz NOT NULL DEFAULT now(),
    raw_format    text        NOT NULL DEFAULT '',
    url           text        NOT NULL DEFAULT '',
    title         text        NOT NULL DEFAULT '',
    body          text        NOT NULL DEFAULT '',
    -- store.Terms keys of the title (weight A) and body (weight B), built
    -- in Go: see index.go.
    tsv           tsvector    NOT NULL,
    analysis      json,                          -- extract.Analysis, NULL unanalysed
    raw           bytea
);
CREATE INDEX articles_tsv       ON articles USING gin (tsv);
CREATE INDEX articles_source    ON articles (source, published_at);
CREATE INDEX articles_story     ON articles (story_id) WHERE story_id <> '';
CREATE INDEX articles_text_hash ON articles (text_hash) WHERE text_hash <> '';
CREATE INDEX articles_dup       ON articles (duplicate_of) WHERE duplicate_of <> '';
-- Browsing the articles that are not duplicates (the default view), newest
-- first.
CREATE INDEX articles_original  ON articles (published_at DESC NULLS LAST, seq DESC) WHERE duplicate_of = '';

-- Rows of one article are numbered by ord, their order in the analysis.
CREATE TABLE entities (
    article_seq   bigint  NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ord           integer NOT NULL,
    ent_id        text    NOT NULL DEFAULT '',
    canonical     text    NOT NULL,
    canonical_key text    NOT NULL,              -- arabic.Normalize(canonical)
    type          text    NOT NULL DEFAULT '',
    actor_id      text    NOT NULL DEFAULT '',
    actor_code    text    NOT NULL DEFAULT '',
    mentions      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (article_seq, ord)
);
CREATE INDEX entities_key   ON entities (canonical_key, type);
CREATE INDEX entities_type  ON entities (type);
CREATE INDEX entities_actor ON entities (actor_id) WHERE actor_id <> '';
CREATE INDEX entities_code  ON entities (actor_code) WHERE actor_code <> '';

CREATE TABLE mentions (
    article_seq   bigint  NOT NULL,
    entity_ord    integer NOT NULL,
    ord           integer NOT NULL,
    text          text    NOT NULL,
    start         integer NOT NULL,
    "end"         integer NOT NULL,
    PRIMARY KEY (article_seq, entity_ord, ord),
    FOREIGN KEY (article_seq, entity_ord) REFERENCES entities (article_seq, ord) ON DELETE CASCADE
);

CREATE TABLE quotes (
    article_seq    bigint  NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ord            integer NOT NULL,
    speaker        text    NOT NULL DEFAULT '',
    speaker_key    text    NOT NULL DEFAULT '',
    speaker_entity text    NOT NULL DEFAULT '',
    speaker_kind   text    NOT NULL DEFAULT '',
    via            text    NOT NULL DEFAULT '',
    cue            text    NOT NULL DEFAULT '',
    kind           text    NOT NULL DEFAULT '',
    content        text    NOT NULL DEFAULT '',
    cue_start      integer NOT NULL DEFAULT 0,
    cue_end        integer NOT NULL DEFAULT 0,
    content_start  integer NOT NULL DEFAULT 0,
    content_end    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (article_seq, ord)
);
CREATE INDEX quotes_speaker ON quotes (speaker_key);
CREATE INDEX quotes_entity  ON quotes (speaker_entity) WHERE speaker_entity <> '';

CREATE TABLE events (
    article_seq  bigint  NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ord          integer NOT NULL,
    type         text    NOT NULL DEFAULT '',
    cameo        text    NOT NULL DEFAULT '',
    trigger      text    NOT NULL DEFAULT '',
    source       text    NOT NULL DEFAULT '',
    source_key   text    NOT NULL DEFAULT '',
    source_code  text    NOT NULL DEFAULT '',
    target       text    NOT NULL DEFAULT '',
    target_key   text    NOT NULL DEFAULT '',
    target_code  text    NOT NULL DEFAULT '',
    place        text    NOT NULL DEFAULT '',
    place_key    text    NOT NULL DEFAULT '',
    date         text    NOT NULL DEFAULT '',
    modality     text    NOT NULL DEFAULT '',
    evidence     text    NOT NULL DEFAULT '',
    ev_start     integer NOT NULL DEFAULT 0,
    ev_end       integer NOT NULL DEFAULT 0,
    PRIMARY KEY (article_seq, ord)
);
CREATE INDEX events_type   ON events (type);
CREATE INDEX events_source ON events (source_key);
CREATE INDEX events_target ON events (target_key);

CREATE TABLE places (
    article_seq  bigint           NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ord          integer          NOT NULL,
    name         text             NOT NULL,
    name_key     text             NOT NULL,
    country      text             NOT NULL DEFAULT '',
    lat          double precision NOT NULL DEFAULT 0,
    lon          double precision NOT NULL DEFAULT 0,
    kind         text             NOT NULL DEFAULT '',
    mentions     integer          NOT NULL DEFAULT 0,
    PRIMARY KEY (article_seq, ord)
);
CREATE INDEX places_name    ON places (name_key);
CREATE INDEX places_country ON places (country);

CREATE TABLE times (
    article_seq  bigint  NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ord          integer NOT NULL,
    text         text    NOT NULL,
    value        text    NOT NULL DEFAULT '',
    type         text    NOT NULL DEFAULT '',
    start        integer NOT NULL DEFAULT 0,
    "end"        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (article_seq, ord)
);
CREATE INDEX times_value ON times (value);

CREATE TABLE stories (
    id       text        PRIMARY KEY,
    title    text        NOT NULL DEFAULT '',
    created  timestamptz NOT NULL DEFAULT now()
);
