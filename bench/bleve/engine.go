package blevebench

import (
	"context"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/storetest"
)

// engine is one search engine under comparison.
type engine interface {
	// Name names the engine in the report.
	Name() string
	// Index stores docs, committed and merged as an engine does at the
	// end of a bulk load, and closes the index.
	Index(ctx context.Context, docs []storetest.NewsDoc) error
	// Open opens the index built by Index for searching.
	Open(ctx context.Context) error
	// Search runs q (a page of q.Limit hits with highlighted snippets, and
	// source facets when q.Facets) and returns the number of matches.
	Search(ctx context.Context, q store.SearchQuery) (int, error)
	// Bytes is the size of the index on disk (0 if unknown).
	Bytes() int64
	// ServerCPU is the CPU time, in seconds, spent so far outside this
	// process on the engine's behalf (a database server's), or 0.
	ServerCPU() float64
	Close() error
}
