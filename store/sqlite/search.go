package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/marsad/marsad/store"
)

// Title and body weights for BM25.
const titleWeight, bodyWeight = 3.0, 1.0

// match is one matching article before paging.
type match struct {
	seq    int64
	source string
	score  float64
}

// Search runs a query; see store.Store.
func (db *DB) Search(ctx context.Context, q store.SearchQuery) (*store.SearchResult, error) {
	if err := db.check(); err != nil {
		return nil, err
	}
	node, err := store.ParseQuery(q.Text)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	var c conds
	res := &store.SearchResult{}
	var page []match
	var all []match
	limit, offset := q.PageLimit(), max(0, q.Offset)
	if node != nil {
		c.add(`articles_fts MATCH ?`, matchExpr(node))
		articleConds(&c, q.Filter)
		rows, err := db.r.QueryContext(ctx, fmt.Sprintf(`SELECT a.seq, a.source, bm25(articles_fts, %g, %g)
			FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid`, titleWeight, bodyWeight)+c.sql(), c.args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		for rows.Next() {
			var m match
			if err := rows.Scan(&m.seq, &m.source, &m.score); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: search: %w", err)
			}
			m.score = -m.score // bm25() is lower-is-better
			all = append(all, m)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		sort.Slice(all, func(i, j int) bool {
			if all[i].score != all[j].score {
				return all[i].score > all[j].score
			}
			return all[i].seq > all[j].seq
		})
		res.Total = len(all)
		if offset < len(all) {
			page = all[offset:min(len(all), offset+limit)]
		}
	} else {
		articleConds(&c, q.Filter)
		if err := db.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles a`+c.sql(), c.args...).Scan(&res.Total); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		rows, err := db.r.QueryContext(ctx, `SELECT a.seq, a.source FROM articles a`+c.sql()+
			` ORDER BY a.published_at DESC, a.seq DESC LIMIT ? OFFSET ?`, append(c.args, limit, offset)...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		for rows.Next() {
			var m match
			if err := rows.Scan(&m.seq, &m.source); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: search: %w", err)
			}
			page = append(page, m)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
	}
	if res.Hits, err = db.hits(ctx, page, node, q.Snippets); err != nil {
		return nil, err
	}
	if q.Facets {
		var set string
		var args []any
		if node != nil {
			seqs := make([]int64, len(all))
			for i, m := range all {
				seqs[i] = m.seq
			}
			b, _ := json.Marshal(seqs)
			set, args = `SELECT value FROM json_each(?)`, []any{string(b)}
		} else {
			set, args = `SELECT a.seq FROM articles a`+c.sql(), c.args
		}
		if res.Facets, err = db.facets(ctx, set, args, all, node == nil); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// hits loads the page's articles and builds highlights and snippets.
func (db *DB) hits(ctx context.Context, page []match, node *store.QueryNode, nSnip int) ([]store.Hit, error) {
	if len(page) == 0 {
		return []store.Hit{}, nil
	}
	seqs := make([]int64, len(page))
	for i, m := range page {
		seqs[i] = m.seq
	}
	b, _ := json.Marshal(seqs)
	rows, err := db.r.QueryContext(ctx, `SELECT seq, id, title, url, source, published, story_id, duplicate_of, body
		FROM articles WHERE seq IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	defer rows.Close()
	type loaded struct {
		hit  store.Hit
		body string
	}
	got := map[int64]loaded{}
	for rows.Next() {
		var (
			seq int64
			l   loaded
			pub string
		)
		if err := rows.Scan(&seq, &l.hit.ID, &l.hit.Title, &l.hit.URL, &l.hit.Source, &pub,
			&l.hit.StoryID, &l.hit.DuplicateOf, &l.body); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		l.hit.Published = parseTime(pub)
		got[seq] = l
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	keys := node.PositiveKeys()
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
			h.TitleHighlights = store.Highlight(h.Title, keys)
		}
		h.Snippets = store.MakeSnippets(l.body, keys, nSnip)
		out = append(out, h)
	}
	return out, nil
}

// facetTop is the number of values per facet.
const facetTop = 10

// facets counts sources, entities and event types over the matching set
// (set is a SQL query yielding article seqs).
func (db *DB) facets(ctx context.Context, set string, args []any, all []match, browse bool) (*store.Facets, error) {
	f := &store.Facets{}
	if browse {
		var err error
		f.Sources, err = db.facetQuery(ctx, `SELECT source, '', COUNT(*) c FROM articles WHERE seq IN (`+set+
			`) GROUP BY source ORDER BY c DESC, source LIMIT ?`, args)
		if err != nil {
			return nil, err
		}
	} else {
		counts := map[string]int{}
		for _, m := range all {
			counts[m.source]++
		}
		for v, n := range counts {
			f.Sources = append(f.Sources, store.FacetCount{Value: v, Count: n})
		}
		f.Sources = sortFacets(f.Sources)
	}
	var err error
	if f.Entities, err = db.facetQuery(ctx, `SELECT canonical, type, COUNT(DISTINCT article_seq) c FROM entities
		WHERE article_seq IN (`+set+`) GROUP BY canonical_key, type ORDER BY c DESC, canonical LIMIT ?`, args); err != nil {
		return nil, err
	}
	if f.EventTypes, err = db.facetQuery(ctx, `SELECT type, '', COUNT(DISTINCT article_seq) c FROM events
		WHERE article_seq IN (`+set+`) GROUP BY type ORDER BY c DESC, type LIMIT ?`, args); err != nil {
		return nil, err
	}
	return f, nil
}

func sortFacets(fs []store.FacetCount) []store.FacetCount {
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Count != fs[j].Count {
			return fs[i].Count > fs[j].Count
		}
		return fs[i].Value < fs[j].Value
	})
	if len(fs) > facetTop {
		fs = fs[:facetTop]
	}
	return fs
}

func (db *DB) facetQuery(ctx context.Context, q string, args []any) ([]store.FacetCount, error) {
	rows, err := db.r.QueryContext(ctx, q, append(append([]any{}, args...), facetTop)...)
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
