package server

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/marsad/marsad/store"
)

// searchJSON is the answer of GET /api/search. Total and results are the
// contract `marsad search --json` shares.
type searchJSON struct {
	list[store.Hit]
	Facets *store.Facets `json:"facets,omitempty"` // absent with facets=false
}

// search answers GET /api/search: full-text query (store.ParseQuery
// language) with filters, facets and snippets.
func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	text, f, err := s.searchParams(r)
	if err != nil {
		return err
	}
	facets := true
	if r.URL.Query().Has("facets") {
		if facets, err = parseBool(r.URL.Query(), "facets"); err != nil {
			return err
		}
	}
	res, err := s.store.Search(r.Context(), store.SearchQuery{Text: text, Filter: f, Facets: facets})
	if err != nil {
		return err
	}
	for i := range res.Hits {
		res.Hits[i].URL = webURL(res.Hits[i].URL)
	}
	out := searchJSON{list: newList(res.Hits, res.Total, f), Facets: res.Facets}
	if !facets {
		out.Facets = nil
		return writeJSON(w, http.StatusOK, out)
	}
	if out.Facets == nil {
		out.Facets = &store.Facets{}
	}
	for _, l := range []*[]store.FacetCount{&out.Facets.Sources, &out.Facets.Entities, &out.Facets.EventTypes} {
		if *l == nil {
			*l = []store.FacetCount{}
		}
	}
	return writeJSON(w, http.StatusOK, out)
}

// searchParams reads the query text (q) and the filters of a search.
func (s *Server) searchParams(r *http.Request) (string, store.Filter, error) {
	f, err := s.filter(r, entityOrEvent)
	if err != nil {
		return "", f, err
	}
	text, err := queryText(r.URL.Query())
	return text, f, err
}

// queryText reads the q parameter, checked with store.ParseQuery.
func queryText(q url.Values) (string, error) {
	text := q.Get("q")
	if len(text) > store.MaxQueryBytes {
		return "", badRequest("q is longer than %d bytes", store.MaxQueryBytes)
	}
	if _, err := store.ParseQuery(text); err != nil {
		return "", badRequest("bad query q: %s", strings.TrimPrefix(err.Error(), store.ErrInvalid.Error()+": "))
	}
	return text, nil
}
