package postgres

import (
	"context"
	"strconv"
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
	if f.DistinctEvents {
		return s.distinctEvents(ctx, f, c)
	}
	from := eventsFrom + c.sql()
	limit, args := c.page(f)
	q := `SELECT ` + eventColumns + from + `
		ORDER BY a.published_at DESC NULLS LAST, a.seq DESC, ev.ord` + limit
	return listRows(ctx, s, "events", q, `SELECT COUNT(*)`+from, c.args, args, f, func(rows pgx.Rows, x *store.EventRow) error {
		return scanEvent(rows, x)
	})
}

// eventsFrom joins the events ev to their articles a.
const eventsFrom = ` FROM events ev JOIN articles a ON a.seq = ev.article_seq`

// eventColumns are the columns scanEvent reads, for events ev of articles a.
const eventColumns = `a.id, a.story_id, a.source, a.published, ev.type, ev.cameo, ev.source, ev.source_code,
	ev.target, ev.target_code, ev.place, ev.date, ev.modality, ev.evidence, ev.ev_start, ev.ev_end, ev.confidence`

// scanEvent reads eventColumns, then extra.
func scanEvent(rows pgx.Rows, x *store.EventRow, extra ...any) error {
	var pub string
	err := rows.Scan(append([]any{&x.ArticleID, &x.StoryID, &x.Source, &pub, &x.Type, &x.CAMEO, &x.Actor1, &x.Actor1Code,
		&x.Actor2, &x.Actor2Code, &x.Place, &x.Date, &x.Modality, &x.Evidence, &x.EvidenceStart, &x.EvidenceEnd,
		&x.Confidence}, extra...)...)
	x.Published = store.ParseTime(pub)
	return err
}

// eventID numbers an event ev by its primary key (article, ord).
const eventID = `(ev.article_seq * 65536 + ev.ord)`

// distinctEvents lists the events of c one per event key
// (store.Filter.DistinctEvents). The total counts the distinct keys (a row
// without a key, stored before keys were, is its own); the keys are read
// in listing order only until the page is folded (store.EventFolder), its
// rows are then read by primary key and their reports counted through the
// key index.
func (s *Store) distinctEvents(ctx context.Context, f store.Filter, c conds) (store.Page[store.EventRow], error) {
	page := store.Page[store.EventRow]{Items: []store.EventRow{}}
	if err := s.check(); err != nil {
		return page, err
	}
	from := eventsFrom + c.sql()
	if err := s.pool.QueryRow(ctx, `SELECT COUNT(DISTINCT ev.ev_key) + COUNT(*) - COUNT(ev.ev_key)`+from, c.args...).Scan(&page.Total); err != nil {
		return page, wrap("events: count", err)
	}
	offset, limit := max(0, f.Offset), f.PageLimit()
	if offset >= page.Total {
		return page, nil
	}
	var fold store.EventFolder
	if err := s.foldEvents(ctx, &fold, from, c.args, offset+limit); err != nil {
		return page, err
	}
	win, keys := fold.Window(offset, limit)
	if len(win) == 0 {
		return page, nil
	}
	reports, err := s.eventReports(ctx, c, keys)
	if err != nil {
		return page, err
	}
	seqs, ords := make([]int64, len(win)), make([]int32, len(win))
	for i, id := range win {
		seqs[i], ords[i] = id/65536, int32(id%65536)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+eventColumns+`, `+eventID+eventsFrom+`
		WHERE (ev.article_seq, ev.ord) IN (SELECT * FROM unnest($1::bigint[], $2::int[]))`, seqs, ords)
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
func (s *Store) foldEvents(ctx context.Context, fold *store.EventFolder, from string, args []any, n int) error {
	for limit := 2*n + 16; ; limit *= 4 {
		*fold = store.EventFolder{}
		rows, err := s.pool.Query(ctx, `SELECT `+eventID+`, COALESCE(ev.ev_key, -`+eventID+`)`+from+`
		ORDER BY a.published_at DESC NULLS LAST, a.seq DESC, ev.ord LIMIT `+strconv.Itoa(limit), args...)
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
func (s *Store) eventReports(ctx context.Context, c conds, keys []int64) (map[int64]int, error) {
	out := make(map[int64]int, len(keys))
	c = conds{where: append([]string{}, c.where...), args: append([]any{}, c.args...)}
	c.add(`ev.ev_key = ANY(` + c.arg(keys) + `::bigint[])`)
	rows, err := s.pool.Query(ctx, `SELECT ev.ev_key, COUNT(*)`+eventsFrom+c.sql()+` GROUP BY ev.ev_key`, c.args...)
	if err != nil {
		return nil, wrap("events", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, n int64
		if err := rows.Scan(&k, &n); err != nil {
			return nil, wrap("events", err)
		}
		out[k] = int(n)
	}
	return out, wrap("events", rows.Err())
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
