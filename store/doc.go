// Package store defines how Marsad keeps analysed articles: the Store
// interface, the records it holds and returns, and the search query
// language.
//
// An implementation lives in a subpackage and must pass the conformance
// suite in store/storetest, so callers never depend on which one they use:
// store/sqlite, the default, keeps everything in one embedded file;
// store/postgres keeps it in a PostgreSQL database that several machines
// can share.
//
// Every article is kept with its raw input (bytes and format) so that it can
// be re-analysed later (Store.Raw, Store.Reanalyze), with its analysis as JSON
// and as searchable structured rows (entities, mentions, quotes, events,
// places, times), and with its dedup verdict (TextHash, DuplicateOf,
// StoryID) from ingest/dedup.
//
// Search queries are parsed by ParseQuery: words, "exact phrases", AND, OR,
// NOT, -word and parentheses. Words are matched through Terms, which
// normalises (arabic.Normalize) and light-stems them (see Key), so
// الْمَدِينَةُ, بالمدينة, المدينة and مدينة find each other.
package store
