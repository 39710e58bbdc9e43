package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/store"
)

// SetDedup records a dedup verdict and merges stories in one transaction;
// see store.Store.
func (s *Store) SetDedup(ctx context.Context, v store.Dedup) error {
	if err := s.checkWrite(); err != nil {
		return err
	}
	if v.ID == "" {
		return fmt.Errorf("postgres: set dedup: %w: empty id", store.ErrInvalid)
	}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE articles SET
			text_hash = CASE WHEN $1 <> '' THEN $1 ELSE text_hash END, duplicate_of = $2, story_id = $3 WHERE id = $4`,
			v.TextHash, v.DuplicateOf, v.StoryID, v.ID)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return store.ErrNotFound
		}
		if v.StoryID == "" {
			return nil
		}
		for _, m := range v.Merged {
			if m == "" || m == v.StoryID {
				continue
			}
			if _, err := tx.Exec(ctx, `UPDATE articles SET story_id = $1 WHERE story_id = $2`, v.StoryID, m); err != nil {
				return fmt.Errorf("merge %q: %w", m, err)
			}
			if _, err := tx.Exec(ctx, `DELETE FROM stories WHERE id = $1`, m); err != nil {
				return fmt.Errorf("merge %q: %w", m, err)
			}
		}
		// The story's title: its own article's (a story is named after its
		// first article), else this article's.
		var title string
		err = tx.QueryRow(ctx, `SELECT title FROM articles WHERE id IN ($1, $2) ORDER BY id = $1 DESC LIMIT 1`,
			v.StoryID, v.ID).Scan(&title)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO stories (id, title) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, v.StoryID, title)
		return err
	})
	return wrap(fmt.Sprintf("set dedup %q", v.ID), err)
}
