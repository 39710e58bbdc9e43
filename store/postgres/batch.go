package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/marsad/marsad/store"
)

var _ store.Batcher = (*Store)(nil)

// PutBatch stores arts in one transaction: the articles in one multi-row
// INSERT ... ON CONFLICT DO NOTHING (so that the same content twice, in the
// batch or stored before, is stored once, as Put would), the rows of their
// layers in one INSERT per table, all sent in two round trips; see
// store.Batcher. When PostgreSQL refuses the batch for what one article
// holds (a data or constraint error), each article is then put on its own,
// so that the others are stored.
func (s *Store) PutBatch(ctx context.Context, arts []*store.Article) ([]store.PutOutcome, error) {
	if err := s.checkWrite(); err != nil {
		return nil, err
	}
	outs := make([]store.PutOutcome, len(arts))
	ps := make([]*prepared, 0, len(arts))
	at := make([]int, 0, len(arts)) // ps[k] is arts[at[k]]
	for i, a := range arts {
		p, err := preparePut(a)
		if err != nil {
			outs[i].Err = err
			continue
		}
		ps = append(ps, p)
		at = append(at, i)
	}
	if len(ps) == 0 {
		return outs, nil
	}
	var res []store.PutResult
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		res, err = putBatchTx(ctx, tx, ps)
		return err
	})
	switch {
	case err == nil:
		for k, r := range res {
			outs[at[k]].PutResult = r
		}
		return outs, nil
	case !articleError(err) || ctx.Err() != nil:
		return nil, wrap("put batch", err)
	}
	for k, p := range ps {
		r, err := s.putPrepared(ctx, p)
		outs[at[k]] = store.PutOutcome{PutResult: r, Err: err}
	}
	return outs, nil
}

// articleError reports whether err is PostgreSQL refusing a value (data
// exception, integrity constraint, a limit of a type): what one article of
// a batch may cause, unlike a lost connection or a full disk.
func articleError(err error) bool {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) || len(pgErr.Code) < 2 {
		return false
	}
	switch pgErr.Code[:2] {
	case "22", "23", "54":
		return true
	}
	return false
}

// putBatchTx writes the articles ps in transaction tx and returns what Put
// would have returned for each, in order.
func putBatchTx(ctx context.Context, tx pgx.Tx, ps []*prepared) ([]store.PutResult, error) {
	n := len(ps)
	var (
		ids, urls, sources, titles, pubs, bodies   = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		formats, hashes, textHashes, dups, stories = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		tsvs                                       = make([]string, n)
		pubAt                                      = make([]*time.Time, n)
		raws                                       = make([][]byte, n)
		analyses                                   = make([]*string, n)
	)
	for i, p := range ps {
		a := &p.art
		ids[i], urls[i], sources[i], titles[i], pubs[i], bodies[i] = a.ID, a.URL, a.Source, a.Title, published(a.Published), a.Body
		formats[i], hashes[i], textHashes[i], dups[i], stories[i] = a.RawFormat, a.ContentHash, a.TextHash, a.DuplicateOf, a.StoryID
		tsvs[i], raws[i] = p.tsv, a.Raw
		if !a.Published.IsZero() {
			t := a.Published
			pubAt[i] = &t
		}
		if p.anJSON != nil {
			j := string(p.anJSON)
			analyses[i] = &j
		}
	}
	// In the batch's order, so that of two articles with the same content
	// the first is stored, as two Puts would.
	rows, err := tx.Query(ctx, `INSERT INTO articles
		(id, url, source, title, published, published_at, body, raw, raw_format,
		 content_hash, text_hash, duplicate_of, story_id, analysis, tsv)
		SELECT id, url, source, title, published, published_at, body, raw, raw_format,
		       content_hash, text_hash, duplicate_of, story_id, analysis::json, tsv::tsvector
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[],
		            $8::bytea[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[])
		     WITH ORDINALITY AS x(id, url, source, title, published, published_at, body, raw, raw_format,
		                          content_hash, text_hash, duplicate_of, story_id, analysis, tsv, n)
		ORDER BY n
		ON CONFLICT DO NOTHING RETURNING content_hash, seq`,
		ids, urls, sources, titles, pubs, pubAt, bodies, raws, formats, hashes, textHashes, dups, stories, analyses, tsvs)
	if err != nil {
		return nil, err
	}
	inserted := map[string]int64{} // by content hash, unique in the table
	for rows.Next() {
		var (
			hash string
			seq  int64
		)
		if err := rows.Scan(&hash, &seq); err != nil {
			rows.Close()
			return nil, err
		}
		inserted[hash] = seq
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]store.PutResult, n)
	var (
		layers  []layered
		missing bool
		b       = &pgx.Batch{}
		storyID []string
		storyT  []string
	)
	for i, p := range ps {
		seq, ok := inserted[p.art.ContentHash]
		if !ok {
			missing = true
			continue
		}
		delete(inserted, p.art.ContentHash) // a second article with this content was not the one stored
		out[i] = store.PutResult{ID: p.art.ID, Created: true}
		layers = append(layers, layered{seq, p.art.Analysis})
		if p.art.StoryID != "" {
			storyID, storyT = append(storyID, p.art.StoryID), append(storyT, p.art.Title)
		}
	}
	if missing {
		if err := storedIDs(ctx, tx, ps, out); err != nil {
			return nil, err
		}
	}
	queueLayers(b, layers...)
	if len(storyID) > 0 {
		b.Queue(`INSERT INTO stories (id, title) SELECT * FROM unnest($1::text[], $2::text[])
			ON CONFLICT (id) DO NOTHING`, storyID, storyT)
	}
	if err := runBatch(ctx, tx, b); err != nil {
		return nil, err
	}
	return out, nil
}

// storedIDs fills the results of the articles of ps that were not
// created (out[i].ID empty) with the ID of the stored article Put would
// return: the one with the same content, else the one with the same ID.
func storedIDs(ctx context.Context, tx pgx.Tx, ps []*prepared, out []store.PutResult) error {
	var hashes, ids []string
	for i, p := range ps {
		if out[i].ID == "" {
			hashes, ids = append(hashes, p.art.ContentHash), append(ids, p.art.ID)
		}
	}
	rows, err := tx.Query(ctx, `SELECT id, content_hash FROM articles WHERE content_hash = ANY($1) OR id = ANY($2)`, hashes, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	byHash, byID := map[string]string{}, map[string]bool{}
	for rows.Next() {
		var id, hash string
		if err := rows.Scan(&id, &hash); err != nil {
			return err
		}
		byHash[hash], byID[id] = id, true
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i, p := range ps {
		switch {
		case out[i].ID != "":
		case byHash[p.art.ContentHash] != "":
			out[i].ID = byHash[p.art.ContentHash]
		case byID[p.art.ID]:
			out[i].ID = p.art.ID
		default:
			return fmt.Errorf("put batch: %s was neither stored nor found", p.art.ID)
		}
	}
	return nil
}
