package memstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/geo"
	"github.com/marsad/marsad/store"
)

type (
	entityT = entity.Entity
	eventT  = event.Event
	placeT  = geo.Place
)

type agg struct {
	stories, articles map[string]bool
	mentions          int
}

func (g *agg) add(a *store.Article, mentions int) {
	if g.stories == nil {
		g.stories, g.articles = map[string]bool{}, map[string]bool{}
	}
	g.stories[storyKey(a)] = true
	g.articles[a.ID] = true
	g.mentions += mentions
}

// Quotes lists quotes, newest article first.
func (s *Store) Quotes(ctx context.Context, f store.Filter) (store.Page[store.QuoteRow], error) {
	f, err := s.resolve(ctx, f)
	if err != nil {
		return store.Page[store.QuoteRow]{}, err
	}
	arts, err := s.snapshot(ctx, f, false)
	if err != nil {
		return store.Page[store.QuoteRow]{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []store.QuoteRow
	for _, a := range arts {
		for _, q := range a.Analysis.Quotes {
			if f.Actor != "" && !s.quoteIs(a, q, f.Actor) || q.Confidence < f.MinConfidence {
				continue
			}
			out = append(out, store.QuoteRow{ArticleID: a.ID, StoryID: a.StoryID, Source: a.Source, Published: a.Published,
				Speaker: q.Speaker, Kind: q.Kind, Cue: q.Cue, Content: q.Content, ContentStart: q.ContentStart, ContentEnd: q.ContentEnd,
				Confidence: q.Confidence})
		}
	}
	return page(out, f), nil
}

// Events lists events, newest article first.
func (s *Store) Events(ctx context.Context, f store.Filter) (store.Page[store.EventRow], error) {
	f, err := s.resolve(ctx, f)
	if err != nil {
		return store.Page[store.EventRow]{}, err
	}
	arts, err := s.snapshot(ctx, f, false)
	if err != nil {
		return store.Page[store.EventRow]{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []store.EventRow
	for _, a := range arts {
		for _, e := range a.Analysis.Events {
			if f.Actor != "" && !s.eventIs(a, e, f.Actor, f.ActorRole) {
				continue
			}
			if f.EventType != "" && e.Type != f.EventType || e.Confidence < f.MinConfidence {
				continue
			}
			out = append(out, store.EventRow{ArticleID: a.ID, StoryID: a.StoryID, Source: a.Source, Published: a.Published,
				Type: e.Type, CAMEO: e.CAMEO, Actor1: e.Source, Actor1Code: e.SourceCode, Actor2: e.Target, Actor2Code: e.TargetCode,
				Place: e.Place, Date: e.Date, Modality: e.Modality, Evidence: e.Evidence,
				EvidenceStart: e.EvidenceAt.Start, EvidenceEnd: e.EvidenceAt.End, Confidence: e.Confidence})
		}
	}
	if f.DistinctEvents {
		out = distinctEvents(out)
	}
	return page(out, f), nil
}

// distinctEvents keeps the first row of each (type, source, target,
// evidence), counting its rows in Reports.
func distinctEvents(evs []store.EventRow) []store.EventRow {
	type key struct{ typ, src, tgt, ev string }
	at := map[key]int{}
	var out []store.EventRow
	for _, e := range evs {
		k := key{e.Type, arabic.Normalize(e.Actor1), arabic.Normalize(e.Actor2), e.Evidence}
		if i, ok := at[k]; ok {
			out[i].Reports++
			continue
		}
		at[k] = len(out)
		e.Reports = 1
		out = append(out, e)
	}
	return out
}

// Places aggregates places by name and country.
func (s *Store) Places(ctx context.Context, f store.Filter) (store.Page[store.PlaceRow], error) {
	f, err := s.resolve(ctx, f)
	if err != nil {
		return store.Page[store.PlaceRow]{}, err
	}
	arts, err := s.snapshot(ctx, f, true)
	if err != nil {
		return store.Page[store.PlaceRow]{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	type key struct{ name, country string }
	rows := map[key]*store.PlaceRow{}
	aggs := map[key]*agg{}
	for _, a := range arts {
		for _, p := range a.Analysis.Places {
			if f.Place != "" && !same(p.Name, f.Place) && p.Country != f.Place {
				continue
			}
			k := key{p.Name, p.Country}
			if rows[k] == nil {
				rows[k] = &store.PlaceRow{Name: p.Name, Country: p.Country, Kind: p.Kind, Lat: p.Lat, Lon: p.Lon}
				aggs[k] = &agg{}
			}
			aggs[k].add(a, max(1, len(p.Mentions)))
			for _, e := range a.Analysis.Events {
				if same(e.Place, p.Name) && (f.EventType == "" || e.Type == f.EventType) &&
					(f.Actor == "" || s.eventIs(a, e, f.Actor, f.ActorRole)) {
					rows[k].Events++
				}
			}
		}
	}
	out := make([]store.PlaceRow, 0, len(rows))
	for k, r := range rows {
		g := aggs[k]
		r.Stories, r.Articles, r.Mentions = len(g.stories), len(g.articles), g.mentions
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b store.PlaceRow) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), strings.Compare(a.Name, b.Name))
	})
	return page(out, f), nil
}

// Stories lists stories, largest first.
func (s *Store) Stories(ctx context.Context, f store.Filter) (store.Page[store.Story], error) {
	f, err := s.resolve(ctx, f)
	if err != nil {
		return store.Page[store.Story]{}, err
	}
	g := f
	g.IncludeDuplicates = true
	arts, err := s.snapshot(ctx, g, true)
	if err != nil {
		return store.Page[store.Story]{}, err
	}
	rows := map[string]*store.Story{}
	sources := map[string]map[string]bool{}
	for i := len(arts) - 1; i >= 0; i-- { // oldest first
		a := arts[i]
		if a.StoryID == "" {
			continue
		}
		st := rows[a.StoryID]
		if st == nil {
			st = &store.Story{ID: a.StoryID, Title: a.Title, First: a.Published}
			rows[a.StoryID] = st
			sources[a.StoryID] = map[string]bool{}
		}
		st.Last = a.Published
		st.Articles++
		sources[a.StoryID][a.Source] = true
		if a.DuplicateOf == "" && a.Analysis != nil {
			for _, e := range a.Analysis.Entities {
				st.Mentions += len(e.Mentions)
			}
			st.Events += len(a.Analysis.Events)
			st.Quotes += len(a.Analysis.Quotes)
		}
	}
	out := make([]store.Story, 0, len(rows))
	for id, st := range rows {
		st.Sources = len(sources[id])
		out = append(out, *st)
	}
	slices.SortFunc(out, func(a, b store.Story) int {
		return cmp.Or(cmp.Compare(b.Articles, a.Articles), strings.Compare(a.ID, b.ID))
	})
	return page(out, f), nil
}
