package store

import (
	"context"
	"iter"

	"github.com/marsad/marsad/extract"
)

// Store keeps analysed articles and answers queries over them. All methods
// are safe for concurrent use. Errors wrap ErrNotFound, ErrInvalid or
// ErrClosed where those apply.
type Store interface {
	// Put stores an article with its analysis and raw input in one
	// transaction. It is idempotent by ContentHash: putting the same raw
	// input again returns the stored ID with Created false.
	Put(ctx context.Context, a *Article) (PutResult, error)
	// Get returns the article with that ID, raw input and analysis included.
	Get(ctx context.Context, id string) (*Article, error)

	// Search runs a full-text query with filters, facets and snippets.
	Search(ctx context.Context, q SearchQuery) (*SearchResult, error)

	// Actors lists actors aggregated across articles (one per actor
	// ident: see ResolveActor), most mentioned first.
	Actors(ctx context.Context, f Filter) (Page[Actor], error)
	// Quotes lists quotes, newest article first.
	Quotes(ctx context.Context, f Filter) (Page[QuoteRow], error)
	// Events lists events, newest article first.
	Events(ctx context.Context, f Filter) (Page[EventRow], error)
	// Places lists places aggregated across articles, most mentioned first.
	Places(ctx context.Context, f Filter) (Page[PlaceRow], error)
	// Stories lists stories with their article, source, mention and event
	// counts, largest first.
	Stories(ctx context.Context, f Filter) (Page[Story], error)

	// SearchQuotes lists the quotes whose content matches q.Text, newest
	// article first.
	SearchQuotes(ctx context.Context, q QuoteQuery) (Page[QuoteRow], error)
	// Trends counts actors or places in a recent window and in the
	// baseline before it, most recent stories first.
	Trends(ctx context.Context, q TrendQuery) ([]Trend, error)
	// Volume counts articles and events per interval, oldest first, every
	// interval of the query included.
	Volume(ctx context.Context, q VolumeQuery) ([]Volume, error)

	// SetDedup records dedup verdicts (TextHash, DuplicateOf, StoryID) for
	// stored articles, and moves every article of the stories named in
	// merged into the story of the verdict.
	SetDedup(ctx context.Context, v Dedup) error

	// LinkActors rebuilds the store's actor link table from its entities
	// (see ActorLinker): which actor each name designates, and how each
	// actor is shown. Until it runs, names stored since its last run are
	// resolved by their canonical names alone. Ingest and reanalyze call
	// it at their end.
	LinkActors(ctx context.Context) error

	// Raw yields every stored raw input in insertion order, for
	// re-analysis. Stop iterating to stop early; a read error is yielded
	// once as the last pair.
	Raw(ctx context.Context) iter.Seq2[RawInput, error]
	// Reanalyze replaces an article's analysis (JSON and rows) in one
	// transaction, keeping its raw input, hashes and dedup verdict.
	Reanalyze(ctx context.Context, id string, an *extract.Analysis) error

	// Stats returns counts over the whole store.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store. Calls after Close return ErrClosed.
	Close() error
}

// Dedup is the dedup verdict for one article (see ingest/dedup.Result).
type Dedup struct {
	ID          string
	TextHash    string
	DuplicateOf string
	StoryID     string
	// Merged lists story IDs whose articles now belong to StoryID.
	Merged []string
}

// Stats are whole-store counts.
type Stats struct {
	Articles   int `json:"articles"`
	Duplicates int `json:"duplicates"` // articles with DuplicateOf set
	Stories    int `json:"stories"`    // distinct non-empty story IDs
	Sources    int `json:"sources"`
	Entities   int `json:"entities"` // entity rows (per article)
	Mentions   int `json:"mentions"`
	Quotes     int `json:"quotes"`
	Events     int `json:"events"`
	Places     int `json:"places"`
	Times      int `json:"times"`
	// SchemaVersion is the storage schema version (migration number).
	SchemaVersion int `json:"store_schema"`
	// Bytes is the on-disk size, if the implementation knows it.
	Bytes int64 `json:"bytes"`
}
