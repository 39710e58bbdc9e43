-- 008: search without a lookup per match. The
-- full-text index keeps no column sizes: an article's length in terms and
-- its duplicate flag travel in its rowid (see searchrow.go), which BM25
-- and the default filter read instead of a B-tree per match. A contentless
-- table without column sizes deletes a row given the text it was indexed
-- with. Beside it, each article's TermMaps (highlights and snippets
-- without tokenising the hits). The index is empty until Open rebuilds
-- it: forgetting the keys version asks for that.

DROP TABLE IF EXISTS articles_fts_vocab;
DROP TABLE IF EXISTS articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = '',
    columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab (articles_fts, 'row');

CREATE TABLE IF NOT EXISTS article_terms (
    seq    INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    title  BLOB NOT NULL,                       -- store.TermMap of the title
    body   BLOB NOT NULL                        -- store.TermMap of the body
);

DELETE FROM meta WHERE key = 'keys_version';
