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
// article is committed. A bulk load (marsad ingest) writes through a
// store.Writer, which hands PutBatch some 256 articles a transaction: one
// commit, one FTS5 segment flush and one write of each changed page for
// them all (an ingest of the news corpus wrote 2.7 times fewer bytes).
// The write statements are prepared once. After a load, Optimize merges
// the full-text index (wholly after a large load, a bounded step after a
// small one).
//
// Search uses an FTS5 table over pre-processed text (store.IndexText:
// normalised, clitic-stripped, light-stemmed keys, one per word), ranked by
// BM25 with the title weighted 3:1 over the body. FTS5's own snippet() would
// show the processed keys, so snippets and highlights are rebuilt from the
// original body with store.MakeSnippets, and their offsets are byte offsets
// into that body. A text query is counted inside SQLite, and only its page
// (the top of a bounded BM25 sort, or the newest stored past RankLimit
// matches) is read into Go. A store opened read-only is read through a
// memory map.
package sqlite
