package ui

import (
	"net/http"

	"github.com/marsad/marsad/store"
)

// ingestView is the data of the ingest page.
type ingestView struct {
	Stats  store.Stats
	Run    *IngestReport
	Newest []store.Hit // the newest articles
}

// ingest serves /ingest: store counts, the last ingest run (when the
// process ran one) and the newest articles. (Per-story and per-source
// aggregates are left to the stories API: they cost more than the page
// budget on a large store.)
func (h *Handler) ingest(w http.ResponseWriter, r *http.Request) {
	st, err := h.st.Stats(r.Context())
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	v := ingestView{Stats: st}
	if h.opt.Ingest != nil {
		v.Run = h.opt.Ingest()
	}
	res, err := h.st.Search(r.Context(), store.SearchQuery{Filter: store.Filter{Limit: 10}, Snippets: -1})
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	v.Newest = res.Hits
	h.render(w, r, http.StatusOK, "ingest", "الاستيعاب", "ingest", v)
}
