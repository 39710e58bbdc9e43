// Package postgres is the PostgreSQL implementation of store.Store, for when
// one machine is not enough: several ingest processes and servers on
// several machines can share one database. It is built on the pure-Go
// github.com/jackc/pgx/v5 driver and its connection pool (no cgo, no
// libpq). store/sqlite stays the default, embedded store; both pass the
// conformance suite in store/storetest.
//
// Open takes a connection URL (postgres://user:password@host:port/db) and,
// optionally, a schema to keep the tables in, so that several stores can
// share one database. The schema is created and upgraded by numbered,
// embedded SQL migrations (migrations/NNN_name.sql) recorded in a
// schema_version table; Open runs them under an advisory lock, so processes
// opening the same database at once migrate it one after the other.
//
// Every Put, Reanalyze and SetDedup runs in one transaction (retried when
// PostgreSQL aborts it for a deadlock). Put is idempotent by ContentHash
// even when several processes put the same input at once: the unique
// constraints decide, through INSERT ... ON CONFLICT DO NOTHING, never a
// check-then-insert. PutBatch (used by store.Writer, as marsad ingest does)
// stores many articles in one transaction: one multi-row INSERT for the
// articles, one per layer table for all their rows.
//
// Search uses PostgreSQL's full-text machinery: each article has a tsvector
// of the store.Terms keys of its title (weight A) and body (weight B),
// indexed with GIN. The keys are normalised, clitic-stripped and
// light-stemmed in Go, as for SQLite, so the vector is built in Go and cast
// from a literal rather than re-parsed by to_tsvector (which, with the
// 'simple' configuration, would only lower-case them again, and could split
// them differently under another locale). A parsed query (store.ParseQuery)
// becomes a tsquery over the same keys: & for AND, | for OR, ! for NOT and
// <-> between the words of a phrase. Hits are ranked by ts_rank with the
// title weighted 3:1 over the body and the rank divided by the logarithm of
// the article's length, up to RankLimit matches. A search runs in one
// read-only transaction, so its total, hits and facets agree, and a text
// query matches once: the seqs of its matches give the count, the page (by
// rank, reading only those articles' vectors) and the facets' set. Snippets and
// highlights are built from the original body with store.MakeSnippets, and
// their offsets are byte offsets into that body.
//
// Where it differs from store/sqlite: scores are ts_rank's, which has no
// inverse document frequency, not BM25's, so hits that hold a rare word are
// not lifted above hits that repeat a common one; above RankLimit matches,
// the count after filters (not before) switches ranking off; text a
// PostgreSQL text column cannot hold (NUL characters, invalid UTF-8) is
// refused with store.ErrInvalid; Stats.Bytes is the size of the tables
// with their indexes; and in very long articles phrases are not matched
// past the 16,383rd word, a word keeps its first 256 positions, and words
// beyond a 1 MB vector are not indexed.
package postgres
