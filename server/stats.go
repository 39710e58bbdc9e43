package server

import (
	"net/http"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/store"
)

// statsJSON is the answer of GET /api/stats: the store's counts and the
// version of the analysis they hold.
type statsJSON struct {
	store.Stats
	AnalysisVersion string `json:"analysis_version"`
}

// stats answers GET /api/stats: whole-store counts.
func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, statsJSON{Stats: st, AnalysisVersion: extract.SchemaVersion})
}
