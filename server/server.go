package server

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/server/monitor"
	"github.com/marsad/marsad/store"
)

// Analyzer analyses one raw document; *marsad.Analyzer satisfies it.
type Analyzer interface {
	Analyze(ctx context.Context, in marsad.Input) (*marsad.Analysis, error)
}

// Server is the HTTP API. It is an http.Handler, safe for concurrent use.
type Server struct {
	cfg     Config
	store   store.Store
	az      Analyzer
	slots   chan struct{} // one per analysis allowed to run
	tickets chan struct{} // one per analysis request admitted (running or waiting)
	digests *monitor.Cache
	routes  []route
	mux     *http.ServeMux
	handler http.Handler
}

// handlerFunc serves one request; an error it returns is written as a JSON
// error answer (see fail).
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// route is one endpoint: the mux pattern, the query parameters it accepts
// and what it needs.
type route struct {
	method  string
	path    string
	params  []string // accepted query parameters; any other is a 400
	write   bool     // needs the bearer token when Config.Token is set
	timeout time.Duration
	handle  handlerFunc
}

// Query parameters shared by the listings. min_confidence applies to
// quotes and events (and to the event type of a search).
var (
	filterParams = []string{"actor", "type", "source", "place", "from", "to", "story", "article", "duplicates", "limit", "offset"}
	eventParams  = append([]string{"min_confidence", "distinct"}, filterParams...)
	searchParams = []string{"q", "facets", "actor", "type", "source", "place", "from", "to", "story", "duplicates", "limit", "offset", "min_confidence"}
)

// New returns a Server reading from st. az may be nil: POST /api/analyze
// then answers 503.
func New(cfg Config, st store.Store, az Analyzer) *Server {
	s := &Server{cfg: cfg.withDefaults(), store: st, az: az, mux: http.NewServeMux()}
	s.slots = make(chan struct{}, s.cfg.MaxAnalyses)
	s.tickets = make(chan struct{}, s.cfg.MaxAnalyses+s.cfg.AnalyzeQueue)
	s.digests = s.cfg.Digests
	if s.digests == nil {
		s.digests = monitor.NewCache(st, 0)
	}
	read, slow := s.cfg.RequestTimeout, s.cfg.AnalyzeTimeout
	s.routes = []route{
		{"GET", "/healthz", nil, false, read, s.health},
		{"GET", "/api/openapi.json", nil, false, read, s.openapi},
		{"GET", "/api/search", searchParams, false, read, s.search},
		{"GET", "/api/articles/{id}", nil, false, read, s.article},
		{"GET", "/api/articles/{id}/raw", nil, false, read, s.raw},
		{"GET", "/api/actors", filterParams, false, read, s.actors},
		{"GET", "/api/actors/{id}", []string{"type", "limit"}, false, read, s.actor},
		{"GET", "/api/quotes", quoteParams, false, read, s.quotes},
		{"GET", "/api/events", eventParams, false, read, s.events},
		{"GET", "/api/places", filterParams, false, read, s.places},
		{"GET", "/api/stories", filterParams, false, read, s.stories},
		{"GET", "/api/stats", nil, false, read, s.stats},
		{"GET", "/api/monitor", monitorParams, false, read, s.monitor},
		{"GET", "/feed.atom", feedParams, false, read, s.feed},
		{"GET", "/quotes.atom", quoteFeedParams, false, read, s.quoteFeed},
		{"POST", "/api/analyze", []string{"date", "format", "url"}, true, slow, s.analyze},
	}
	for _, rt := range s.routes {
		s.mux.Handle(rt.method+" "+rt.path, s.wrap(rt))
	}
	s.mux.HandleFunc("/", s.fallback)
	s.handler = s.recoverer(s.accessLog(s.secure(s.cors(s.mux))))
	return s
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// wrap applies a route's checks (tokens, query parameters, time budget)
// around its handler.
func (s *Server) wrap(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !publicPath(rt.path) && !s.readAuthorized(r) {
			s.denyRead(w, r)
			return
		}
		if rt.write && !s.authorized(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="marsad"`)
			s.fail(w, r, errorf(http.StatusUnauthorized, "missing or wrong bearer token"))
			return
		}
		if err := checkParams(r, rt.params); err != nil {
			s.fail(w, r, err)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), rt.timeout)
		defer cancel()
		r = r.WithContext(ctx)
		if err := rt.handle(w, r); err != nil {
			s.fail(w, r, err)
		}
	})
}

// fallback hands GET and HEAD requests outside the API to Config.UI when
// set; everything else is notFound.
func (s *Server) fallback(w http.ResponseWriter, r *http.Request) {
	if s.cfg.UI != nil && (r.Method == http.MethodGet || r.Method == http.MethodHead) &&
		!strings.HasPrefix(r.URL.Path, "/api/") && r.URL.Path != "/api" {
		if !s.readAuthorized(r) {
			s.denyRead(w, r)
			return
		}
		s.cfg.UI.ServeHTTP(w, r)
		return
	}
	s.notFound(w, r)
}

// notFound answers requests no route matches: 405 when the path exists
// under another method, else 404.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method || (m == http.MethodGet && r.Method == http.MethodHead) {
			continue
		}
		r2 := r.WithContext(r.Context())
		r2.Method = m
		if _, p := s.mux.Handler(r2); p != "" && p != "/" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		for _, m := range allow {
			w.Header().Add("Allow", m)
		}
		s.fail(w, r, errorf(http.StatusMethodNotAllowed, "method %s not allowed on %s", r.Method, r.URL.Path))
		return
	}
	s.fail(w, r, errorf(http.StatusNotFound, "no such endpoint %s (see /api/openapi.json)", r.URL.Path))
}
