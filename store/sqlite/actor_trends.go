package sqlite

import (
	"context"
	"strings"

	"github.com/marsad/marsad/store"
)

// actorTrends counts actors, one per ident (store.ActorIdentSQL), in the
// window and its baseline, in two passes as Trends counts places: the
// actors of the window with their counts, then the baseline of those
// actors only. Types keeps the actors whose label has one of them.
func (db *DB) actorTrends(ctx context.Context, q store.TrendQuery) ([]store.Trend, error) {
	minRecent, limit := q.Limits()
	args := []any{q.Since.Unix(), q.Until.Unix(), minRecent}
	types := ""
	if len(q.Types) > 0 {
		types = ` WHERE COALESCE(x.type, hot.t) IN (?` + strings.Repeat(`, ?`, len(q.Types)-1) + `)`
		for _, t := range q.Types {
			args = append(args, t)
		}
	}
	base := `0`
	if q.Baseline().Before(q.Since) {
		base = `(SELECT COUNT(DISTINCT ` + storyKey + `) FROM entities e JOIN articles a ON a.seq = e.article_seq
			WHERE ` + store.ActorIsSQL("e", "lab.k") + ` AND a.duplicate_of = ''
			AND a.published_at >= ? AND a.published_at < ?)`
		args = append(args, q.Baseline().Unix(), q.Since.Unix())
	}
	args = append(args, limit)
	rows, err := db.r.QueryContext(ctx, `WITH hot AS (
		SELECT `+store.ActorIdentSQL("e", "an")+` AS k, MAX(e.canonical) AS name, MAX(e.type) AS t,
			COUNT(DISTINCT `+storyKey+`) AS recent
		FROM entities e JOIN articles a ON a.seq = e.article_seq`+store.ActorIdentJoin("e", "an")+`
		WHERE a.duplicate_of = '' AND a.published_at >= ? AND a.published_at < ?
		GROUP BY 1 HAVING recent >= ?),
	lab AS (
		SELECT hot.k, COALESCE(x.name, hot.name) AS name, COALESCE(x.type, hot.t) AS t, hot.recent
		FROM hot LEFT JOIN actor_labels x ON x.ident = hot.k`+types+`)
	SELECT name, t, recent, `+base+` AS base FROM lab ORDER BY recent DESC, base, name LIMIT ?`, args...)
	return scanTrends(rows, err)
}
