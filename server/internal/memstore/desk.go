package memstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/store"
)

// SearchQuotes lists the quotes whose content matches the query.
func (s *Store) SearchQuotes(ctx context.Context, q store.QuoteQuery) (store.Page[store.QuoteRow], error) {
	node, err := store.ParseQuery(q.Text)
	if err != nil {
		return store.Page[store.QuoteRow]{}, fmt.Errorf("memstore: search quotes: %w", err)
	}
	f := q.Filter
	f.Limit, f.Offset = store.MaxLimit, 0
	all := store.Page[store.QuoteRow]{}
	pager := store.NewQuotePager(node, q.Filter)
	for {
		all, err = s.Quotes(ctx, f)
		if err != nil {
			return pager.Page(), err
		}
		for _, x := range all.Items {
			pager.Add(x)
		}
		f.Offset += len(all.Items)
		if len(all.Items) == 0 || f.Offset >= all.Total {
			return pager.Page(), nil
		}
	}
}

// Trends counts actors or places in the window and in its baseline.
func (s *Store) Trends(ctx context.Context, q store.TrendQuery) ([]store.Trend, error) {
	if err := q.Check(); err != nil {
		return nil, fmt.Errorf("memstore: trends: %w", err)
	}
	arts, err := s.snapshot(ctx, store.Filter{Since: q.Baseline(), Until: q.Until}, false)
	if err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	type key struct{ name, typ string }
	recent, base := map[key]map[string]bool{}, map[key]map[string]bool{}
	names := map[key]string{}
	add := func(k key, name string, a *store.Article) {
		if len(q.Types) > 0 && !slices.Contains(q.Types, k.typ) {
			return
		}
		m := base
		if !a.Published.Before(q.Since) {
			m = recent
		}
		if m[k] == nil {
			m[k] = map[string]bool{}
		}
		m[k][storyKey(a)] = true
		if _, ok := names[k]; !ok {
			names[k] = name
		}
	}
	for _, a := range arts {
		if a.Analysis == nil {
			continue
		}
		if q.Kind == store.TrendPlaces {
			for _, p := range a.Analysis.Places {
				add(key{arabic.Normalize(p.Name), p.Country}, p.Name, a)
			}
			continue
		}
		for _, e := range a.Analysis.Entities { // one actor per ident, shown by its label
			id, name, typ := s.actorLabel(e)
			add(key{id, typ}, name, a)
		}
	}
	minRecent, limit := q.Limits()
	out := []store.Trend{}
	for k, stories := range recent {
		if len(stories) >= minRecent {
			out = append(out, store.Trend{Name: names[k], Type: k.typ, Recent: len(stories), Baseline: len(base[k])})
		}
	}
	slices.SortFunc(out, func(a, b store.Trend) int {
		return cmp.Or(cmp.Compare(b.Recent, a.Recent), cmp.Compare(a.Baseline, b.Baseline), strings.Compare(a.Name, b.Name))
	})
	return out[:min(len(out), limit)], nil
}

// Volume counts articles and events per interval.
func (s *Store) Volume(ctx context.Context, q store.VolumeQuery) ([]store.Volume, error) {
	out, err := q.Buckets()
	if err != nil {
		return nil, fmt.Errorf("memstore: volume: %w", err)
	}
	arts, err := s.snapshot(ctx, store.Filter{Since: q.Since, Until: q.Until}, false)
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		i := int(a.Published.Sub(q.Since) / q.Bucket)
		if a.Published.IsZero() || i < 0 || i >= len(out) {
			continue
		}
		out[i].Articles++
		if a.Analysis != nil {
			out[i].Events += len(a.Analysis.Events)
		}
	}
	return out, nil
}
