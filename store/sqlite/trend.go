package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/marsad/marsad/store"
)

// Trends counts actors (actorTrends) or places in a window and its
// baseline; see store.Store.
func (db *DB) Trends(ctx context.Context, q store.TrendQuery) ([]store.Trend, error) {
	if err := q.Check(); err != nil {
		return nil, fmt.Errorf("sqlite: trends: %w", err)
	}
	if err := db.check(); err != nil {
		return nil, err
	}
	if q.Kind == store.TrendActors {
		return db.actorTrends(ctx, q)
	}
	minRecent, limit := q.Limits()
	key, typ, from := `p.name_key`, `p.country`, `places p JOIN articles a ON a.seq = p.article_seq`
	name := `MIN(p.name)`
	// Two passes: the names of the window with their counts, then the
	// baseline of those names only, through the index on the name. One
	// pass over the baseline's rows costs several times more.
	types, typeArgs := "", []any{}
	if len(q.Types) > 0 {
		types = ` AND ` + typ + ` IN (?` + strings.Repeat(`, ?`, len(q.Types)-1) + `)`
		for _, t := range q.Types {
			typeArgs = append(typeArgs, t)
		}
	}
	base := `(SELECT COUNT(DISTINCT ` + storyKey + `) FROM ` + from + `
			WHERE ` + key + ` = hot.k AND ` + typ + ` = hot.t AND a.duplicate_of = ''
			AND a.published_at >= ? AND a.published_at < ?)`
	args := append(append([]any{q.Since.Unix(), q.Until.Unix()}, typeArgs...), minRecent)
	if q.Baseline().Before(q.Since) {
		args = append(args, q.Baseline().Unix(), q.Since.Unix())
	} else { // no baseline: nothing to count
		base = `0`
	}
	args = append(args, limit)
	rows, err := db.r.QueryContext(ctx, `WITH hot AS (
		SELECT `+key+` AS k, `+typ+` AS t, `+name+` AS name, COUNT(DISTINCT `+storyKey+`) AS recent
		FROM `+from+` WHERE a.duplicate_of = '' AND a.published_at >= ? AND a.published_at < ?`+types+`
		GROUP BY 1, 2 HAVING recent >= ?)
		SELECT name, t, recent, `+base+` AS base
		FROM hot ORDER BY recent DESC, base, name LIMIT ?`, args...)
	return scanTrends(rows, err)
}

// scanTrends reads the rows of a trends query: name, type, recent, base.
func scanTrends(rows *sql.Rows, err error) ([]store.Trend, error) {
	if err != nil {
		return nil, wrap("trends", err)
	}
	defer rows.Close()
	out := []store.Trend{}
	for rows.Next() {
		var t store.Trend
		if err := rows.Scan(&t.Name, &t.Type, &t.Recent, &t.Baseline); err != nil {
			return nil, wrap("trends", err)
		}
		out = append(out, t)
	}
	return out, wrap("trends", rows.Err())
}
