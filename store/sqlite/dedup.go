package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/marsad/marsad/store"
)

// SetDedup records a dedup verdict and merges stories in one transaction;
// see store.Store.
func (db *DB) SetDedup(ctx context.Context, v store.Dedup) error {
	if err := db.checkWrite(); err != nil {
		return err
	}
	if v.ID == "" {
		return fmt.Errorf("sqlite: set dedup: %w: empty id", store.ErrInvalid)
	}
	rtx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return wrap("set dedup", err)
	}
	defer func() { _ = rtx.Rollback() }()
	tx := wtx{Tx: rtx, c: db.wst}
	if err := redupFTS(ctx, tx, v); err != nil {
		return fmt.Errorf("sqlite: set dedup %q: %w", v.ID, err)
	}
	res, err := tx.ExecContext(ctx, `UPDATE articles SET
		text_hash = CASE WHEN ? <> '' THEN ? ELSE text_hash END, duplicate_of = ?, story_id = ? WHERE id = ?`,
		v.TextHash, v.TextHash, v.DuplicateOf, v.StoryID, v.ID)
	if err != nil {
		return fmt.Errorf("sqlite: set dedup %q: %w", v.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("sqlite: set dedup %q: %w", v.ID, store.ErrNotFound)
	}
	if v.StoryID != "" {
		for _, m := range v.Merged {
			if m == "" || m == v.StoryID {
				continue
			}
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ? WHERE story_id = ?`, v.StoryID, m); err != nil {
				return fmt.Errorf("sqlite: set dedup %q: merge %q: %w", v.ID, m, err)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, m); err != nil {
				return fmt.Errorf("sqlite: set dedup %q: merge %q: %w", v.ID, m, err)
			}
		}
		var title string
		_ = tx.QueryRowContext(ctx, `SELECT title FROM articles WHERE id IN (?, ?) ORDER BY id = ? DESC LIMIT 1`,
			v.StoryID, v.ID, v.StoryID).Scan(&title)
		if err := upsertStory(ctx, tx, v.StoryID, title); err != nil {
			return fmt.Errorf("sqlite: set dedup %q: %w", v.ID, err)
		}
	}
	return wrap("set dedup", tx.Commit())
}

// redupFTS moves an article's full-text row to the rowid of its new
// duplicate flag when the verdict v changes it (the flag is part of the
// rowid: see searchrow.go). An unknown article is left to the caller.
func redupFTS(ctx context.Context, tx wtx, v store.Dedup) error {
	var (
		seq         int64
		dup         bool
		title, body string
	)
	err := tx.QueryRowContext(ctx, `SELECT seq, duplicate_of <> '' FROM articles WHERE id = ?`, v.ID).Scan(&seq, &dup)
	if errors.Is(err, sql.ErrNoRows) || err == nil && dup == (v.DuplicateOf != "") {
		return nil
	}
	if err == nil {
		err = tx.QueryRowContext(ctx, `SELECT title, body FROM articles WHERE seq = ?`, seq).Scan(&title, &body)
	}
	if err != nil {
		return err
	}
	t := newFTSText(title, body)
	if err := deleteFTS(ctx, tx, seq, dup, t); err != nil {
		return err
	}
	return insertFTS(ctx, tx, seq, !dup, t)
}
