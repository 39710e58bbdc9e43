package sqlite

import (
	"context"
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
