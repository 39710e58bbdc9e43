package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
)

// analyzeRequest is the JSON form of a POST /api/analyze body. A JSON body
// with other fields is taken as a raw JSON record instead.
type analyzeRequest struct {
	Text  string `json:"text"`
	HTML  string `json:"html"`
	Date  string `json:"date"` // reference date for relative times
	URL   string `json:"url"`
	Title string `json:"title"`
}

// analyze answers POST /api/analyze: it analyses the body (a raw document,
// or an analyzeRequest) and returns the Analysis. Nothing is stored.
func (s *Server) analyze(w http.ResponseWriter, r *http.Request) error {
	if s.az == nil {
		return errorf(http.StatusServiceUnavailable, "analysis is not enabled on this server")
	}
	q := r.URL.Query()
	in := marsad.Input{URL: q.Get("url"), ContentType: r.Header.Get("Content-Type"), Name: "request"}
	var err error
	if in.ReferenceDate, err = parseDate(q, "date", false); err != nil {
		return err
	}
	switch f := q.Get("format"); f {
	case "", "text", "html", "json":
		in.Format = document.Format(f)
	default:
		return badRequest("format must be text, html or json, not %q", f)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		return err // *http.MaxBytesError: 413
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest("empty body: send a document, or JSON {\"text\": ...} or {\"html\": ...}")
	}
	in.Data = body
	if req, ok, err := jsonRequest(in.ContentType, body); err != nil {
		return err
	} else if ok {
		if err := req.apply(&in); err != nil {
			return err
		}
	}
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-r.Context().Done():
		return errorf(http.StatusServiceUnavailable, "too many analyses running; try again later")
	}
	an, err := s.az.Analyze(r.Context(), in)
	switch {
	case errors.Is(err, document.ErrEmpty), errors.Is(err, document.ErrNoBody),
		errors.Is(err, document.ErrBinary), errors.Is(err, document.ErrManyRecords):
		return errorf(http.StatusUnprocessableEntity, "cannot analyse this document: %s", strings.TrimPrefix(err.Error(), "document: "))
	case errors.Is(err, document.ErrTooLarge):
		return errorf(http.StatusRequestEntityTooLarge, "document too large")
	case err != nil:
		return err
	}
	return writeJSON(w, http.StatusOK, complete(an))
}

// jsonRequest decodes body as an analyzeRequest when it is JSON that has
// text or html and no other field than those of analyzeRequest.
func jsonRequest(contentType string, body []byte) (analyzeRequest, bool, error) {
	var req analyzeRequest
	mt, _, _ := mime.ParseMediaType(contentType)
	if mt != "application/json" {
		return req, false, nil
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(body, &probe); err != nil {
		return req, false, badRequest("body is not valid JSON: %v", err)
	}
	_, hasText := probe["text"]
	_, hasHTML := probe["html"]
	if !hasText && !hasHTML {
		return req, false, nil
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return req, false, nil // a JSON record with more fields: analyse it as such
	}
	if (req.Text == "") == (req.HTML == "") {
		return req, false, badRequest("give exactly one of text and html")
	}
	return req, true, nil
}

// apply turns the request into the analyzer input.
func (req analyzeRequest) apply(in *marsad.Input) error {
	in.ContentType = ""
	if req.URL != "" {
		in.URL = req.URL
	}
	if req.Date != "" {
		t, err := time.Parse(time.DateOnly, req.Date)
		if err != nil {
			if t, err = time.Parse(time.RFC3339, req.Date); err != nil {
				return badRequest("date must be YYYY-MM-DD or an RFC 3339 time, not %q", req.Date)
			}
		}
		in.ReferenceDate = t
	}
	if req.HTML != "" {
		in.Data, in.Format = []byte(req.HTML), document.FormatHTML
		return nil
	}
	in.Data, in.Format = []byte(req.Text), document.FormatText
	if req.Title != "" {
		in.Data = []byte(req.Title + "\n\n" + req.Text)
	}
	return nil
}
