package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/store"
)

// Trends counts actors (actorTrends) or places in a window and its
// baseline; see store.Store.
func (s *Store) Trends(ctx context.Context, q store.TrendQuery) ([]store.Trend, error) {
	if err := q.Check(); err != nil {
		return nil, fmt.Errorf("postgres: trends: %w", err)
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	if q.Kind == store.TrendActors {
		return s.actorTrends(ctx, q)
	}
	minRecent, limit := q.Limits()
	key, typ, from := `p.name_key`, `p.country`, `places p JOIN articles a ON a.seq = p.article_seq`
	name := mostFrequent("p.name")
	// Two passes, as in the SQLite store: the names of the window, then
	// the baseline of those names only.
	var c conds
	since, until := c.arg(q.Since), c.arg(q.Until)
	types := ""
	if len(q.Types) > 0 {
		types = ` AND ` + typ + ` = ANY(` + c.arg(q.Types) + `::text[])`
	}
	minArg := c.arg(minRecent)
	base := `0`
	if q.Baseline().Before(q.Since) {
		base = `(SELECT COUNT(DISTINCT ` + storyKey + `) FROM ` + from + `
			WHERE ` + key + ` = hot.k AND ` + typ + ` = hot.t AND a.duplicate_of = ''
			AND a.published_at >= ` + c.arg(q.Baseline()) + ` AND a.published_at < ` + since + `)`
	}
	rows, err := s.pool.Query(ctx, `WITH hot AS (
		SELECT `+key+` AS k, `+typ+` AS t, `+name+` AS name, COUNT(DISTINCT `+storyKey+`) AS recent
		FROM `+from+` WHERE a.duplicate_of = '' AND a.published_at >= `+since+` AND a.published_at < `+until+types+`
		GROUP BY 1, 2 HAVING COUNT(DISTINCT `+storyKey+`) >= `+minArg+`)
		SELECT name, t, recent, `+base+` AS base
		FROM hot ORDER BY recent DESC, base, name LIMIT `+c.arg(limit), c.args...)
	return scanTrends(rows, err)
}

// scanTrends reads the rows of a trends query: name, type, recent, base.
func scanTrends(rows pgx.Rows, err error) ([]store.Trend, error) {
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
