package store

import "context"

// Batcher is a Store that can store many articles in one transaction
// (store/sqlite, store/postgres). Writing articles by the hundred shares
// a transaction's fixed cost (the commit, the full-text index's segment
// flush and merges, the pages written again by every commit) among them.
// Writer uses it; most callers want a Writer rather than PutBatch.
type Batcher interface {
	// PutBatch stores arts as Put stores each (idempotent by
	// ContentHash; every article whole or not at all) in one transaction,
	// and returns only once it is committed. An article that cannot be
	// stored (its outcome's Err) leaves the others in. An error is the
	// failure of the whole batch: none of it was stored.
	PutBatch(ctx context.Context, arts []*Article) ([]PutOutcome, error)
}

// PutOutcome is what PutBatch did with one article.
type PutOutcome struct {
	PutResult
	// Err is why this article was not stored (the others were).
	Err error
}
