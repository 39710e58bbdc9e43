package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/store"
)

// Get returns one article with its raw input and analysis.
func (s *Store) Get(ctx context.Context, id string) (*store.Article, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var (
		a      store.Article
		pub    string
		anJSON []byte
	)
	err := s.pool.QueryRow(ctx, `SELECT id, url, source, title, published, body, raw, raw_format,
		content_hash, text_hash, duplicate_of, story_id, analysis, added FROM articles WHERE id = $1`, id).
		Scan(&a.ID, &a.URL, &a.Source, &a.Title, &pub, &a.Body, &a.Raw, &a.RawFormat,
			&a.ContentHash, &a.TextHash, &a.DuplicateOf, &a.StoryID, &anJSON, &a.Added)
	if errors.Is(err, pgx.ErrNoRows) || badText(err) {
		// An ID PostgreSQL cannot hold (NUL, invalid UTF-8) is stored nowhere.
		return nil, fmt.Errorf("postgres: get %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, wrap(fmt.Sprintf("get %q", id), err)
	}
	a.Published = store.ParseTime(pub)
	a.Added = a.Added.UTC()
	if anJSON != nil {
		a.Analysis = new(extract.Analysis)
		if err := json.Unmarshal(anJSON, a.Analysis); err != nil {
			return nil, fmt.Errorf("postgres: get %q: decode analysis: %w", id, err)
		}
	}
	return &a, nil
}

// rawBatch is how many raw inputs Raw reads per query, so that no query
// stays open while the caller works.
const rawBatch = 128

// Raw yields every stored raw input in insertion order; see store.Store.
func (s *Store) Raw(ctx context.Context) iter.Seq2[store.RawInput, error] {
	return store.RawPages(ctx, rawBatch, s.check, s.rawPage)
}

func (s *Store) rawPage(ctx context.Context, after int64) ([]store.RawInput, int64, error) {
	if err := s.check(); err != nil {
		return nil, 0, err
	}
	rows, err := s.pool.Query(ctx, `SELECT seq, id, url, source, title, body, published, raw, raw_format,
		text_hash, duplicate_of, story_id
		FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`, after, rawBatch)
	if err != nil {
		return nil, 0, wrap("raw", err)
	}
	defer rows.Close()
	var out []store.RawInput
	last := after
	for rows.Next() {
		var in store.RawInput
		var pub string
		if err := rows.Scan(&last, &in.ID, &in.URL, &in.Source, &in.Title, &in.Body, &pub, &in.Raw, &in.RawFormat,
			&in.TextHash, &in.DuplicateOf, &in.StoryID); err != nil {
			return nil, 0, wrap("raw", err)
		}
		in.Published = store.ParseTime(pub)
		out = append(out, in)
	}
	return out, last, wrap("raw", rows.Err())
}

// Reanalyze replaces an article's analysis, rows and index entry in one
// transaction; see store.Store.
func (s *Store) Reanalyze(ctx context.Context, id string, an *extract.Analysis) error {
	if err := s.checkWrite(); err != nil {
		return err
	}
	if an == nil {
		return fmt.Errorf("postgres: reanalyze %q: %w: nil analysis", id, store.ErrInvalid)
	}
	anJSON, err := json.Marshal(an)
	if err != nil {
		return fmt.Errorf("postgres: reanalyze %q: encode: %w", id, err)
	}
	err = s.inTx(ctx, func(tx pgx.Tx) error {
		var (
			seq         int64
			title, body string
		)
		err := tx.QueryRow(ctx, `SELECT seq, title, body FROM articles WHERE id = $1 FOR UPDATE`, id).Scan(&seq, &title, &body)
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		if an.Body != "" {
			body = an.Body
		}
		if an.Title != "" {
			title = an.Title
		}
		b := &pgx.Batch{}
		queueDeleteLayers(b, seq)
		b.Queue(`UPDATE articles SET analysis = $1, title = $2, body = $3, tsv = $4::tsvector WHERE seq = $5`,
			anJSON, title, body, tsvector(title, body), seq)
		queueLayers(b, layered{seq, an})
		return runBatch(ctx, tx, b)
	})
	return wrap(fmt.Sprintf("reanalyze %q", id), err)
}
