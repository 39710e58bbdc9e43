package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/store"
)

// storyKey is the story an article counts under: its story, else itself.
const storyKey = `CASE WHEN a.story_id <> '' THEN a.story_id ELSE a.id END`

// Actors lists actors, one per ident (store.ActorIdentSQL), counted per
// story first; see store.Store. The type of an actor is that of its label
// (its most frequent), so that an actor counts the same in the list of
// its type and on its own.
func (db *DB) Actors(ctx context.Context, f store.Filter) (store.Page[store.Actor], error) {
	f, err := db.resolveActor(ctx, f)
	if err != nil {
		return store.Page[store.Actor]{Items: []store.Actor{}}, err
	}
	var c conds
	articleConds(&c, f, "actor", "entity_type")
	if f.Actor != "" {
		c.add(store.NewActorSQL(f.Actor, c.arg).Entity("e"))
	}
	inner := `SELECT ` + store.ActorIdentSQL("e", "an") + ` AS ident, MAX(e.canonical) AS name, MAX(e.type) AS type,
		MAX(e.actor_code) AS code, COUNT(DISTINCT ` + storyKey + `) AS stories, COUNT(DISTINCT a.seq) AS articles,
		SUM(e.mentions) AS mentions
		FROM entities e JOIN articles a ON a.seq = e.article_seq` + store.ActorIdentJoin("e", "an") + c.sql() + `
		GROUP BY 1`
	var outer conds
	outer.args = c.args
	if f.EntityType != "" {
		outer.add(`COALESCE(x.type, g.type) = ?`, f.EntityType)
	}
	q := `SELECT COALESCE(x.name, g.name), COALESCE(x.type, g.type), g.ident, g.code, g.stories, g.articles, g.mentions,
		COUNT(*) OVER ()
		FROM (` + inner + `) g LEFT JOIN actor_labels x ON x.ident = g.ident` + outer.sql() + `
		ORDER BY 5 DESC, 7 DESC, 1 LIMIT ? OFFSET ?`
	var idents []string
	p, err := list(ctx, db, "actors", q, outer.args, f, func(rows *sql.Rows, x *store.Actor, total *int) error {
		var ident string
		err := rows.Scan(&x.Name, &x.Type, &ident, &x.ActorCode, &x.Stories, &x.Articles, &x.Mentions, total)
		x.ActorID = store.ActorIDOf(ident)
		idents = append(idents, ident)
		return err
	})
	if err != nil || f.Actor == "" {
		return p, err
	}
	for i := range p.Items {
		if p.Items[i].Keys, err = db.actorKeys(ctx, idents[len(idents)-len(p.Items)+i]); err != nil {
			return p, err
		}
	}
	return p, nil
}

// Quotes lists quotes, newest article first; see store.Store.
func (db *DB) Quotes(ctx context.Context, f store.Filter) (store.Page[store.QuoteRow], error) {
	f, err := db.resolveActor(ctx, f)
	if err != nil {
		return store.Page[store.QuoteRow]{Items: []store.QuoteRow{}}, err
	}
	var c conds
	quoteConds(&c, f)
	from := ` FROM quotes q JOIN articles a ON a.seq = q.article_seq` + c.sql()
	q := quoteColumns + from + ` ORDER BY a.published_at DESC, a.seq DESC, q.rowid LIMIT ? OFFSET ?`
	return listRows(ctx, db, "quotes", q, `SELECT COUNT(*)`+from, c.args, f, scanQuote)
}

// Events lists events, newest article first; see store.Store.
func (db *DB) Events(ctx context.Context, f store.Filter) (store.Page[store.EventRow], error) {
	f, err := db.resolveActor(ctx, f)
	if err != nil {
		return store.Page[store.EventRow]{Items: []store.EventRow{}}, err
	}
	var c conds
	articleConds(&c, f, "actor", "event_type")
	if f.Actor != "" {
		c.add(store.NewActorSQL(f.Actor, c.arg).Event("ev", f.ActorRole))
	}
	if f.EventType != "" {
		c.add(`ev.type = ?`, f.EventType)
	}
	if f.MinConfidence > 0 {
		c.add(`ev.confidence >= ?`, f.MinConfidence)
	}
	from := ` FROM events ev JOIN articles a ON a.seq = ev.article_seq` + c.sql()
	cols := `a.id, a.story_id, a.source, a.published, ev.type, ev.cameo, ev.source, ev.source_code,
		ev.target, ev.target_code, ev.place, ev.date, ev.modality, ev.evidence, ev.ev_start, ev.ev_end,
		ev.confidence`
	q := `SELECT ` + cols + `, 0` + from + `
		ORDER BY a.published_at DESC, a.seq DESC, ev.rowid LIMIT ? OFFSET ?`
	countQ := `SELECT COUNT(*)` + from
	if f.DistinctEvents {
		// One row per (type, source, target, evidence): the newest.
		const same = `PARTITION BY ev.type, ev.source_key, ev.target_key, ev.evidence`
		q = `SELECT * FROM (SELECT ` + cols + `, COUNT(*) OVER (` + same + `) AS reports,
			ROW_NUMBER() OVER (` + same + ` ORDER BY a.published_at DESC, a.seq DESC, ev.rowid) AS rn,
			a.published_at AS pat, a.seq AS aseq, ev.rowid AS erow` + from + `) WHERE rn = 1
			ORDER BY pat DESC, aseq DESC, erow LIMIT ? OFFSET ?`
		countQ = `SELECT COUNT(*) FROM (SELECT DISTINCT ev.type, ev.source_key, ev.target_key, ev.evidence` + from + `)`
	}
	return listRows(ctx, db, "events", q, countQ, c.args, f, func(rows *sql.Rows, x *store.EventRow) error {
		var pub string
		dest := []any{&x.ArticleID, &x.StoryID, &x.Source, &pub, &x.Type, &x.CAMEO, &x.Actor1, &x.Actor1Code,
			&x.Actor2, &x.Actor2Code, &x.Place, &x.Date, &x.Modality, &x.Evidence, &x.EvidenceStart, &x.EvidenceEnd,
			&x.Confidence, &x.Reports}
		if f.DistinctEvents {
			var rn, pat, aseq, erow sql.NullInt64
			dest = append(dest, &rn, &pat, &aseq, &erow)
		}
		err := rows.Scan(dest...)
		x.Published = store.ParseTime(pub)
		return err
	})
}

// Places lists places aggregated by name and country, counted per story
// first; see store.Store.
func (db *DB) Places(ctx context.Context, f store.Filter) (store.Page[store.PlaceRow], error) {
	f, err := db.resolveActor(ctx, f)
	if err != nil {
		return store.Page[store.PlaceRow]{Items: []store.PlaceRow{}}, err
	}
	var c conds
	events := placeEvents(&c, f) // its arguments come first, as in the query
	articleConds(&c, f, "place")
	if f.Place != "" {
		c.add(`(p.name_key = ? OR p.country = ?)`, arabic.Normalize(f.Place), f.Place)
	}
	q := `SELECT p.name, p.country, MAX(p.kind), MAX(p.lat), MAX(p.lon),
		COUNT(DISTINCT ` + storyKey + `), COUNT(DISTINCT a.seq), SUM(p.mentions), ` + events + `, COUNT(*) OVER ()
		FROM places p JOIN articles a ON a.seq = p.article_seq` + c.sql() + `
		GROUP BY p.name_key, p.country
		ORDER BY 6 DESC, 8 DESC, p.name LIMIT ? OFFSET ?`
	return list(ctx, db, "places", q, c.args, f, func(rows *sql.Rows, x *store.PlaceRow, total *int) error {
		return rows.Scan(&x.Name, &x.Country, &x.Kind, &x.Lat, &x.Lon, &x.Stories, &x.Articles, &x.Mentions, &x.Events, total)
	})
}

// placeEvents is the aggregate that counts the events at the places p of
// a group (store.PlaceRow.Events), of f's event type and actor.
func placeEvents(c *conds, f store.Filter) string {
	where := `ev.article_seq = p.article_seq AND ev.place_key = p.name_key`
	if f.EventType != "" {
		where += ` AND ev.type = ` + c.arg(f.EventType)
	}
	if f.Actor != "" {
		where += ` AND ` + store.NewActorSQL(f.Actor, c.arg).Event("ev", f.ActorRole)
	}
	return `SUM((SELECT COUNT(*) FROM events ev WHERE ` + where + `))`
}

// Stories lists stories with their counts, largest first; see
// store.Store. Articles counts duplicates too; Mentions, Events and Quotes
// count only the story's distinct articles.
func (db *DB) Stories(ctx context.Context, f store.Filter) (store.Page[store.Story], error) {
	f, err := db.resolveActor(ctx, f)
	if err != nil {
		return store.Page[store.Story]{Items: []store.Story{}}, err
	}
	f.IncludeDuplicates = true
	var c conds
	c.add(`a.story_id <> ''`)
	articleConds(&c, f)
	distinct := func(sub string) string {
		return `SUM(CASE WHEN a.duplicate_of = '' THEN (` + sub + `) ELSE 0 END)`
	}
	q := `SELECT a.story_id, COALESCE(MAX(st.title), ''), MIN(a.published_at), MAX(a.published_at),
		COUNT(*), COUNT(DISTINCT a.source),
		` + distinct(`SELECT COALESCE(SUM(mentions), 0) FROM entities WHERE article_seq = a.seq`) + `,
		` + distinct(`SELECT COUNT(*) FROM events WHERE article_seq = a.seq`) + `,
		` + distinct(`SELECT COUNT(*) FROM quotes WHERE article_seq = a.seq`) + `,
		COUNT(*) OVER ()
		FROM articles a LEFT JOIN stories st ON st.id = a.story_id` + c.sql() + `
		GROUP BY a.story_id
		ORDER BY 5 DESC, MAX(a.published_at) DESC, a.story_id LIMIT ? OFFSET ?`
	return list(ctx, db, "stories", q, c.args, f, func(rows *sql.Rows, x *store.Story, total *int) error {
		var first, last sql.NullInt64
		err := rows.Scan(&x.ID, &x.Title, &first, &last, &x.Articles, &x.Sources, &x.Mentions, &x.Events, &x.Quotes, total)
		x.First, x.Last = unixTime(first), unixTime(last)
		return err
	})
}

// list runs a paged listing query whose last column is the total count.
func list[T any](ctx context.Context, db *DB, name, q string, args []any, f store.Filter,
	scan func(*sql.Rows, *T, *int) error) (store.Page[T], error) {
	page := store.Page[T]{Items: []T{}}
	if err := db.check(); err != nil {
		return page, err
	}
	rows, err := db.r.QueryContext(ctx, q, append(args, f.PageLimit(), max(0, f.Offset))...)
	if err != nil {
		return page, fmt.Errorf("sqlite: %s: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var x T
		if err := scan(rows, &x, &page.Total); err != nil {
			return page, fmt.Errorf("sqlite: %s: %w", name, err)
		}
		page.Items = append(page.Items, x)
	}
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("sqlite: %s: %w", name, err)
	}
	if len(page.Items) == 0 && f.Offset > 0 {
		// Past the end: the window count is unknown, count separately.
		p0 := f
		p0.Offset, p0.Limit = 0, 1
		first, err := list(ctx, db, name, q, args, p0, scan)
		if err != nil {
			return page, err
		}
		page.Total = first.Total
	}
	return page, nil
}

// listRows runs a paged listing of plain rows and counts the total with a
// separate query. A window count (COUNT(*) OVER ()) would make SQLite build
// and sort every matching row before the LIMIT; apart, the page query walks
// the newest articles first and stops as soon as the page is full.
func listRows[T any](ctx context.Context, db *DB, name, q, countQ string, args []any, f store.Filter,
	scan func(*sql.Rows, *T) error) (store.Page[T], error) {
	page := store.Page[T]{Items: []T{}}
	if err := db.check(); err != nil {
		return page, err
	}
	if err := db.r.QueryRowContext(ctx, countQ, args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("sqlite: %s: count: %w", name, err)
	}
	if page.Total == 0 || f.Offset >= page.Total {
		return page, nil
	}
	rows, err := db.r.QueryContext(ctx, q, append(args, f.PageLimit(), max(0, f.Offset))...)
	if err != nil {
		return page, fmt.Errorf("sqlite: %s: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var x T
		if err := scan(rows, &x); err != nil {
			return page, fmt.Errorf("sqlite: %s: %w", name, err)
		}
		page.Items = append(page.Items, x)
	}
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("sqlite: %s: %w", name, err)
	}
	return page, nil
}

func unixTime(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(n.Int64, 0).UTC()
}
