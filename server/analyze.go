package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
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

// retryAfter is the Retry-After, in seconds, of a refused analysis.
const retryAfter = "5"

// analyze answers POST /api/analyze: it analyses the body (a raw document,
// or an analyzeRequest) and returns the Analysis. Nothing is stored.
//
// Admission: a request is admitted when fewer than MaxAnalyses+AnalyzeQueue
// are in (else 503 with Retry-After, before its body is read), then waits
// for one of MaxAnalyses slots within its time budget (else 503 with
// Retry-After). The analysis gets the request's context; when the budget
// runs out first, the answer is a 503 that says so, sent at the deadline,
// and the slot stays taken until the analysis has stopped, so the memory
// held never exceeds the admitted requests' share.
func (s *Server) analyze(w http.ResponseWriter, r *http.Request) error {
	if s.az == nil {
		return errorf(http.StatusServiceUnavailable, "analysis is not enabled on this server")
	}
	if r.ContentLength > s.cfg.MaxBodyBytes {
		return &http.MaxBytesError{Limit: s.cfg.MaxBodyBytes}
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
	release, err := s.admit(w)
	if err != nil {
		return err
	}
	handedOff := false
	defer func() {
		if !handedOff {
			release()
		}
	}()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		return s.bodyError(r, err)
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
	ctx := r.Context()
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		w.Header().Set("Retry-After", retryAfter)
		return errorf(http.StatusServiceUnavailable, "too many analyses running; try again later")
	}
	handedOff = true
	an, err := s.runAnalysis(ctx, in, release)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return errorf(http.StatusServiceUnavailable, "the analysis did not finish within the %s budget of a request (a document of %d bytes); send a shorter one", s.cfg.AnalyzeTimeout, len(in.Data))
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

// admit takes one of the MaxAnalyses+AnalyzeQueue tickets, or refuses the
// request with 503 and Retry-After. release gives the ticket back; it may
// be called more than once.
func (s *Server) admit(w http.ResponseWriter) (release func(), err error) {
	select {
	case s.tickets <- struct{}{}:
		return sync.OnceFunc(func() { <-s.tickets }), nil
	default:
		w.Header().Set("Retry-After", retryAfter)
		return nil, errorf(http.StatusServiceUnavailable, "too many analyses running or waiting (%d); try again later", cap(s.tickets))
	}
}

// runAnalysis analyses in on a goroutine of its own, holding the slot it
// was given, and returns when the analysis ends or ctx is done, whichever
// comes first. The slot and the ticket (release) are given back only when
// the analysis has ended, so an analysis that overruns its deadline still
// counts against the bounds.
func (s *Server) runAnalysis(ctx context.Context, in marsad.Input, release func()) (*marsad.Analysis, error) {
	type result struct {
		an  *marsad.Analysis
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				done <- result{err: fmt.Errorf("server: analysis panicked: %v", v)}
			}
			<-s.slots
			release()
		}()
		an, err := s.az.Analyze(ctx, in)
		done <- result{an, err}
	}()
	select {
	case res := <-done:
		return res.an, res.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// bodyError turns a failed read of the request body into a client error:
// 413 past the size limit, 408 when the body stalled past the server's
// read timeout, 400 when the client hung up midway. None is the server's
// fault, so none is a 500; each is logged as a client error.
func (s *Server) bodyError(r *http.Request, err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return err
	}
	s.cfg.Logger.InfoContext(r.Context(), "server: client error: request body not read",
		slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.String("remote", r.RemoteAddr), slog.Any("err", err))
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, os.ErrDeadlineExceeded) {
		return errorf(http.StatusRequestTimeout, "request body not received in time")
	}
	return badRequest("request body could not be read (the client stopped sending it?)")
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
