package server

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/store"
)

// articleJSON is the answer of GET /api/articles/{id}: the stored record
// and its analysis, without the raw input (see rawURL).
type articleJSON struct {
	ID          string            `json:"id"`
	URL         string            `json:"url,omitempty"`
	Source      string            `json:"source,omitempty"`
	Title       string            `json:"title"`
	Published   time.Time         `json:"published,omitzero"`
	StoryID     string            `json:"story_id,omitempty"`
	DuplicateOf string            `json:"duplicate_of,omitempty"`
	RawFormat   string            `json:"raw_format,omitempty"`
	RawURL      string            `json:"raw_url"`
	ContentHash string            `json:"content_hash"`
	TextHash    string            `json:"text_hash,omitempty"`
	Added       time.Time         `json:"added,omitzero"`
	Analysis    *extract.Analysis `json:"analysis,omitempty"`
}

// article answers GET /api/articles/{id}.
func (s *Server) article(w http.ResponseWriter, r *http.Request) error {
	a, err := s.get(r)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, articleJSON{
		ID: a.ID, URL: webURL(a.URL), Source: a.Source, Title: a.Title, Published: a.Published,
		StoryID: a.StoryID, DuplicateOf: a.DuplicateOf, RawFormat: a.RawFormat,
		RawURL:      "/api/articles/" + url.PathEscape(a.ID) + "/raw",
		ContentHash: a.ContentHash, TextHash: a.TextHash, Added: a.Added, Analysis: complete(a.Analysis),
	})
}

// raw answers GET /api/articles/{id}/raw with the input exactly as
// received. Whatever it holds (HTML included), it goes out as inert text:
// text/plain, nosniff, a sandboxing CSP.
func (s *Server) raw(w http.ResponseWriter, r *http.Request) error {
	a, err := s.get(r)
	if err != nil {
		return err
	}
	if len(a.Raw) == 0 {
		return errorf(http.StatusNotFound, "article %q has no raw input stored", a.ID)
	}
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	h.Set("Content-Disposition", "inline; filename=\"raw.txt\"")
	h.Set("Content-Length", strconv.Itoa(len(a.Raw)))
	if a.RawFormat != "" {
		h.Set("X-Marsad-Raw-Format", a.RawFormat)
	}
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(a.Raw)
	}
	return nil
}

// get loads the article named by the {id} path segment.
func (s *Server) get(r *http.Request) (*store.Article, error) {
	id := r.PathValue("id")
	if id == "" || len(id) > maxParamBytes {
		return nil, badRequest("bad article id")
	}
	a, err := s.store.Get(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errorf(http.StatusNotFound, "no article %q", id)
	}
	if err != nil {
		return nil, err
	}
	return a, nil
}
