package server

import (
	"cmp"
	"errors"
	"net/http"
	"slices"
	"strings"

	"github.com/marsad/marsad/server/internal/parallel"
	"github.com/marsad/marsad/store"
)

// Bounds of the actor page, which the store does not aggregate itself.
const (
	aliasArticles = 20             // newest articles read for aliases
	scanRows      = store.MaxLimit // articles read for the timeline
)

// actorDetail is the answer of GET /api/actors/{id}.
type actorDetail struct {
	actorJSON
	// Aliases are the other names it goes by in its newest articles.
	Aliases []string        `json:"aliases"`
	Quotes  list[quoteJSON] `json:"quotes"`
	// EventsOut are events it did; EventsIn events done to it.
	EventsOut list[eventJSON] `json:"events_out"`
	EventsIn  list[eventJSON] `json:"events_in"`
	// Timeline counts its articles per day, oldest first.
	Timeline []dayCount `json:"timeline"`
	// Partial is set when the timeline was built from a capped scan
	// (more than scanRows articles).
	Partial bool `json:"partial"`
}

type dayCount struct {
	Date     string `json:"date"`
	Articles int    `json:"articles"`
}

// actor answers GET /api/actors/{id}, where id is any form of the actor:
// its actor ID, a name, spelling or alias, or its code (the store
// resolves it: store.ResolveActor). Every part of the page is asked of
// the store by the actor's own ID, so its counts are those of its row in
// /api/actors and of the actor= filters, whatever form was asked. The
// store has no single call for this page: it is assembled from Actors,
// Quotes, Events, Search and Get.
func (s *Server) actor(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	q := r.URL.Query()
	id := strings.TrimSpace(r.PathValue("id"))
	if id == "" || len(id) > maxParamBytes {
		return badRequest("bad actor id")
	}
	limit, err := s.limit(q)
	if err != nil {
		return err
	}
	typ := strings.ToUpper(q.Get("type"))
	if typ != "" && !slices.Contains(entityTypes, typ) {
		return badRequest("unknown type %q (accepted: %s)", q.Get("type"), strings.Join(entityTypes, ", "))
	}
	found, err := s.store.Actors(ctx, store.Filter{Actor: id, EntityType: typ, Limit: 1})
	if err != nil {
		return err
	}
	if len(found.Items) == 0 {
		return errorf(http.StatusNotFound, "no actor %q", id)
	}
	a := found.Items[0]
	out := actorDetail{actorJSON: newActorJSON(a)}
	self := store.PublicActorID(a)

	var (
		quotes    store.Page[store.QuoteRow]
		evOut     store.Page[store.EventRow]
		evIn      store.Page[store.EventRow]
		hits      *store.SearchResult
		qf        = store.Filter{Actor: self, Limit: limit}
		role      = func(r string) store.Filter { f := qf; f.ActorRole = r; return f }
		articlesF = store.Filter{Actor: self, Limit: scanRows}
	)
	err = parallel.Do(
		func() (err error) { quotes, err = s.store.Quotes(ctx, qf); return err },
		func() (err error) { evOut, err = s.store.Events(ctx, role(store.RoleSource)); return err },
		func() (err error) { evIn, err = s.store.Events(ctx, role(store.RoleTarget)); return err },
		func() (err error) {
			hits, err = s.store.Search(ctx, store.SearchQuery{Filter: articlesF, Snippets: -1})
			return err
		},
	)
	if err != nil {
		return err
	}
	out.Quotes = newList(mapSlice(quotes.Items, newQuoteJSON), quotes.Total, qf)
	out.EventsOut = newList(mapSlice(evOut.Items, newEventJSON), evOut.Total, qf)
	out.EventsIn = newList(mapSlice(evIn.Items, newEventJSON), evIn.Total, qf)
	out.Timeline = timeline(hits.Hits)
	out.Partial = hits.Total > len(hits.Hits)
	if out.Aliases, err = s.aliases(r, a, hits.Hits); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, out)
}

func head[T any](s []T, n int) []T { return s[:min(n, len(s))] }

// timeline counts hits per publication day (UTC), oldest first; hits
// without a date are left out.
func timeline(hits []store.Hit) []dayCount {
	days := map[string]int{}
	for _, h := range hits {
		if !h.Published.IsZero() {
			days[h.Published.UTC().Format("2006-01-02")]++
		}
	}
	out := make([]dayCount, 0, len(days))
	for d, n := range days {
		out = append(out, dayCount{d, n})
	}
	slices.SortFunc(out, func(x, y dayCount) int { return strings.Compare(x.Date, y.Date) })
	return out
}

// aliases collects the names a goes by (entity aliases and mention forms)
// in the newest of its articles, most frequent first.
func (s *Server) aliases(r *http.Request, a store.Actor, hits []store.Hit) ([]string, error) {
	count := map[string]int{}
	for _, h := range head(hits, aliasArticles) {
		art, err := s.store.Get(r.Context(), h.ID)
		if errors.Is(err, store.ErrNotFound) {
			continue // removed meanwhile
		}
		if err != nil {
			return nil, err
		}
		if art.Analysis == nil {
			continue
		}
		for _, e := range art.Analysis.Entities {
			same := a.Is(e)
			if !same {
				continue
			}
			for _, n := range e.Aliases {
				count[n]++
			}
			for _, m := range e.Mentions {
				count[m.Text]++
			}
		}
	}
	delete(count, a.Name)
	out := make([]string, 0, len(count))
	for n := range count {
		if strings.TrimSpace(n) != "" {
			out = append(out, n)
		}
	}
	slices.SortFunc(out, func(x, y string) int { return cmp.Or(count[y]-count[x], strings.Compare(x, y)) })
	return head(out, 50), nil
}
