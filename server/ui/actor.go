package ui

import (
	"cmp"
	"errors"
	"net/http"
	"slices"
	"strings"

	"github.com/marsad/marsad/server/internal/parallel"
	"github.com/marsad/marsad/store"
)

// actorArticles is the number of newest articles read for an actor's
// names, roles and co-occurring actors.
const actorArticles = 12

// named is a name with a count; ID, when set, is the actor it names.
type named struct {
	Name, ID, Type string
	Count          int
}

// actorView is the data of the actor page.
type actorView struct {
	A            store.Actor
	Names, Roles []named
	Cooccur      []named
	Quotes       []store.QuoteRow
	QuotesTotal  int
	EventsOut    []evRow
	EventsIn     []evRow
	// EventsOutTotal and EventsInTotal count its events as source and as
	// target (an event of several articles is one row, counted once per
	// article).
	EventsOutTotal, EventsInTotal int
	Articles                      []store.Hit
	ArticlesTotal                 int
	Read                          int // articles read for names, roles, co-occurrence
	SearchURL                     string
	EventsURL                     string
	QuotesURL                     string
	QuotesFeed                    string
}

// actor serves /actors/{id}: id is any form of the actor — its actor ID,
// a name, spelling or alias, or its code (store.ResolveActor). The page
// asks the store about the actor by its own ID, so its counts are those
// of its row in the actors list and of the actor= filters.
func (h *Handler) actor(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id := strings.TrimSpace(r.PathValue("id"))
	if id == "" || len(id) > maxParam {
		h.fail(w, r, http.StatusNotFound, "لا يوجد فاعل بهذا الاسم")
		return
	}
	found, err := h.st.Actors(ctx, store.Filter{Actor: id, Limit: 1})
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	if len(found.Items) == 0 {
		h.fail(w, r, http.StatusNotFound, "لا يوجد فاعل بهذا الاسم")
		return
	}
	a := found.Items[0]
	self := store.PublicActorID(a)
	v := actorView{A: a, SearchURL: link("/", "actor", self), EventsURL: link("/events", "actor", self),
		QuotesURL: link("/quotes", "speaker", self), QuotesFeed: link("/quotes.atom", "speaker", self)}

	var (
		quotes      store.Page[store.QuoteRow]
		evOut, evIn store.Page[store.EventRow]
		hits        *store.SearchResult
		role        = func(r string) store.Filter { return store.Filter{Actor: self, ActorRole: r, Limit: 100} }
	)
	err = parallel.Do(
		func() (err error) { quotes, err = h.st.Quotes(ctx, store.Filter{Actor: self, Limit: 50}); return err },
		func() (err error) { evOut, err = h.st.Events(ctx, role(store.RoleSource)); return err },
		func() (err error) { evIn, err = h.st.Events(ctx, role(store.RoleTarget)); return err },
		func() (err error) {
			hits, err = h.st.Search(ctx, store.SearchQuery{Filter: store.Filter{Actor: self, Limit: actorArticles}, Snippets: -1})
			return err
		},
	)
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	v.Quotes, v.QuotesTotal = quotes.Items, quotes.Total
	v.EventsOut, v.EventsOutTotal = eventRows(evOut.Items), evOut.Total
	v.EventsIn, v.EventsInTotal = eventRows(evIn.Items), evIn.Total
	v.Articles, v.ArticlesTotal = hits.Hits, hits.Total
	if err := h.readArticles(r, a, &v); err != nil {
		h.failErr(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, "actor", a.Name, "", v)
}

// readArticles reads the actor's newest articles for the names it goes
// by, its roles and the actors named beside it.
func (h *Handler) readArticles(r *http.Request, a store.Actor, v *actorView) error {
	names, roles, co := map[string]int{}, map[string]int{}, map[[2]string]int{}
	coName := map[[2]string]string{} // the name of a co-occurring actor, by its ID
	for _, hit := range v.Articles {
		art, err := h.st.Get(r.Context(), hit.ID)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if art.Analysis == nil {
			continue
		}
		v.Read++
		for _, e := range art.Analysis.Entities {
			if !a.Is(e) {
				k := [2]string{cmp.Or(e.ActorID, e.Canonical), e.Type}
				co[k]++
				if coName[k] == "" {
					coName[k] = e.Canonical
				}
				continue
			}
			for _, n := range e.Aliases {
				names[n]++
			}
			for _, m := range e.Mentions {
				names[m.Text]++
			}
			for _, ro := range e.Roles {
				roles[ro]++
			}
		}
	}
	delete(names, a.Name)
	v.Names = top(names, 30)
	v.Roles = top(roles, 20)
	for k, n := range co {
		v.Cooccur = append(v.Cooccur, named{Name: coName[k], ID: k[0], Type: k[1], Count: n})
	}
	slices.SortFunc(v.Cooccur, func(x, y named) int { return cmp.Or(y.Count-x.Count, strings.Compare(x.Name, y.Name)) })
	v.Cooccur = v.Cooccur[:min(len(v.Cooccur), 30)]
	return nil
}

// top returns the n most counted names, ties by name.
func top(m map[string]int, n int) []named {
	out := make([]named, 0, len(m))
	for k, c := range m {
		if strings.TrimSpace(k) != "" {
			out = append(out, named{Name: k, Count: c})
		}
	}
	slices.SortFunc(out, func(x, y named) int { return cmp.Or(y.Count-x.Count, strings.Compare(x.Name, y.Name)) })
	return out[:min(len(out), n)]
}
