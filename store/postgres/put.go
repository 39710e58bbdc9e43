package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/store"
)

// Put stores an article, its layers and its index entry in one
// transaction; see store.Store. It is idempotent by ContentHash (and ID)
// under concurrency too: the unique constraints decide, through INSERT ...
// ON CONFLICT DO NOTHING, which of several concurrent Puts of the same
// input creates the article; the others wait for it and return its ID.
func (s *Store) Put(ctx context.Context, a *store.Article) (store.PutResult, error) {
	if err := s.checkWrite(); err != nil {
		return store.PutResult{}, err
	}
	if a == nil {
		return store.PutResult{}, fmt.Errorf("postgres: put: %w: nil article", store.ErrInvalid)
	}
	art := *a
	art.Prepare()
	var anJSON []byte // nil: NULL, unanalysed
	if art.Analysis != nil {
		b, err := json.Marshal(art.Analysis)
		if err != nil {
			return store.PutResult{}, fmt.Errorf("postgres: put %s: encode analysis: %w", art.ID, err)
		}
		anJSON = b
	}
	tsv := tsvector(art.Title, art.Body)
	var res store.PutResult
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		res = store.PutResult{}
		var seq int64
		err := tx.QueryRow(ctx, `INSERT INTO articles
			(id, url, source, title, published, published_at, body, raw, raw_format,
			 content_hash, text_hash, duplicate_of, story_id, analysis, tsv)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::tsvector)
			ON CONFLICT DO NOTHING RETURNING seq`,
			art.ID, art.URL, art.Source, art.Title, published(art.Published), publishedAt(art.Published),
			art.Body, art.Raw, art.RawFormat, art.ContentHash, art.TextHash, art.DuplicateOf, art.StoryID,
			anJSON, tsv,
		).Scan(&seq)
		if errors.Is(err, pgx.ErrNoRows) {
			// Stored already, by an earlier or a concurrent Put (which
			// ON CONFLICT waited for): return its ID.
			err = tx.QueryRow(ctx, `SELECT id FROM articles WHERE content_hash = $1 OR id = $2
				ORDER BY content_hash = $1 DESC LIMIT 1`, art.ContentHash, art.ID).Scan(&res.ID)
			return err
		}
		if err != nil {
			return err
		}
		b := &pgx.Batch{}
		queueLayers(b, seq, art.Analysis)
		queueStory(b, art.StoryID, art.Title)
		if err := runBatch(ctx, tx, b); err != nil {
			return err
		}
		res = store.PutResult{ID: art.ID, Created: true}
		return nil
	})
	if err != nil {
		return store.PutResult{}, wrap("put "+art.ID, err)
	}
	return res, nil
}

// published and publishedAt are the stored forms of a publication time:
// RFC 3339 as given (keeping its zone) and a timestamptz (NULL: unknown).
func published(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func publishedAt(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// runBatch sends the queued statements in one round trip and returns the
// first error.
func runBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch) error {
	if b.Len() == 0 {
		return nil
	}
	br := tx.SendBatch(ctx, b)
	for range b.Len() {
		if _, err := br.Exec(); err != nil {
			return errors.Join(err, br.Close())
		}
	}
	return br.Close()
}

func queueStory(b *pgx.Batch, id, title string) {
	if id == "" {
		return
	}
	b.Queue(`INSERT INTO stories (id, title) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, id, title)
}
