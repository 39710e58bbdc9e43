package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
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
	if f.DistinctEvents {
		return db.distinctEvents(ctx, f, c)
	}
	from := eventsFrom + c.sql()
	q := `SELECT ` + eventColumns + from + `
		ORDER BY a.published_at DESC, a.seq DESC, ev.rowid LIMIT ? OFFSET ?`
	return listRows(ctx, db, "events", q, `SELECT COUNT(*)`+from, c.args, f, func(rows *sql.Rows, x *store.EventRow) error {
		return scanEvent(rows, x)
	})
}

// eventsFrom joins the events ev to their articles a.
const eventsFrom = ` FROM events ev JOIN articles a ON a.seq = ev.article_seq`

// eventColumns are the columns scanEvent reads, for events ev of articles a.
const eventColumns = `a.id, a.story_id, a.source, a.published, ev.type, ev.cameo, ev.source, ev.source_code,
	ev.target, ev.target_code, ev.place, ev.date, ev.modality, ev.evidence, ev.ev_start, ev.ev_end, ev.confidence`

// scanEvent reads eventColumns, then extra.
func scanEvent(rows *sql.Rows, x *store.EventRow, extra ...any) error {
	var pub string
	err := rows.Scan(append([]any{&x.ArticleID, &x.StoryID, &x.Source, &pub, &x.Type, &x.CAMEO, &x.Actor1, &x.Actor1Code,
		&x.Actor2, &x.Actor2Code, &x.Place, &x.Date, &x.Modality, &x.Evidence, &x.EvidenceStart, &x.EvidenceEnd,
		&x.Confidence}, extra...)...)
	x.Published = store.ParseTime(pub)
	return err
}

// distinctEvents lists the events of c one per event key
// (store.Filter.DistinctEvents). The total counts the distinct keys (a row
// without a key, stored before keys were, is its own); the keys are read
// in listing order only until the page is folded (store.EventFolder), its
// rows are then read by rowid and their reports counted through the key
// index.
func (db *DB) distinctEvents(ctx context.Context, f store.Filter, c conds) (store.Page[store.EventRow], error) {
	page := store.Page[store.EventRow]{Items: []store.EventRow{}}
	from, args := eventsFrom+c.sql(), c.args
	if err := db.check(); err != nil {
		return page, err
	}
	if err := db.r.QueryRowContext(ctx, `SELECT COUNT(DISTINCT ev.ev_key) + COUNT(*) - COUNT(ev.ev_key)`+from, args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("sqlite: events: count: %w", err)
	}
	offset, limit := max(0, f.Offset), f.PageLimit()
	if offset >= page.Total {
		return page, nil
	}
	var fold store.EventFolder
	if err := db.foldEvents(ctx, &fold, from, args, offset+limit); err != nil {
		return page, err
	}
	win, keys := fold.Window(offset, limit)
	if len(win) == 0 {
		return page, nil
	}
	reports, err := db.eventReports(ctx, c, keys)
	if err != nil {
		return page, err
	}
	rows, err := db.r.QueryContext(ctx, `SELECT `+eventColumns+`, ev.rowid FROM events ev JOIN articles a ON a.seq = ev.article_seq
		WHERE ev.rowid IN (`+marks(len(win))+`)`, int64Args(win)...)
	if err != nil {
		return page, wrap("events", err)
	}
	defer rows.Close()
	byID := make(map[int64]store.EventRow, len(win))
	for rows.Next() {
		var x store.EventRow
		var id int64
		if err := scanEvent(rows, &x, &id); err != nil {
			return page, wrap("events", err)
		}
		byID[id] = x
	}
	if err := rows.Err(); err != nil {
		return page, wrap("events", err)
	}
	for i, id := range win {
		if x, ok := byID[id]; ok {
			x.Reports = max(1, reports[keys[i]])
			page.Items = append(page.Items, x)
		}
	}
	return page, nil
}

// foldEvents folds the events of from in listing order into fold until
// it holds n distinct ones (or the events run out). It reads the first
// rows only, as a page of the plain listing does, and more when repeats
// leave too few: twice n and some, then four times as many each round.
func (db *DB) foldEvents(ctx context.Context, fold *store.EventFolder, from string, args []any, n int) error {
	for limit := 2*n + 16; ; limit *= 4 {
		*fold = store.EventFolder{}
		rows, err := db.r.QueryContext(ctx, `SELECT ev.rowid, COALESCE(ev.ev_key, -ev.rowid)`+from+`
		ORDER BY a.published_at DESC, a.seq DESC, ev.rowid LIMIT ?`, append(append([]any{}, args...), limit)...)
		if err != nil {
			return wrap("events", err)
		}
		read := 0
		for rows.Next() {
			var id, key int64
			if err := rows.Scan(&id, &key); err != nil {
				rows.Close()
				return wrap("events", err)
			}
			read++
			fold.Add(id, key)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return wrap("events", err)
		}
		if len(fold.IDs) >= n || read < limit {
			return nil
		}
	}
}

// eventReports counts the events of c that share each of keys.
func (db *DB) eventReports(ctx context.Context, c conds, keys []int64) (map[int64]int, error) {
	out := make(map[int64]int, len(keys))
	c = conds{where: append([]string{}, c.where...), args: append([]any{}, c.args...)}
	c.add(`ev.ev_key IN (`+marks(len(keys))+`)`, int64Args(keys)...)
	rows, err := db.r.QueryContext(ctx, `SELECT ev.ev_key, COUNT(*)`+eventsFrom+c.sql()+` GROUP BY ev.ev_key`, c.args...)
	if err != nil {
		return nil, wrap("events", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k int64
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, wrap("events", err)
		}
		out[k] = n
	}
	return out, wrap("events", rows.Err())
}

// marks is n comma-separated placeholders.
func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

// int64Args returns xs as query arguments.
func int64Args(xs []int64) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
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
