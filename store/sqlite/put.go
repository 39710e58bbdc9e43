package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/store"
)

// Put stores an article, its layers and its index entry in one
// transaction; see store.Store. Puts that arrive while another is being
// written are committed together (group commit, see groupCommit): each
// article is still stored whole or not at all, and Put returns only once
// its article is committed. A bulk load writes larger batches through
// PutBatch (store.Writer).
func (db *DB) Put(ctx context.Context, a *store.Article) (store.PutResult, error) {
	if err := db.checkWrite(); err != nil {
		return store.PutResult{}, err
	}
	r, err := newPutReq(a)
	if err != nil {
		return store.PutResult{}, err
	}
	return db.puts.put(ctx, r, db.commitPuts)
}

// PutBatch stores arts in one transaction, each in a savepoint of its
// own; see store.Batcher.
func (db *DB) PutBatch(ctx context.Context, arts []*store.Article) ([]store.PutOutcome, error) {
	if err := db.checkWrite(); err != nil {
		return nil, err
	}
	outs := make([]store.PutOutcome, len(arts))
	reqs := make([]*putReq, 0, len(arts))
	at := make([]int, 0, len(arts)) // reqs[k] is arts[at[k]]
	for i, a := range arts {
		r, err := newPutReq(a)
		if err != nil {
			outs[i].Err = err
			continue
		}
		r.ctx = ctx
		reqs = append(reqs, r)
		at = append(at, i)
	}
	if err := db.commitPuts(reqs); err != nil {
		return nil, err
	}
	for k, r := range reqs {
		outs[at[k]] = store.PutOutcome{PutResult: r.res, Err: r.err}
	}
	return outs, nil
}

// newPutReq prepares the put of a: the analysis encoded and the index
// text made on the caller's goroutine, so that the single writer only
// writes.
func newPutReq(a *store.Article) (*putReq, error) {
	if a == nil {
		return nil, fmt.Errorf("sqlite: put: %w: nil article", store.ErrInvalid)
	}
	art := *a
	art.Prepare()
	var anJSON sql.NullString
	if art.Analysis != nil {
		b, err := json.Marshal(art.Analysis)
		if err != nil {
			return nil, fmt.Errorf("sqlite: put %s: encode analysis: %w", art.ID, err)
		}
		anJSON = sql.NullString{String: string(b), Valid: true}
	}
	ix := newSearchRows(art.Title, art.Body)
	return &putReq{art: &art, anJSON: anJSON, ix: ix}, nil
}

// commitPuts writes a group of puts in one transaction, each in a savepoint
// of its own so that one that fails leaves the others in.
func (db *DB) commitPuts(reqs []*putReq) error {
	ctx := context.Background() // one caller's cancellation must not fail the others
	rtx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return wrap("put", err)
	}
	defer func() { _ = rtx.Rollback() }()
	tx := wtx{Tx: rtx, c: db.wst}
	created := int64(0)
	for _, r := range reqs {
		if err := r.ctx.Err(); err != nil {
			r.err = fmt.Errorf("sqlite: put %s: %w", r.art.ID, err)
			continue
		}
		if _, err := tx.ExecContext(ctx, qSavepoint); err != nil {
			return wrap("put", err)
		}
		r.res, r.err = putTx(ctx, tx, r.art, r.anJSON, r.ix)
		if r.res.Created {
			created++
		}
		if r.err != nil {
			if _, err := tx.ExecContext(ctx, qRollbackTo); err != nil {
				return wrap("put", err)
			}
		}
		if _, err := tx.ExecContext(ctx, qRelease); err != nil {
			return wrap("put", err)
		}
	}
	if err := rtx.Commit(); err != nil {
		return wrap("put", err)
	}
	db.created.Add(created)
	return nil
}

// putTx writes one article in transaction tx.
func putTx(ctx context.Context, tx wtx, art *store.Article, anJSON sql.NullString, ix searchRows) (store.PutResult, error) {
	var existing string
	err := tx.QueryRowContext(ctx, qExisting, art.ContentHash, art.ID).Scan(&existing)
	switch {
	case err == nil:
		return store.PutResult{ID: existing}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return store.PutResult{}, wrap("put", err)
	}
	pub, pubAt := timeCols(art.Published)
	var seq int64
	err = tx.QueryRowContext(ctx, qInsertArticle,
		art.ID, art.URL, art.Source, art.Title, pub, pubAt, art.Body, art.Raw, art.RawFormat,
		art.ContentHash, art.TextHash, art.DuplicateOf, art.StoryID, anJSON, time.Now().UnixNano(),
	).Scan(&seq)
	if err != nil {
		return store.PutResult{}, fmt.Errorf("sqlite: put %s: %w", art.ID, err)
	}
	if err := insertLayers(ctx, tx, seq, art.Analysis); err != nil {
		return store.PutResult{}, fmt.Errorf("sqlite: put %s: %w", art.ID, err)
	}
	if err := putSearch(ctx, tx, seq, art.DuplicateOf != "", ix); err != nil {
		return store.PutResult{}, fmt.Errorf("sqlite: put %s: %w", art.ID, err)
	}
	if err := upsertStory(ctx, tx, art.StoryID, art.Title); err != nil {
		return store.PutResult{}, fmt.Errorf("sqlite: put %s: %w", art.ID, err)
	}
	return store.PutResult{ID: art.ID, Created: true}, nil
}

// timeCols returns the stored forms of a publication time.
func timeCols(t time.Time) (string, sql.NullInt64) {
	if t.IsZero() {
		return "", sql.NullInt64{}
	}
	return t.Format(time.RFC3339Nano), sql.NullInt64{Int64: t.Unix(), Valid: true}
}

func upsertStory(ctx context.Context, tx wtx, id, title string) error {
	if id == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, qUpsertStory, id, title, time.Now().UnixNano())
	if err != nil {
		return fmt.Errorf("story: %w", err)
	}
	return nil
}

// insertLayers writes the structured rows of an analysis.
func insertLayers(ctx context.Context, tx wtx, seq int64, an *extract.Analysis) error {
	if an == nil {
		return nil
	}
	for _, e := range an.Entities {
		res, err := tx.ExecContext(ctx, qInsertEntity,
			seq, e.ID, e.Canonical, arabic.Normalize(e.Canonical), e.Type, e.ActorID, e.ActorCode, len(e.Mentions))
		if err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
		}
		rid, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
		}
		for _, m := range e.Mentions {
			if _, err := tx.ExecContext(ctx, qInsertMention, rid, seq, m.Text, m.Start, m.End); err != nil {
				return fmt.Errorf("mention: %w", err)
			}
		}
	}
	for _, q := range an.Quotes {
		if _, err := tx.ExecContext(ctx, qInsertQuote,
			seq, q.Speaker, arabic.Normalize(q.Speaker), q.SpeakerEntity, q.SpeakerKind, q.Via, q.Cue, q.Kind,
			q.Content, q.CueStart, q.CueEnd, q.ContentStart, q.ContentEnd, q.Confidence); err != nil {
			return fmt.Errorf("quote: %w", err)
		}
	}
	for _, e := range an.Events {
		if _, err := tx.ExecContext(ctx, qInsertEvent,
			seq, e.Type, e.CAMEO, e.Trigger, e.Source, arabic.Normalize(e.Source), e.SourceCode,
			e.Target, arabic.Normalize(e.Target), e.TargetCode, e.Place, arabic.Normalize(e.Place),
			e.Date, e.Modality, e.Evidence, e.EvidenceAt.Start, e.EvidenceAt.End, e.Confidence,
			store.EventKey(e.Type, e.Source, e.Target, e.Evidence)); err != nil {
			return fmt.Errorf("event: %w", err)
		}
	}
	for _, p := range an.Places {
		if _, err := tx.ExecContext(ctx, qInsertPlace,
			seq, p.Name, arabic.Normalize(p.Name), p.Country, p.Lat, p.Lon, p.Kind, max(1, len(p.Mentions))); err != nil {
			return fmt.Errorf("place: %w", err)
		}
	}
	for _, t := range an.Times {
		if _, err := tx.ExecContext(ctx, qInsertTime, seq, t.Text, t.Value, t.Type, t.Start, t.End); err != nil {
			return fmt.Errorf("time: %w", err)
		}
	}
	return nil
}

// deleteLayers removes the structured rows of an article (not its search
// rows: see deleteFTS and putSearch).
func deleteLayers(ctx context.Context, tx wtx, seq int64) error {
	for _, q := range []string{
		`DELETE FROM mentions WHERE article_seq = ?`,
		`DELETE FROM entities WHERE article_seq = ?`,
		`DELETE FROM quotes WHERE article_seq = ?`,
		`DELETE FROM events WHERE article_seq = ?`,
		`DELETE FROM places WHERE article_seq = ?`,
		`DELETE FROM times WHERE article_seq = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, seq); err != nil {
			return err
		}
	}
	return nil
}
