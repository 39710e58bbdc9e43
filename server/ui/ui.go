// Package ui is Marsad's web interface: server-rendered HTML pages (Arabic,
// right to left) over a store.Store, mounted by `marsad serve` beside the
// JSON API.
//
// Pages have stable URLs:
//
//	/                 the desk: top stories, rising actors and places, volume
//	/?q=…             search: query box, filters, facets, highlighted snippets
//	/quotes           what did X say (about Y): quote search by speaker and words
//	/articles/{id}    one article: entities, quotes, events, places, duplicates
//	/actors/{id}      one actor (canonical name or actor ID)
//	/events           event timeline filtered by PLOVER type, actor, dates
//	/map              places and events on a world map
//	/graph            actor interaction network from events and quotes
//	/ingest           store counts and the last ingest run
//
// Everything is rendered on the server with html/template, so every string
// from the store (article text is untrusted) is escaped, and every page,
// the map and graph included (inline SVG), works without JavaScript. Only
// the map page loads script, to zoom and pan (progressive enhancement with
// the bundled svg-pan-zoom); the Content-Security-Policy allows only
// same-origin styles, fonts and images, and same-origin script files on
// that page. Assets (an Arabic web font, the stylesheet, the world map,
// the scripts) are embedded: nothing is fetched from another origin.
package ui

import (
	"context"
	"embed"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/marsad/marsad/server/monitor"
	"github.com/marsad/marsad/store"
)

//go:generate go run ./internal/mkworld -in internal/mkworld/countries-110m.json -out static/world.svg

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// CSP is the Content-Security-Policy of every page: same-origin styles,
// fonts and images; no script, no inline style, no plugin, no framing.
const CSP = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// CSPScripts is the policy of the pages that load the bundled scripts
// (the map's zoom): CSP plus same-origin script files, never inline
// script.
const CSPScripts = CSP + "; script-src 'self'"

// IngestReport describes the last ingest run of this process, for the
// ingest page.
type IngestReport struct {
	Finished                      time.Time
	Duration                      time.Duration
	Source                        string // what was ingested
	Read, Processed, Seen, Failed int64
	Skipped, Added                int64
	Reasons                       map[string]int64 // failures and skips by reason
	Errors                        []string         // last error messages, newest last
}

// Rate is the articles processed per second of the run, in words ("" when
// unknown).
func (r *IngestReport) Rate() string {
	if r == nil || r.Duration <= 0 || r.Processed <= 0 {
		return ""
	}
	return trimFloat(float64(r.Processed) / r.Duration.Seconds())
}

// Options configures a Handler.
type Options struct {
	// Logger receives render errors (default: discarded).
	Logger *slog.Logger
	// Ingest, when set, reports the last ingest run for the ingest page.
	Ingest func() *IngestReport
	// Timeout bounds the store work of one page (default 15s).
	Timeout time.Duration
	// Digests caches the desk's digests (default: a cache of its own);
	// share one with server.Config.Digests.
	Digests *monitor.Cache
}

// Handler serves the UI. It is safe for concurrent use.
type Handler struct {
	st      store.Store
	digests *monitor.Cache
	opt     Options
	pages   map[string]*template.Template
	static  http.Handler
	mux     *http.ServeMux
}

// New returns the UI over st.
func New(st store.Store, opt Options) (*Handler, error) {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 15 * time.Second
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	if opt.Digests == nil {
		opt.Digests = monitor.NewCache(st, 0)
	}
	h := &Handler{st: st, digests: opt.Digests, opt: opt, pages: pages, static: http.FileServerFS(sub), mux: http.NewServeMux()}
	h.mux.HandleFunc("GET /{$}", h.search)
	h.mux.HandleFunc("GET /quotes", h.quotes)
	h.mux.HandleFunc("GET /articles/{id}", h.article)
	h.mux.HandleFunc("GET /actors/{id}", h.actor)
	h.mux.HandleFunc("GET /events", h.events)
	h.mux.HandleFunc("GET /map", h.worldMap)
	h.mux.HandleFunc("GET /graph", h.graph)
	h.mux.HandleFunc("GET /ingest", h.ingest)
	h.mux.HandleFunc("GET /static/", h.serveStatic)
	h.mux.HandleFunc("/", h.notFound)
	return h, nil
}

// ServeHTTP serves one request with the UI's security headers.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", CSP)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("Referrer-Policy", "no-referrer")
	ctx, cancel := context.WithTimeout(r.Context(), h.opt.Timeout)
	defer cancel()
	h.mux.ServeHTTP(w, r.WithContext(ctx))
}

// serveStatic serves the embedded assets, cacheable for a day.
func (h *Handler) serveStatic(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.StripPrefix("/static", h.static).ServeHTTP(w, r)
}

// notFound answers unknown paths with an HTML 404 page.
func (h *Handler) notFound(w http.ResponseWriter, r *http.Request) {
	h.fail(w, r, http.StatusNotFound, "لا توجد صفحة بهذا العنوان")
}
