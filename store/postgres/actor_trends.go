package postgres

import (
	"context"

	"github.com/marsad/marsad/store"
)

// actorTrends counts actors, one per ident (store.ActorIdentSQL), in the
// window and its baseline, in two passes as Trends counts places: the
// actors of the window with their counts, then the baseline of those
// actors only. Types keeps the actors whose label has one of them.
func (s *Store) actorTrends(ctx context.Context, q store.TrendQuery) ([]store.Trend, error) {
	minRecent, limit := q.Limits()
	var c conds
	since, until, minArg := c.arg(q.Since), c.arg(q.Until), c.arg(minRecent)
	types := ""
	if len(q.Types) > 0 {
		types = ` WHERE COALESCE(x.type, hot.t) = ANY(` + c.arg(q.Types) + `::text[])`
	}
	base := `0`
	if q.Baseline().Before(q.Since) {
		base = `(SELECT COUNT(DISTINCT ` + storyKey + `) FROM entities e JOIN articles a ON a.seq = e.article_seq
			WHERE ` + store.ActorIsSQL("e", "lab.k") + ` AND a.duplicate_of = ''
			AND a.published_at >= ` + c.arg(q.Baseline()) + ` AND a.published_at < ` + since + `)`
	}
	rows, err := s.pool.Query(ctx, `WITH hot AS (
		SELECT `+store.ActorIdentSQL("e", "an")+` AS k, `+mostFrequent("e.canonical")+` AS name,
			MAX(e.type COLLATE "C") AS t, COUNT(DISTINCT `+storyKey+`) AS recent
		FROM entities e JOIN articles a ON a.seq = e.article_seq`+store.ActorIdentJoin("e", "an")+`
		WHERE a.duplicate_of = '' AND a.published_at >= `+since+` AND a.published_at < `+until+`
		GROUP BY 1 HAVING COUNT(DISTINCT `+storyKey+`) >= `+minArg+`),
	lab AS (
		SELECT hot.k, COALESCE(x.name, hot.name) AS name, COALESCE(x.type, hot.t) AS t, hot.recent
		FROM hot LEFT JOIN actor_labels x ON x.ident = hot.k`+types+`)
	SELECT name, t, recent, `+base+` AS base FROM lab ORDER BY recent DESC, base, name COLLATE "C" LIMIT `+c.arg(limit), c.args...)
	return scanTrends(rows, err)
}
