package ui

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/marsad/marsad/server"
	"github.com/marsad/marsad/store"
)

// newTestServer mounts the UI over st in the API server, as `marsad serve`
// does.
func newTestServer(tb testing.TB, st store.Store) http.Handler {
	tb.Helper()
	h, err := New(st, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return server.New(server.Config{UI: h}, st, nil)
}

// get serves one GET request.
func get(h http.Handler, path string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}

// bundledScripts are the only scripts a page may load: the map's zoom.
var bundledScripts = []string{"/static/js/svg-pan-zoom.min.js", "/static/js/map.js"}

// checkInert fails when the page could run script of the store's: an
// inline script or one not bundled (bundledScripts), an inline event
// handler, a javascript: URL, an inline style attribute or an
// iframe/object/embed. It returns the bundled scripts the page loads.
func checkInert(t *testing.T, page string) (scripts []string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(page))
	inScript := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatal(z.Err())
			}
			return scripts
		case html.TextToken:
			if inScript && strings.TrimSpace(string(z.Text())) != "" {
				t.Errorf("page has an inline script")
			}
		case html.EndTagToken:
			inScript = false
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "script":
				src := ""
				for _, a := range tok.Attr {
					if a.Key == "src" {
						src = a.Val
					}
				}
				if !slices.Contains(bundledScripts, src) {
					t.Errorf("page has a <script> element (src %q)", src)
				}
				scripts = append(scripts, src)
				inScript = true
			case "iframe", "object", "embed", "base":
				t.Errorf("page has a <%s> element", tok.Data)
			}
			for _, a := range tok.Attr {
				k, v := strings.ToLower(a.Key), strings.ToLower(strings.TrimSpace(a.Val))
				switch {
				case strings.HasPrefix(k, "on"):
					t.Errorf("<%s> has event handler %s=%q", tok.Data, a.Key, a.Val)
				case k == "style":
					t.Errorf("<%s> has an inline style", tok.Data)
				case (k == "href" || k == "src" || k == "action") && strings.HasPrefix(v, "javascript:"):
					t.Errorf("<%s> has %s=%q", tok.Data, a.Key, a.Val)
				}
			}
		}
	}
}

// checkPage asserts what every page shares: status, type, CSP, direction.
func checkPage(t *testing.T, rec *httptest.ResponseRecorder, status int) string {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status %d, want %d: %.300s", rec.Code, status, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	body := rec.Body.String()
	if !strings.Contains(body, `<html lang="ar" dir="rtl">`) {
		t.Error("page is not lang=ar dir=rtl")
	}
	want := CSP
	if len(checkInert(t, body)) > 0 {
		want = CSPScripts
	}
	if csp := rec.Header().Get("Content-Security-Policy"); csp != want {
		t.Errorf("CSP %q, want %q", csp, want)
	}
	return body
}

func TestPages(t *testing.T) {
	f := loadFixture(t)
	h := newTestServer(t, f.st)
	hits, err := f.st.Search(t.Context(), store.SearchQuery{Text: "حفتر", Filter: store.Filter{Limit: 1}})
	if err != nil || len(hits.Hits) == 0 {
		t.Fatalf("no demo article about حفتر: %v", err)
	}
	for _, tc := range []struct {
		name, path string
		status     int
		want       []string
	}{
		{"home", "/", 200, []string{`name="q"`, `class="tabs"`, "أبرز القصص", "فاعلون صاعدون", "أماكن صاعدة", `<svg class="chart"`, "المخزن تاريخي"}},
		{"home week", "/?window=7d", 200, []string{`aria-current="page">آخر 7 أيام`, `<svg class="chart"`}},
		{"newest", "/?sort=newest", 200, []string{`name="q"`, `class="hit"`, `rel="next"`, `href="/feed.atom"`}},
		{"quotes", "/quotes?speaker=" + url.QueryEscape("خليفة حفتر"), 200, []string{"ماذا قال خليفة حفتر؟", "<blockquote>", `href="/quotes.atom?speaker=`}},
		{"search query", "/?q=" + url.QueryEscape("حفتر"), 200, []string{"<mark>حفتر</mark>", `class="facets"`}},
		{"search filtered", "/?q=" + url.QueryEscape("حفتر") + "&actor=" + url.QueryEscape("خليفة حفتر"), 200, []string{`aria-current="true"`}},
		{"search dates", "/?from=2000-01-01&to=2030-12-31", 200, []string{`class="hit"`, `value="2000-01-01"`}},
		{"search bad query", "/?q=NOT+x", 400, []string{`role="alert"`}},
		{"search bad params", "/?page=zero&from=yesterday", 200, []string{"رقم الصفحة غير صالح", "تاريخ غير صالح"}},
		{"article", articleURL(hits.Hits[0].ID), 200, []string{`class="m m-per"`, `class="qt" title=`, `class="ev" id="ev-`, `href="#ev-`, "/raw", "<circle"}},
		{"article missing", "/articles/nope", 404, []string{"خطأ 404"}},
		{"actor", actorURL("خليفة حفتر"), 200, []string{"LBYMIL", "الأسماء والصيغ", "يُذكر معه", "<q>"}},
		{"actor missing", actorURL("لا أحد هنا"), 404, nil},
		{"events", "/events", 200, []string{`class="timeline"`, "<table>"}},
		{"events filtered", "/events?type=CONSULT&actor=" + url.QueryEscape("خليفة حفتر"), 200, []string{`title="CONSULT">تشاور</a>`}},
		{"map", "/map", 200, []string{`<svg class="worldmap"`, `<circle class="place"`, `href="/static/world.svg"`}},
		{"graph", "/graph?from=2000-01-01", 200, []string{`<svg class="graph"`, "<line"}},
		{"ingest", "/ingest", 200, []string{"المخزن", "لم يُشغَّل استيعاب"}},
		{"unknown", "/nowhere", 404, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := checkPage(t, get(h, tc.path), tc.status)
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
}

// TestCrawledScriptInert renders a crawled page full of script payloads
// (testdata/xss.html) and checks that nothing in it became markup.
func TestCrawledScriptInert(t *testing.T) {
	f := loadFixture(t)
	h := newTestServer(t, f.st)
	for _, path := range []string{
		articleURL(f.xssID),
		"/?q=" + url.QueryEscape("حفتر يلتقي السيسي"),
		"/?q=" + url.QueryEscape("onerror"),
		actorURL("أحمد المسماري"),
		"/events?actor=" + url.QueryEscape("خليفة حفتر"),
	} {
		t.Run(path, func(t *testing.T) {
			body := checkPage(t, get(h, path), 200)
			if !strings.Contains(body, "&lt;script&gt;window.__xss=") && !strings.Contains(body, "&lt;img src=x onerror=") {
				t.Error("the payload text is not shown escaped")
			}
		})
	}
	// The raw input stays inert text.
	rec := get(h, "/api/articles/"+url.PathEscape(f.xssID)+"/raw")
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("raw Content-Type %q", ct)
	}
}

func TestStatic(t *testing.T) {
	h, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, ctype, want string }{
		{"/static/style.css", "text/css", "@font-face"},
		{"/static/world.svg", "image/svg+xml", "<svg"},
		{"/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2", "font/woff2", "wOF2"},
		{"/static/fonts/LICENSE", "text/plain", "SIL Open Font License"},
		{"/static/js/svg-pan-zoom.min.js", "text/javascript", "svg-pan-zoom v3.6.2"},
		{"/static/js/map.js", "text/javascript", "svgPanZoom"},
		{"/static/js/LICENSE-svg-pan-zoom", "text/plain", "Redistribution and use"},
	} {
		rec := get(h, tc.path)
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), tc.ctype) || !strings.Contains(rec.Body.String(), tc.want) {
			t.Errorf("%s: %d %q", tc.path, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	if rec := get(h, "/static/nope.js"); rec.Code != 404 {
		t.Errorf("missing asset: %d", rec.Code)
	}
}

// TestAPIUnchanged checks that mounting the UI leaves the API alone.
func TestAPIUnchanged(t *testing.T) {
	h := newTestServer(t, nil)
	rec := get(h, "/api/nowhere")
	if rec.Code != 404 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Errorf("/api/nowhere: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	if csp := rec.Header().Get("Content-Security-Policy"); csp == CSP {
		t.Error("API answers carry the UI's CSP")
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
	if rec.Code != 404 {
		t.Errorf("POST /: %d", rec.Code)
	}
}
