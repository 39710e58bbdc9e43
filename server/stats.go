package server

import (
	"net/http"

	"github.com/marsad/marsad/extract"
)

// statsJSON is the answer of GET /api/stats.
type statsJSON struct {
	Articles        int    `json:"articles"`
	Duplicates      int    `json:"duplicates"`
	Stories         int    `json:"stories"`
	Sources         int    `json:"sources"`
	Entities        int    `json:"entities"`
	Mentions        int    `json:"mentions"`
	Quotes          int    `json:"quotes"`
	Events          int    `json:"events"`
	Places          int    `json:"places"`
	Times           int    `json:"times"`
	StoreSchema     int    `json:"store_schema"`
	Bytes           int64  `json:"bytes"`
	AnalysisVersion string `json:"analysis_version"`
}

// stats answers GET /api/stats: whole-store counts.
func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, statsJSON{
		Articles: st.Articles, Duplicates: st.Duplicates, Stories: st.Stories, Sources: st.Sources,
		Entities: st.Entities, Mentions: st.Mentions, Quotes: st.Quotes, Events: st.Events,
		Places: st.Places, Times: st.Times, StoreSchema: st.SchemaVersion, Bytes: st.Bytes,
		AnalysisVersion: extract.SchemaVersion,
	})
}
