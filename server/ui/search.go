package ui

import (
	"errors"
	"net/http"

	"github.com/marsad/marsad/store"
)

// piece is a run of text, marked when it matched the query.
type piece struct {
	Text string
	Hit  bool
}

// pieces cuts text into runs at the highlight spans (offsets relative to
// base); spans out of order or out of range are skipped.
func pieces(text string, base int, spans []store.Span) []piece {
	var out []piece
	at := 0
	for _, s := range spans {
		lo, hi := s.Start-base, s.End-base
		if lo < at || hi > len(text) || lo >= hi {
			continue
		}
		if lo > at {
			out = append(out, piece{Text: text[at:lo]})
		}
		out = append(out, piece{Text: text[lo:hi], Hit: true})
		at = hi
	}
	if at < len(text) {
		out = append(out, piece{Text: text[at:]})
	}
	return out
}

// hitView is one search result.
type hitView struct {
	store.Hit
	TitleParts []piece
	Snippets   [][]piece
}

// facetLink is one facet value with the link that filters by it.
type facetLink struct {
	store.FacetCount
	URL    string
	Active bool
}

// searchView is the data of the search page.
type searchView struct {
	F                          filters
	Error                      string
	Total                      int
	Hits                       []hitView
	Sources, Entities, EvTypes []facetLink
	Pager                      pager
	Clear                      string
	EventTypes                 []string
	Feed                       string // the Atom feed of this search
}

// search serves / : with a query or a filter, the query box, filters,
// facets and results; without, the desk (home).
func (h *Handler) search(w http.ResponseWriter, r *http.Request) {
	f := readFilters(r.URL.Query())
	if !f.searching() {
		h.home(w, r)
		return
	}
	v := searchView{F: f, EventTypes: eventTypes, Clear: "/", Feed: feedURL(f)}
	if _, err := store.ParseQuery(f.Q); err != nil {
		v.Error = "استعلام غير صالح: " + err.Error()
		h.render(w, r, http.StatusBadRequest, "search", "بحث", "search", v)
		return
	}
	// Facets over the whole store cost more than the page budget: the
	// newest articles (no query, no filter) are listed without.
	facets := f.Q != "" || f.Actor != "" || f.Type != "" || f.Source != "" || f.Place != "" || f.Story != "" || f.From != "" || f.To != ""
	sq := store.SearchQuery{Text: f.Q, Filter: f.store(pageSize), Facets: facets, Snippets: 2}
	if f.Sort == "newest" {
		sq.Sort = store.SortNewest
	}
	res, err := h.st.Search(r.Context(), sq)
	if errors.Is(err, store.ErrInvalid) {
		v.Error = err.Error()
		h.render(w, r, http.StatusBadRequest, "search", "بحث", "search", v)
		return
	}
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	v.Total = res.Total
	for _, hit := range res.Hits {
		hv := hitView{Hit: hit, TitleParts: pieces(hit.Title, 0, hit.TitleHighlights)}
		for _, s := range hit.Snippets {
			hv.Snippets = append(hv.Snippets, pieces(s.Text, s.Start, s.Highlights))
		}
		v.Hits = append(v.Hits, hv)
	}
	if fc := res.Facets; fc != nil {
		v.Sources = facetLinks(f, "source", f.Source, fc.Sources)
		v.Entities = facetLinks(f, "actor", f.Actor, fc.Entities)
		v.EvTypes = facetLinks(f, "type", f.Type, fc.EventTypes)
	}
	v.Pager = newPager(f, "/", res.Total, pageSize)
	title := "بحث"
	if f.Q != "" {
		title = f.Q + " — بحث"
	}
	h.render(w, r, http.StatusOK, "search", title, "search", v)
}

// facetLinks links each facet value to the search filtered by it (or, for
// the active value, to the search without it).
func facetLinks(f filters, key, active string, counts []store.FacetCount) []facetLink {
	out := make([]facetLink, 0, len(counts))
	for _, c := range counts {
		l := facetLink{FacetCount: c, Active: c.Value == active}
		if l.Active {
			l.URL = f.url("/", key, "")
		} else {
			l.URL = f.url("/", key, c.Value)
		}
		out = append(out, l)
	}
	return out
}

// eventTypes are the PLOVER event types, for the filter menus.
var eventTypes = []string{"AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "DEMAND",
	"DISAPPROVE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"}

// feedURL is the Atom feed of the search f (the server's /feed.atom).
func feedURL(f filters) string {
	return link("/feed.atom", "q", f.Q, "actor", f.Actor, "type", f.Type, "source", f.Source, "place", f.Place,
		"story", f.Story, "from", f.From, "to", f.To, "min_confidence", f.MinConf)
}

// FeedURL is the page's Atom feed, for the layout's link element.
func (v searchView) FeedURL() string { return v.Feed }
