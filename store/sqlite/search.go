package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/marsad/marsad/store"
)

// match is one matching article before paging.
type match struct {
	seq   int64
	score float64
}

// Search runs a query; see store.Store.
func (db *DB) Search(ctx context.Context, q store.SearchQuery) (*store.SearchResult, error) {
	if err := db.check(); err != nil {
		return nil, err
	}
	var err error
	if q.Filter, err = db.resolveActor(ctx, q.Filter); err != nil {
		return nil, err
	}
	node, err := store.ParseQuery(q.Text)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	res := &store.SearchResult{}
	limit, offset := q.PageLimit(), max(0, q.Offset)
	var (
		page []match
		all  []int64 // every match, for the facets
	)
	if node != nil && textOnly(q.Filter) && q.Sort != store.SortNewest {
		page, all, err = db.searchText(ctx, node, q.IncludeDuplicates, limit, offset, q.Facets, res)
	} else {
		page, all, err = db.searchJoin(ctx, node, q.Filter, q.Sort, limit, offset, q.Facets, res)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	if res.Hits, err = db.hits(ctx, page, node, q.Snippets); err != nil {
		return nil, err
	}
	if q.Facets {
		if res.Facets, err = db.facets(ctx, all); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// RankLimit is the number of matches above which a query's hits are
// ordered newest-stored first instead of by BM25. A word in a sixth of a
// 31,000-article corpus has little IDF left, so its BM25 order says little,
// while scoring every match costs milliseconds.
const RankLimit = 5000

// textOnly reports whether f filters nothing but duplicates.
func textOnly(f store.Filter) bool {
	f.IncludeDuplicates, f.Limit, f.Offset = false, 0, 0
	return f == store.Filter{}
}

// searchText answers a query without filters from the FTS table alone:
// duplicates are left out by the flag in their rowid (searchrow.go), and
// SQLite counts the matches itself, so that only the page crosses into
// Go: ranked by BM25 (see rankSQL; a bounded sort) when the matches are at
// most RankLimit, else newest stored first, where FTS5 stops once the page
// is full. With facets, the seqs of all matches are read instead of
// counting them: one pass gives the count and the facets' set.
func (db *DB) searchText(ctx context.Context, node *store.QueryNode, dups bool, limit, offset int, facets bool,
	res *store.SearchResult) ([]match, []int64, error) {
	expr := matchExpr(node)
	where := ` WHERE articles_fts MATCH ?`
	if !dups {
		where += ` AND ` + sqlFTSNotDup
	}
	var all []int64
	if facets {
		rows, err := db.query(ctx, `SELECT `+sqlFTSSeq+` FROM articles_fts`+where, expr)
		if err != nil {
			return nil, nil, err
		}
		defer rows.Close()
		for rows.Next() {
			var seq int64
			if err := rows.Scan(&seq); err != nil {
				return nil, nil, err
			}
			all = append(all, seq)
		}
		if err := rows.Err(); err != nil {
			return nil, nil, err
		}
		res.Total = len(all)
	} else if err := db.queryRow(ctx, `SELECT COUNT(*) FROM articles_fts`+where, expr).Scan(&res.Total); err != nil {
		return nil, nil, err
	}
	if offset >= res.Total {
		return nil, all, nil
	}
	q := `SELECT ` + sqlFTSSeq + `, 0 FROM articles_fts` + where + ` ORDER BY rowid DESC LIMIT ? OFFSET ?`
	if res.Total <= RankLimit { // else FTS5 walks rowids backwards without sorting
		avg, err := db.avgTerms(ctx)
		if err != nil {
			return nil, nil, err
		}
		q = `SELECT ` + sqlFTSSeq + `, ` + rankSQL(avg) + ` AS s FROM articles_fts` + where + ` ORDER BY s DESC, rowid DESC LIMIT ? OFFSET ?`
	}
	page, err := db.matches(ctx, q, expr, limit, offset)
	return page, all, err
}

// matches reads the page of (seq, score) rows of query q.
func (db *DB) matches(ctx context.Context, q string, args ...any) ([]match, error) {
	rows, err := db.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var page []match
	for rows.Next() {
		var (
			m match
			s sql.NullFloat64
		)
		if err := rows.Scan(&m.seq, &s); err != nil {
			return nil, err
		}
		m.score = s.Float64
		page = append(page, m)
	}
	return page, rows.Err()
}

// matchCount returns how many articles match expr, duplicates included:
// how common the query's words are, which decides whether to rank.
func (db *DB) matchCount(ctx context.Context, expr string) (int, error) {
	var n int
	err := db.queryRow(ctx, `SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?`, expr).Scan(&n)
	return n, err
}

// searchJoin answers a filtered query (or a browse without text, or hits
// newest first) with the FTS table joined to articles, in one pass over its
// matches: with facets, every match is read once (count, page and the
// facets); without, ranking and paging run inside SQLite.
func (db *DB) searchJoin(ctx context.Context, node *store.QueryNode, f store.Filter, sort store.Sort, limit, offset int,
	facets bool, res *store.SearchResult) ([]match, []int64, error) {
	var c conds
	from := `articles a`
	order := ` ORDER BY pub DESC, seq DESC` // over the columns of the inner select below
	score := `0`
	ranked := false
	var expr string
	if node != nil {
		expr = matchExpr(node)
		from = `articles_fts JOIN articles a ON a.seq = ` + sqlFTSSeq
		c.add(`articles_fts MATCH ?`, expr)
	}
	if node != nil && sort != store.SortNewest {
		// Whether to rank depends on how common the words are, not on how
		// many matches the filters keep: SQLite counts them, which costs
		// little beside the joined pass.
		n, err := db.matchCount(ctx, expr)
		if err != nil {
			return nil, nil, err
		}
		order = ` ORDER BY seq DESC`
		if n <= RankLimit {
			avg, err := db.avgTerms(ctx)
			if err != nil {
				return nil, nil, err
			}
			score = rankSQL(avg)
			order, ranked = ` ORDER BY s DESC, seq DESC`, true
		}
	}
	articleConds(&c, f)
	// The score is computed in an inner select: FTS5's bm25() cannot stand
	// beside a window function.
	inner := `SELECT a.seq AS seq, ` + score + ` AS s, a.published_at AS pub FROM ` + from + c.sql()
	if facets {
		return db.scanJoin(ctx, inner, c.args, node == nil || sort == store.SortNewest, ranked, limit, offset, res)
	}
	// One pass counts the matches (a window over all of them) and returns
	// the page.
	rows, err := db.query(ctx, `SELECT seq, s, COUNT(*) OVER () FROM (`+inner+`)`+order+` LIMIT ? OFFSET ?`,
		append(c.args, limit, offset)...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var page []match
	for rows.Next() {
		var (
			m match
			s sql.NullFloat64
		)
		if err := rows.Scan(&m.seq, &s, &res.Total); err != nil {
			return nil, nil, err
		}
		m.score = s.Float64
		page = append(page, m)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	if len(page) == 0 && offset > 0 { // past the end: no row carried the count
		if err := db.queryRow(ctx, `SELECT COUNT(*) FROM `+from+c.sql(), c.args...).Scan(&res.Total); err != nil {
			return nil, nil, err
		}
	}
	return page, nil, nil
}

// scanJoin reads every row of the query inner (seq, s, pub) once, and
// returns the page, in the order searchJoin's SQL would give (newest
// published first when browsing, by score when ranked, else newest stored
// first), with the seqs of every row for the facets.
func (db *DB) scanJoin(ctx context.Context, inner string, args []any, browse, ranked bool, limit, offset int,
	res *store.SearchResult) ([]match, []int64, error) {
	rows, err := db.query(ctx, inner, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	type row struct {
		match
		pub sql.NullInt64
	}
	var all []row
	for rows.Next() {
		var (
			r row
			s sql.NullFloat64
		)
		if err := rows.Scan(&r.seq, &s, &r.pub); err != nil {
			return nil, nil, err
		}
		r.score = s.Float64
		all = append(all, r)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	slices.SortFunc(all, func(a, b row) int {
		switch {
		case browse && a.pub != b.pub: // newest first, unknown last
			if a.pub.Valid && b.pub.Valid {
				return cmp.Compare(b.pub.Int64, a.pub.Int64)
			}
			if a.pub.Valid {
				return -1
			}
			return 1
		case ranked && a.score != b.score:
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(b.seq, a.seq)
	})
	res.Total = len(all)
	seqs := make([]int64, len(all))
	for i, r := range all {
		seqs[i] = r.seq
	}
	var page []match
	for _, r := range all[min(offset, len(all)):min(offset+limit, len(all))] {
		page = append(page, r.match)
	}
	return page, seqs, nil
}

// hits loads the page's articles and builds highlights and snippets, from
// the articles' TermMaps (see store.Highlighter).
func (db *DB) hits(ctx context.Context, page []match, node *store.QueryNode, nSnip int) ([]store.Hit, error) {
	if len(page) == 0 {
		return []store.Hit{}, nil
	}
	seqs := make([]int64, len(page))
	for i, m := range page {
		seqs[i] = m.seq
	}
	b, _ := json.Marshal(seqs)
	rows, err := db.query(ctx, `SELECT a.seq, a.id, a.title, a.url, a.source, a.published, a.story_id, a.duplicate_of, a.body,
		t.title, t.body FROM articles a LEFT JOIN article_terms t ON t.seq = a.seq
		WHERE a.seq IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	defer rows.Close()
	type loaded struct {
		hit               store.Hit
		body              string
		titleMap, bodyMap store.TermMap
	}
	got := map[int64]loaded{}
	for rows.Next() {
		var (
			seq int64
			l   loaded
			pub string
		)
		if err := rows.Scan(&seq, &l.hit.ID, &l.hit.Title, &l.hit.URL, &l.hit.Source, &pub,
			&l.hit.StoryID, &l.hit.DuplicateOf, &l.body, (*[]byte)(&l.titleMap), (*[]byte)(&l.bodyMap)); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		l.hit.Published = store.ParseTime(pub)
		got[seq] = l
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	keys := node.PositiveKeys()
	hl := store.NewHighlighter(keys)
	switch {
	case nSnip == 0:
		nSnip = 1
	case nSnip < 0:
		nSnip = 0
	}
	out := make([]store.Hit, 0, len(page))
	for _, m := range page {
		l, ok := got[m.seq]
		if !ok {
			continue
		}
		h := l.hit
		h.Score = m.score
		if len(keys) > 0 {
			h.TitleHighlights = hl.Highlight(h.Title, l.titleMap)
		}
		h.Snippets = hl.Snippets(l.body, l.bodyMap, nSnip)
		out = append(out, h)
	}
	return out, nil
}

// facetTop is the number of values per facet.
const facetTop = 10

// facets counts sources, entities and event types over the matching
// articles, given by seq.
func (db *DB) facets(ctx context.Context, seqs []int64) (*store.Facets, error) {
	b, _ := json.Marshal(seqs)
	set, args := `SELECT value FROM json_each(?)`, []any{string(b)}
	f := &store.Facets{}
	var err error
	if f.Sources, err = db.facetQuery(ctx, `SELECT source, '', COUNT(*) c FROM articles WHERE seq IN (`+set+
		`) GROUP BY source ORDER BY c DESC, source LIMIT ?`, args); err != nil {
		return nil, err
	}
	if f.Entities, err = db.facetQuery(ctx, store.ActorFacetSQL(set, "")+` LIMIT ?`, args); err != nil {
		return nil, err
	}
	if f.EventTypes, err = db.facetQuery(ctx, `SELECT type, '', COUNT(DISTINCT article_seq) c FROM events
		WHERE article_seq IN (`+set+`) GROUP BY type ORDER BY c DESC, type LIMIT ?`, args); err != nil {
		return nil, err
	}
	return f, nil
}

func (db *DB) facetQuery(ctx context.Context, q string, args []any) ([]store.FacetCount, error) {
	rows, err := db.query(ctx, q, append(append([]any{}, args...), facetTop)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: facets: %w", err)
	}
	defer rows.Close()
	out := []store.FacetCount{}
	for rows.Next() {
		var fc store.FacetCount
		if err := rows.Scan(&fc.Value, &fc.Type, &fc.Count); err != nil {
			return nil, fmt.Errorf("sqlite: facets: %w", err)
		}
		out = append(out, fc)
	}
	return out, wrap("facets", rows.Err())
}
