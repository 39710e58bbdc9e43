package server

import (
	_ "embed"
	"net/http"
)

// OpenAPI is the OpenAPI 3.0 description of every route, served at
// /api/openapi.json. Its Analysis schema refers to
// schema/analysis.schema.json by that file's $id.
//
//go:embed openapi.json
var OpenAPI []byte

// openapi answers GET /api/openapi.json.
func (s *Server) openapi(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=300")
	_, _ = w.Write(OpenAPI)
	return nil
}
