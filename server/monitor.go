package server

import (
	"net/http"

	"github.com/marsad/marsad/server/monitor"
)

// monitorParams are the query parameters of GET /api/monitor.
var monitorParams = []string{"window"}

// monitor answers GET /api/monitor: the digest of the last 24 hours
// (window=24h, the default) or 7 days (window=7d) — top stories, rising
// actors and places, article and event volume — relative to the newest
// article when the store is historical (see package monitor).
func (s *Server) monitor(w http.ResponseWriter, r *http.Request) error {
	win, ok := monitor.WindowNamed(r.URL.Query().Get("window"))
	if !ok {
		return badRequest("window must be 24h or 7d, not %q", r.URL.Query().Get("window"))
	}
	d, err := s.digests.Digest(r.Context(), monitor.Options{Window: win})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, d)
}
