package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/store"
)

// Get returns one article with its raw input and analysis.
func (db *DB) Get(ctx context.Context, id string) (*store.Article, error) {
	if err := db.check(); err != nil {
		return nil, err
	}
	var (
		a       store.Article
		pub     string
		anJSON  sql.NullString
		added   int64
		rawFmt  string
		rawData []byte
	)
	err := db.r.QueryRowContext(ctx, `SELECT id, url, source, title, published, body, raw, raw_format,
		content_hash, text_hash, duplicate_of, story_id, analysis, added FROM articles WHERE id = ?`, id).
		Scan(&a.ID, &a.URL, &a.Source, &a.Title, &pub, &a.Body, &rawData, &rawFmt,
			&a.ContentHash, &a.TextHash, &a.DuplicateOf, &a.StoryID, &anJSON, &added)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: get %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: get %q: %w", id, err)
	}
	a.Raw, a.RawFormat = rawData, rawFmt
	a.Published = store.ParseTime(pub)
	a.Added = time.Unix(0, added).UTC()
	if anJSON.Valid {
		a.Analysis = new(extract.Analysis)
		if err := json.Unmarshal([]byte(anJSON.String), a.Analysis); err != nil {
			return nil, fmt.Errorf("sqlite: get %q: decode analysis: %w", id, err)
		}
	}
	return &a, nil
}

// rawBatch is how many raw inputs Raw reads per query, so that no read
// transaction stays open while the caller works.
const rawBatch = 128

// Raw yields every stored raw input in insertion order; see store.Store.
func (db *DB) Raw(ctx context.Context) iter.Seq2[store.RawInput, error] {
	return store.RawPages(ctx, rawBatch, db.check, db.rawPage)
}

func (db *DB) rawPage(ctx context.Context, after int64) ([]store.RawInput, int64, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT seq, id, url, source, title, body, published, raw, raw_format,
		text_hash, duplicate_of, story_id
		FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`, after, rawBatch)
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

// Reanalyze replaces an article's analysis; see store.Store.
func (db *DB) Reanalyze(ctx context.Context, id string, an *extract.Analysis) error {
	if err := db.checkWrite(); err != nil {
		return err
	}
	if an == nil {
		return fmt.Errorf("sqlite: reanalyze %q: %w: nil analysis", id, store.ErrInvalid)
	}
	b, err := json.Marshal(an)
	if err != nil {
		return fmt.Errorf("sqlite: reanalyze %q: encode: %w", id, err)
	}
	rtx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return wrap("reanalyze", err)
	}
	defer func() { _ = rtx.Rollback() }()
	tx := wtx{Tx: rtx, c: db.wst}
	var (
		seq         int64
		title, body string
		dup         bool
	)
	err = tx.QueryRowContext(ctx, `SELECT seq, title, body, duplicate_of <> '' FROM articles WHERE id = ?`, id).
		Scan(&seq, &title, &body, &dup)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("sqlite: reanalyze %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("sqlite: reanalyze %q: %w", id, err)
	}
	old := newFTSText(title, body)
	if an.Body != "" {
		body = an.Body
	}
	if an.Title != "" {
		title = an.Title
	}
	steps := []func() error{
		func() error { return deleteFTS(ctx, tx, seq, dup, old) },
		func() error { return deleteLayers(ctx, tx, seq) },
		func() error {
			_, err := tx.ExecContext(ctx, `UPDATE articles SET analysis = ?, title = ?, body = ? WHERE seq = ?`,
				string(b), title, body, seq)
			return err
		},
		func() error { return insertLayers(ctx, tx, seq, an) },
		func() error { return putSearch(ctx, tx, seq, dup, newSearchRows(title, body)) },
		tx.Commit,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("sqlite: reanalyze %q: %w", id, err)
		}
	}
	return nil
}
