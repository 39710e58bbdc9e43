package ui

import (
	"bytes"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/server/internal/safetext"
)

// pageNames are the page templates; each is parsed with layout.html.
var pageNames = []string{"home", "search", "quotes", "article", "actor", "events", "map", "graph", "ingest", "error"}

// funcs are the helpers templates may call.
var funcs = template.FuncMap{
	"articleURL": articleURL,
	"actorURL":   actorURL,
	"date":       fmtDate,
	"num":        strconv.Itoa,
	"typeName":   typeName,
	"lower":      strings.ToLower,
	"dict":       dict,
	// Arabic labels and human units (labels.go)
	"eventTypeName": eventTypeName,
	"placeKindName": placeKindName,
	"modalityName":  modalityName,
	"bytes":         fmtBytes,
	"duration":      fmtDuration,
	"time":          fmtTime,
	"sub":           func(a, b float64) float64 { return a - b },
	"add":           func(a, b float64) float64 { return a + b },
	"count":         count,
	// confidence of quotes and events (params.go)
	"lowConf":     lowConf,
	"confOptions": func() []confOption { return confOptions },
}

// dict builds a map from pairs of key and value, to pass several values
// to a sub-template.
func dict(kv ...any) map[string]any {
	m := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			m[k] = kv[i+1]
		}
	}
	return m
}

// parsePages parses every page with the shared layout.
func parsePages() (map[string]*template.Template, error) {
	out := make(map[string]*template.Template, len(pageNames))
	for _, n := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html", "templates/"+n+".html")
		if err != nil {
			return nil, err
		}
		out[n] = t
	}
	return out, nil
}

// view is what the layout renders: the page title, the active navigation
// entry and the page's own data.
type view struct {
	Title string
	Nav   string
	Data  any
	Feed  string // the page's Atom feed, if any
	// Scripts are the bundled script files the page loads (its CSP then
	// allows same-origin scripts).
	Scripts []string
}

// scripter is page data that loads bundled scripts.
type scripter interface{ Scripts() []string }

// feeder is page data with an Atom feed, linked from the page's head.
type feeder interface{ FeedURL() string }

// render writes page name with data, buffered so that a template error
// gives a clean 500.
func (h *Handler) render(w http.ResponseWriter, r *http.Request, status int, name, title, nav string, data any) {
	var buf bytes.Buffer
	v := view{Title: title, Nav: nav, Data: data}
	if f, ok := data.(feeder); ok {
		v.Feed = f.FeedURL()
	}
	if s, ok := data.(scripter); ok {
		v.Scripts = s.Scripts()
	}
	if err := h.pages[name].Execute(&buf, v); err != nil {
		h.opt.Logger.ErrorContext(r.Context(), "ui: render", slog.String("page", name), slog.Any("err", err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	// Bidirectional controls in stored text (a crawled title, a name)
	// would reorder what the page shows: none is written (none of the
	// templates' own text has one).
	page := safetext.StripBidi(buf.String())
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if len(v.Scripts) > 0 {
		w.Header().Set("Content-Security-Policy", CSPScripts)
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(page)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = io.WriteString(w, page)
	}
}

// fail renders the error page.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	h.render(w, r, status, "error", "خطأ", "", struct {
		Status  int
		Message string
	}{status, msg})
}

// failErr logs a store error and renders a 500 (a 400 for bad input).
func (h *Handler) failErr(w http.ResponseWriter, r *http.Request, err error) {
	h.opt.Logger.ErrorContext(r.Context(), "ui: store", slog.String("path", r.URL.Path), slog.Any("err", err))
	h.fail(w, r, http.StatusInternalServerError, "تعذّر تنفيذ الطلب")
}

func itoa(n int) string { return strconv.Itoa(n) }

func articleURL(id string) string { return "/articles/" + url.PathEscape(id) }
func actorURL(id string) string   { return "/actors/" + url.PathEscape(id) }

// fmtDate formats a time as YYYY-MM-DD ("" for the zero time).
func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

// typeName is the Arabic label of an entity type.
func typeName(t string) string {
	switch t {
	case "PER":
		return "شخص"
	case "ORG":
		return "منظمة"
	case "LOC":
		return "مكان"
	case "MISC":
		return "أخرى"
	}
	return t
}

// link builds path?query from pairs of key and value, leaving empty values
// out.
func link(path string, kv ...string) string {
	q := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			q.Set(kv[i], kv[i+1])
		}
	}
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}
