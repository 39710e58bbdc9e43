package server

import (
	"cmp"
	"errors"
	"net/http"
	"slices"
	"strings"

	"github.com/marsad/marsad/store"
)

// Bounds of the actor page, which the store does not aggregate itself.
const (
	aliasArticles = 20             // newest articles read for aliases
	scanRows      = store.MaxLimit // articles (timeline) and events scanned
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
	// Partial is set when a part was built from a capped scan (more than
	// scanRows articles or events).
	Partial bool `json:"partial"`
}

type dayCount struct {
	Date     string `json:"date"`
	Articles int    `json:"articles"`
}

// actor answers GET /api/actors/{id}, where id is a canonical name or an
// actor ID. The store has no single call for this page: it is assembled
// from Actors, Quotes, Events, Search and Get.
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

	qf := store.Filter{Actor: id, Limit: limit}
	quotes, err := s.store.Quotes(ctx, qf)
	if err != nil {
		return err
	}
	out.Quotes = newList(mapSlice(quotes.Items, newQuoteJSON), quotes.Total, qf)

	evs, err := s.store.Events(ctx, store.Filter{Actor: id, Limit: scanRows})
	if err != nil {
		return err
	}
	var in, outs []eventJSON
	for _, e := range evs.Items {
		if e.ActedBy(a) {
			outs = append(outs, newEventJSON(e))
		} else {
			in = append(in, newEventJSON(e))
		}
	}
	out.EventsOut = newList(head(outs, limit), len(outs), qf)
	out.EventsIn = newList(head(in, limit), len(in), qf)

	hits, err := s.store.Search(ctx, store.SearchQuery{Filter: store.Filter{Actor: id, EntityType: typ, Limit: scanRows}, Snippets: -1})
	if err != nil {
		return err
	}
	out.Timeline = timeline(hits.Hits)
	out.Partial = evs.Total > len(evs.Items) || hits.Total > len(hits.Hits)
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
