package memstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/marsad/marsad/store"
)

// Search matches the query against each article's title and body terms.
func (s *Store) Search(ctx context.Context, q store.SearchQuery) (*store.SearchResult, error) {
	node, err := store.ParseQuery(q.Text)
	if err != nil {
		return nil, err
	}
	if q.Filter, err = s.resolve(ctx, q.Filter); err != nil {
		return nil, err
	}
	arts, err := s.snapshot(ctx, q.Filter, true)
	if err != nil {
		return nil, err
	}
	type scored struct {
		a     *store.Article
		score float64
	}
	var hits []scored
	for _, a := range arts {
		if node == nil {
			hits = append(hits, scored{a: a})
			continue
		}
		keys := map[string]int{}
		terms := store.Terms(a.Title + "\n\n" + a.Body)
		for _, t := range terms {
			keys[t.Key]++
		}
		if node.MatchTerms(terms) {
			score := 0.0
			for k := range node.PositiveKeys() {
				score += float64(keys[k])
			}
			hits = append(hits, scored{a, score})
		}
	}
	if node != nil && q.Sort != store.SortNewest {
		slices.SortStableFunc(hits, func(x, y scored) int { return cmp.Compare(y.score, x.score) })
	}
	res := &store.SearchResult{Total: len(hits), Hits: []store.Hit{}}
	if q.Facets {
		s.mu.RLock()
		res.Facets = facets(hits, func(h scored) *store.Article { return h.a }, s.actorLabel)
		s.mu.RUnlock()
	}
	pos := node.PositiveKeys()
	n := cmp.Or(q.Snippets, 1)
	lo := min(max(q.Offset, 0), len(hits))
	hi := min(lo+q.PageLimit(), len(hits))
	for _, h := range hits[lo:hi] {
		a := h.a
		hit := store.Hit{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Published: a.Published,
			StoryID: a.StoryID, DuplicateOf: a.DuplicateOf, Score: h.score}
		if node != nil {
			hit.TitleHighlights = store.Highlight(a.Title, pos)
		}
		if n > 0 {
			hit.Snippets = store.MakeSnippets(a.Body, pos, n)
		}
		res.Hits = append(res.Hits, hit)
	}
	return res, nil
}

// facets counts sources, actors (by actor: see actorLabel) and event
// types over hits.
func facets[T any](hits []T, art func(T) *store.Article, actor func(entityT) (ident, name, typ string)) *store.Facets {
	src, ent, ev := map[string]int{}, map[[2]string]int{}, map[string]int{}
	label := map[[2]string][2]string{}
	for _, h := range hits {
		a := art(h)
		src[a.Source]++
		if a.Analysis == nil {
			continue
		}
		seen := map[string]bool{}
		for _, e := range a.Analysis.Entities {
			id, name, typ := actor(e)
			k := [2]string{id, ""}
			if !seen["e\x00"+id] {
				seen["e\x00"+id] = true
				ent[k]++
				label[k] = [2]string{name, typ}
			}
		}
		for _, e := range a.Analysis.Events {
			if !seen["ev\x00"+e.Type] {
				seen["ev\x00"+e.Type] = true
				ev[e.Type]++
			}
		}
	}
	f := &store.Facets{Sources: []store.FacetCount{}, Entities: []store.FacetCount{}, EventTypes: []store.FacetCount{}}
	for v, c := range src {
		f.Sources = append(f.Sources, store.FacetCount{Value: v, Count: c})
	}
	for k, c := range ent {
		f.Entities = append(f.Entities, store.FacetCount{Value: label[k][0], Type: label[k][1], Count: c})
	}
	for v, c := range ev {
		f.EventTypes = append(f.EventTypes, store.FacetCount{Value: v, Count: c})
	}
	for _, l := range []*[]store.FacetCount{&f.Sources, &f.Entities, &f.EventTypes} {
		slices.SortFunc(*l, func(a, b store.FacetCount) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Value, b.Value))
		})
		if len(*l) > 10 {
			*l = (*l)[:10]
		}
	}
	return f
}
