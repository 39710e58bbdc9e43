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
// input creates the article; the others wait for it and return its ID. A
// bulk load writes many articles a transaction through PutBatch
// (store.Writer).
func (s *Store) Put(ctx context.Context, a *store.Article) (store.PutResult, error) {
	if err := s.checkWrite(); err != nil {
		return store.PutResult{}, err
	}
	p, err := preparePut(a)
	if err != nil {
		return store.PutResult{}, err
	}
	return s.putPrepared(ctx, p)
}

// prepared is an article ready to be written: its derived fields filled,
// its analysis encoded and its full-text vector made.
type prepared struct {
	art    store.Article
	anJSON []byte // nil: NULL, unanalysed
	tsv    string
}

// preparePut prepares the put of a (see prepared).
func preparePut(a *store.Article) (*prepared, error) {
	if a == nil {
		return nil, fmt.Errorf("postgres: put: %w: nil article", store.ErrInvalid)
	}
	p := &prepared{art: *a}
	p.art.Prepare()
	if p.art.Analysis != nil {
		b, err := json.Marshal(p.art.Analysis)
		if err != nil {
			return nil, fmt.Errorf("postgres: put %s: encode analysis: %w", p.art.ID, err)
		}
		p.anJSON = b
	}
	p.tsv = tsvector(p.art.Title, p.art.Body)
	return p, nil
}

// putPrepared writes one prepared article in a transaction of its own.
func (s *Store) putPrepared(ctx context.Context, p *prepared) (store.PutResult, error) {
	art := &p.art
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
			p.anJSON, p.tsv,
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
		queueLayers(b, layered{seq, art.Analysis})
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
