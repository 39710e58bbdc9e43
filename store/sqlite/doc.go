// Package sqlite is the SQLite implementation of store.Store, built on the
// pure-Go modernc.org/sqlite driver (no cgo).
//
// The database is one file (DefaultPath, ./marsad.db, unless told
// otherwise) in WAL mode with a busy timeout, so readers never block the
// writer. The schema is created and upgraded by numbered, embedded SQL
// migrations (migrations/NNN_name.sql) recorded in a schema_version table.
//
// Every Put, Reanalyze and SetDedup runs in one immediate transaction: a
// crash leaves an article either entirely stored or absent, never half.
// Puts that arrive while another is being written share a transaction
// (group commit), each in a savepoint of its own, so that several ingest
// workers do not queue for one commit each; a Put returns only once its
// article is committed. The write statements are prepared once.
//
// Search uses an FTS5 table over pre-processed text (store.IndexText:
// normalised, clitic-stripped, light-stemmed keys, one per word), ranked by
// BM25 with the title weighted 3:1 over the body. FTS5's own snippet() would
// show the processed keys, so snippets and highlights are rebuilt from the
// original body with store.MakeSnippets, and their offsets are byte offsets
// into that body.
package sqlite
