package server

import "net/http"

// health answers GET /healthz: the process is up. It does not touch the
// store, so a slow store does not make the process look dead.
func (s *Server) health(w http.ResponseWriter, r *http.Request) error {
	return writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
