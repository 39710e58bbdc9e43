package cli

import (
	"context"
	"log/slog"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/store"
)

// batchedStore stores the analysed documents of an ingest through a
// store.Writer, many to a transaction. A document counts as added, and
// its page's validators are remembered, only once its batch is committed:
// a crash loses at most the batch being gathered, which the next run finds
// missing and adds.
type batchedStore struct {
	w       *store.Writer
	added   *counter
	fetcher *ingest.Fetcher // may be nil
	log     *slog.Logger
}

// put queues the article a analysed from d.
func (b batchedStore) put(ctx context.Context, d ingest.Doc, a *store.Article) error {
	err := b.w.Add(ctx, a, func(res store.PutResult, err error) {
		switch {
		case err != nil:
			b.log.Warn("ingest: not stored", "key", d.Key, "err", err)
		case res.Created:
			b.added.add()
		}
		if err == nil && b.fetcher != nil && d.URL != "" {
			if err := b.fetcher.Remember(context.WithoutCancel(ctx), d); err != nil {
				b.log.Warn("ingest: validators not remembered", "url", d.URL, "err", err)
			}
		}
	})
	if err != nil {
		return storeWriteError(ctx, "write to the store", err)
	}
	return nil
}
