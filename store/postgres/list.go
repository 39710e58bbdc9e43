package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/store"
)

// storyKey is the story an article counts under: its story, else itself.
const storyKey = `CASE WHEN a.story_id <> '' THEN a.story_id ELSE a.id END`

// mostFrequent is the SQL of a group's most frequent value of col (the
// first in byte order among equals). Text is compared in byte order
// (COLLATE "C"), as SQLite does, whatever the database's collation.
func mostFrequent(col string) string {
	return `(mode() WITHIN GROUP (ORDER BY ` + col + ` COLLATE "C")) COLLATE "C"`
}

// Actors lists actors, one per ident (store.ActorIdentSQL), counted per
// story first; see store.Store. The type of an actor is that of its label
// (its most frequent), so that an actor counts the same in the list of
// its type and on its own.
func (s *Store) Actors(ctx context.Context, f store.Filter) (store.Page[store.Actor], error) {
	f, err := s.resolveActor(ctx, f)
	if err != nil {
		return store.Page[store.Actor]{Items: []store.Actor{}}, err
	}
	var c conds
	articleConds(&c, f, "actor", "entity_type")
	if f.Actor != "" {
		c.add(store.NewActorSQL(f.Actor, c.arg).Entity("e"))
	}
	inner := `SELECT ` + store.ActorIdentSQL("e", "an") + ` AS ident, ` + mostFrequent("e.canonical") + ` AS name,
		MAX(e.type COLLATE "C") AS type, MAX(e.actor_code COLLATE "C") AS code,
		COUNT(DISTINCT ` + storyKey + `) AS stories, COUNT(DISTINCT a.seq) AS articles, SUM(e.mentions) AS mentions
		FROM entities e JOIN articles a ON a.seq = e.article_seq` + store.ActorIdentJoin("e", "an") + c.sql() + `
		GROUP BY 1`
	outer := conds{args: c.args}
	if f.EntityType != "" {
		outer.add(`COALESCE(x.type, g.type) = ` + outer.arg(f.EntityType))
	}
	limit, args := outer.page(f)
	q := `SELECT COALESCE(x.name, g.name), COALESCE(x.type, g.type), g.ident, g.code, g.stories, g.articles, g.mentions,
		COUNT(*) OVER ()
		FROM (` + inner + `) g LEFT JOIN actor_labels x ON x.ident = g.ident` + outer.sql() + `
		ORDER BY 5 DESC, 7 DESC, COALESCE(x.name, g.name) COLLATE "C"` + limit
	var idents []string
	p, err := list(ctx, s, "actors", q, args, f, func(rows pgx.Rows, x *store.Actor, total *int) error {
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
		if p.Items[i].Keys, err = s.actorKeys(ctx, idents[len(idents)-len(p.Items)+i]); err != nil {
			return p, err
		}
	}
	return p, nil
}

// Quotes lists quotes, newest article first; see store.Store.
func (s *Store) Quotes(ctx context.Context, f store.Filter) (store.Page[store.QuoteRow], error) {
	f, err := s.resolveActor(ctx, f)
	if err != nil {
		return store.Page[store.QuoteRow]{Items: []store.QuoteRow{}}, err
	}
	var c conds
	quoteConds(&c, f)
	from := ` FROM quotes q JOIN articles a ON a.seq = q.article_seq` + c.sql()
	limit, args := c.page(f)
	q := quoteColumns + from + ` ORDER BY ` + quoteOrder + limit
	return listRows(ctx, s, "quotes", q, `SELECT COUNT(*)`+from, c.args, args, f, scanQuote)
}

// Events lists events, newest article first; see store.Store.
func (s *Store) Events(ctx context.Context, f store.Filter) (store.Page[store.EventRow], error) {
	f, err := s.resolveActor(ctx, f)
	if err != nil {
		return store.Page[store.EventRow]{Items: []store.EventRow{}}, err
	}
	var c conds
	articleConds(&c, f, "actor", "event_type")
	if f.Actor != "" {
		c.add(store.NewActorSQL(f.Actor, c.arg).Event("ev", f.ActorRole))
	}
	if f.EventType != "" {
		c.add(`ev.type = ` + c.arg(f.EventType))
	}
	if f.MinConfidence > 0 {
		c.add(`ev.confidence >= ` + c.arg(f.MinConfidence))
	}
	from := ` FROM events ev JOIN articles a ON a.seq = ev.article_seq` + c.sql()
	limit, args := c.page(f)
	cols := `a.id, a.story_id, a.source, a.published, ev.type, ev.cameo, ev.source, ev.source_code,
		ev.target, ev.target_code, ev.place, ev.date, ev.modality, ev.evidence, ev.ev_start, ev.ev_end,
		ev.confidence`
	q := `SELECT ` + cols + `, 0::bigint` + from + `
		ORDER BY a.published_at DESC NULLS LAST, a.seq DESC, ev.ord` + limit
	countQ := `SELECT COUNT(*)` + from
	if f.DistinctEvents {
		// One row per (type, source, target, evidence): the newest.
		const same = `PARTITION BY ev.type, ev.source_key, ev.target_key, ev.evidence`
		q = `SELECT * FROM (SELECT ` + cols + `, COUNT(*) OVER (` + same + `) AS reports,
			ROW_NUMBER() OVER (` + same + ` ORDER BY a.published_at DESC NULLS LAST, a.seq DESC, ev.ord) AS rn,
			a.published_at AS pat, a.seq AS aseq, ev.ord AS eord` + from + `) d WHERE rn = 1
			ORDER BY pat DESC NULLS LAST, aseq DESC, eord` + limit
		countQ = `SELECT COUNT(*) FROM (SELECT DISTINCT ev.type, ev.source_key, ev.target_key, ev.evidence` + from + `) d`
	}
	return listRows(ctx, s, "events", q, countQ, c.args, args, f, func(rows pgx.Rows, x *store.EventRow) error {
		var pub string
		var reports int64
		dest := []any{&x.ArticleID, &x.StoryID, &x.Source, &pub, &x.Type, &x.CAMEO, &x.Actor1, &x.Actor1Code,
			&x.Actor2, &x.Actor2Code, &x.Place, &x.Date, &x.Modality, &x.Evidence, &x.EvidenceStart, &x.EvidenceEnd,
			&x.Confidence, &reports}
		if f.DistinctEvents {
			var rn, aseq int64
			var pat *time.Time
			var eord int32
			dest = append(dest, &rn, &pat, &aseq, &eord)
		}
		err := rows.Scan(dest...)
		x.Reports = int(reports)
		x.Published = store.ParseTime(pub)
		return err
	})
}

// Places lists places aggregated by name and country, counted per story
// first; see store.Store.
func (s *Store) Places(ctx context.Context, f store.Filter) (store.Page[store.PlaceRow], error) {
	f, err := s.resolveActor(ctx, f)
	if err != nil {
		return store.Page[store.PlaceRow]{Items: []store.PlaceRow{}}, err
	}
	var c conds
	events := placeEvents(&c, f)
	articleConds(&c, f, "place")
	if f.Place != "" {
		k, code := c.arg(arabic.Normalize(f.Place)), c.arg(f.Place)
		c.add(`(p.name_key = ` + k + ` OR p.country = ` + code + `)`)
	}
	limit, args := c.page(f)
	q := `SELECT ` + mostFrequent("p.name") + `, p.country, MAX(p.kind COLLATE "C"), MAX(p.lat), MAX(p.lon),
		COUNT(DISTINCT ` + storyKey + `), COUNT(DISTINCT a.seq), SUM(p.mentions), ` + events + `, COUNT(*) OVER ()
		FROM places p JOIN articles a ON a.seq = p.article_seq` + c.sql() + `
		GROUP BY p.name_key, p.country
		ORDER BY 6 DESC, 8 DESC, 1` + limit
	return list(ctx, s, "places", q, args, f, func(rows pgx.Rows, x *store.PlaceRow, total *int) error {
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
	return `COALESCE(SUM((SELECT COUNT(*) FROM events ev WHERE ` + where + `)), 0)::bigint`
}

// Stories lists stories with their counts, largest first; see
// store.Store. Articles counts duplicates too; Mentions, Events and Quotes
// count only the story's distinct articles.
func (s *Store) Stories(ctx context.Context, f store.Filter) (store.Page[store.Story], error) {
	f, err := s.resolveActor(ctx, f)
	if err != nil {
		return store.Page[store.Story]{Items: []store.Story{}}, err
	}
	f.IncludeDuplicates = true
	var c conds
	c.add(`a.story_id <> ''`)
	articleConds(&c, f)
	distinct := func(sub string) string {
		return `COALESCE(SUM((` + sub + `)) FILTER (WHERE a.duplicate_of = ''), 0)::bigint`
	}
	limit, args := c.page(f)
	q := `SELECT a.story_id, COALESCE(MAX(st.title), ''), MIN(a.published_at), MAX(a.published_at),
		COUNT(*), COUNT(DISTINCT a.source),
		` + distinct(`SELECT COALESCE(SUM(mentions), 0) FROM entities WHERE article_seq = a.seq`) + `,
		` + distinct(`SELECT COUNT(*) FROM events WHERE article_seq = a.seq`) + `,
		` + distinct(`SELECT COUNT(*) FROM quotes WHERE article_seq = a.seq`) + `,
		COUNT(*) OVER ()
		FROM articles a LEFT JOIN stories st ON st.id = a.story_id` + c.sql() + `
		GROUP BY a.story_id
		ORDER BY 5 DESC, MAX(a.published_at) DESC NULLS LAST, a.story_id COLLATE "C"` + limit
	return list(ctx, s, "stories", q, args, f, func(rows pgx.Rows, x *store.Story, total *int) error {
		var first, last *time.Time
		err := rows.Scan(&x.ID, &x.Title, &first, &last, &x.Articles, &x.Sources, &x.Mentions, &x.Events, &x.Quotes, total)
		x.First, x.Last = utc(first), utc(last)
		return err
	})
}

// list runs a paged listing query whose last column is the total count.
func list[T any](ctx context.Context, s *Store, name, q string, args []any, f store.Filter,
	scan func(pgx.Rows, *T, *int) error) (store.Page[T], error) {
	page := store.Page[T]{Items: []T{}}
	if err := s.check(); err != nil {
		return page, err
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return page, wrap(name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var x T
		if err := scan(rows, &x, &page.Total); err != nil {
			return page, wrap(name, err)
		}
		page.Items = append(page.Items, x)
	}
	if err := rows.Err(); err != nil {
		return page, wrap(name, err)
	}
	if len(page.Items) == 0 && f.Offset > 0 {
		// Past the end: the window count is unknown, count on the first
		// row. The page's LIMIT and OFFSET are the last two arguments.
		p0 := f
		p0.Offset, p0.Limit = 0, 1
		args = append(args[:len(args)-2:len(args)-2], 1, 0)
		first, err := list(ctx, s, name, q, args, p0, scan)
		if err != nil {
			return page, err
		}
		page.Total = first.Total
	}
	return page, nil
}

// listRows runs a paged listing of plain rows, counting the total with a
// separate query (countArgs are the conditions' arguments, args those and
// the page's).
func listRows[T any](ctx context.Context, s *Store, name, q, countQ string, countArgs, args []any, f store.Filter,
	scan func(pgx.Rows, *T) error) (store.Page[T], error) {
	page := store.Page[T]{Items: []T{}}
	if err := s.check(); err != nil {
		return page, err
	}
	if err := s.pool.QueryRow(ctx, countQ, countArgs...).Scan(&page.Total); err != nil {
		return page, wrap(name+": count", err)
	}
	if page.Total == 0 || f.Offset >= page.Total {
		return page, nil
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return page, wrap(name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var x T
		if err := scan(rows, &x); err != nil {
			return page, wrap(name, err)
		}
		page.Items = append(page.Items, x)
	}
	return page, wrap(name, rows.Err())
}

// utc returns *t in UTC, or the zero time for NULL.
func utc(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}
