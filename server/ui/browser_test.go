package ui

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// browserPath finds a Chromium to drive. Without one the browser tests
// skip, except under CI=true, where they fail.
func browserPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("CI=true but no chromium is installed (.ci/run installs it)")
	}
	t.Skip("browser test: chromium not installed (apt-get install chromium); CI=true makes this a failure")
	return ""
}

// browser starts headless Chromium with a fresh profile and no background
// networking, and returns a tab context.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := browserPath(t)
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	t.Cleanup(cancel)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	return bctx
}

// shotDir is where screenshots go: $MARSAD_UI_SCREENSHOTS, or the test's
// artifact directory (kept with go test -artifacts -outputdir DIR).
func shotDir(t *testing.T) string {
	if d := os.Getenv("MARSAD_UI_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.ArtifactDir()
}

// shot saves a JPEG screenshot of the viewport.
func shot(t *testing.T, dir, name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		q := int64(82)
		r, err := cdp.Call(ctx, tg, page.CaptureScreenshot, page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatJpeg, Quality: &q})
		if err != nil {
			return err
		}
		t.Logf("screenshot %s", filepath.Join(dir, name))
		return os.WriteFile(filepath.Join(dir, name), r.Data, 0o644)
	})
}

// eval runs a JavaScript expression (in DevTools, not in the page's own
// scripts) and fails the test on error.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// TestBrowser clicks through search → article → actor → map in headless
// Chromium over a store built from the demo sample, asserting what is
// shown, and saves screenshots of every page.
func TestBrowser(t *testing.T) {
	browserPath(t)
	f := loadFixture(t)
	ts := httptest.NewServer(newTestServer(t, f.st))
	t.Cleanup(ts.Close)
	ctx := browser(t)
	dir := shotDir(t)

	// Search: RTL, the bundled font, a query typed and submitted.
	do(t, ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	if d := eval[string](t, ctx, `getComputedStyle(document.body).direction`); d != "rtl" {
		t.Errorf("body direction %q, want rtl", d)
	}
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "ar" {
		t.Errorf("lang %q", lang)
	}
	if !eval[bool](t, ctx, `document.fonts.ready.then(() => [...document.fonts].some(f => f.family.includes("Noto Naskh Arabic") && f.status === "loaded"))`) {
		t.Error("the bundled Arabic font did not load")
	}
	do(t, ctx, chromedp.SetValue(chromedp.CSS("#q"), "إيران"), chromedp.Click(chromedp.CSS("form.search button")),
		chromedp.WaitVisible(chromedp.CSS(".hit mark")))
	if n := eval[int](t, ctx, `document.querySelectorAll(".hit mark").length`); n == 0 {
		t.Error("no highlighted query words in the results")
	}
	do(t, ctx, shot(t, dir, "search.jpg"))

	// Article: highlighted mentions, quotes with speakers, evidence anchors.
	do(t, ctx, chromedp.Click(chromedp.CSS(".hit h3 a")), chromedp.WaitVisible(chromedp.CSS("article.article .body")))
	if loc := eval[string](t, ctx, `location.pathname`); !strings.HasPrefix(loc, "/articles/") {
		t.Fatalf("clicked a result, landed on %s", loc)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".body a.m").length`); n == 0 {
		t.Error("no entity mentions highlighted in the article")
	}
	if bg := eval[string](t, ctx, `getComputedStyle(document.querySelector(".body a.m")).backgroundColor`); bg == "rgba(0, 0, 0, 0)" || bg == "" {
		t.Errorf("mention background %q: not colour-coded", bg)
	}
	do(t, ctx, shot(t, dir, "article.jpg"))

	// Actor: follow the first person mentioned.
	do(t, ctx, chromedp.Click(chromedp.CSS(".body a.m")), chromedp.WaitVisible(chromedp.CSS("dl.kv")))
	if loc := eval[string](t, ctx, `location.pathname`); !strings.HasPrefix(loc, "/actors/") {
		t.Fatalf("clicked a mention, landed on %s", loc)
	}
	name := eval[string](t, ctx, `document.querySelector("h1").textContent.trim()`)
	if name == "" {
		t.Error("actor page without a name")
	}
	do(t, ctx, shot(t, dir, "actor.jpg"))

	// Map: from the navigation bar.
	do(t, ctx, chromedp.Click(chromedp.CSS(`nav a[href="/map"]`)), chromedp.WaitVisible(chromedp.CSS(".mapwrap svg circle")))
	if n := eval[int](t, ctx, `document.querySelectorAll(".mapwrap svg circle.place").length`); n < 5 {
		t.Errorf("%d places on the map", n)
	}
	if !eval[bool](t, ctx, `performance.getEntriesByType("resource").some(e => e.name.endsWith("/static/world.svg"))`) {
		t.Error("the world map geometry was not loaded")
	}
	do(t, ctx, shot(t, dir, "map.jpg"))

	// The other pages load and show their content.
	for _, p := range []struct{ path, sel, file string }{
		{"/events", "ol.timeline table", "events.jpg"},
		{"/graph", "svg.graph circle", "graph.jpg"},
		{"/ingest", ".stats", "ingest.jpg"},
	} {
		do(t, ctx, chromedp.Navigate(ts.URL+p.path), chromedp.WaitVisible(chromedp.CSS(p.sel)), shot(t, dir, p.file))
	}

	// Dark mode follows prefers-color-scheme.
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
		return err
	}), chromedp.Navigate(ts.URL+"/?q="+url.QueryEscape("إيران")), chromedp.WaitVisible(chromedp.CSS(".hit")))
	if bg := eval[string](t, ctx, `getComputedStyle(document.documentElement).backgroundColor`); bg != "rgb(19, 21, 23)" {
		t.Errorf("dark background %q", bg)
	}
	do(t, ctx, shot(t, dir, "search-dark.jpg"))
}

// TestBrowserXSS loads the crawled page full of script payloads and
// checks that none ran and none became markup.
func TestBrowserXSS(t *testing.T) {
	browserPath(t)
	f := loadFixture(t)
	ts := httptest.NewServer(newTestServer(t, f.st))
	t.Cleanup(ts.Close)
	ctx := browser(t)
	for _, path := range []string{articleURL(f.xssID), "/?q=" + url.QueryEscape("onerror")} {
		do(t, ctx, chromedp.Navigate(ts.URL+path), chromedp.WaitVisible(chromedp.CSS("main")))
		if ran := eval[bool](t, ctx, `"__xss" in window`); ran {
			t.Errorf("%s: a payload ran (window.__xss = %v)", path, eval[any](t, ctx, `window.__xss`))
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("script, [onerror], img, iframe, a[href^='javascript']").length`); n != 0 {
			t.Errorf("%s: %d script, handler or injected elements in the page", path, n)
		}
		if !eval[bool](t, ctx, `document.body.textContent.includes("onerror=window.__xss=2") || document.body.textContent.includes("<script>window.__xss")`) {
			t.Errorf("%s: the payload is not shown as text", path)
		}
	}
	// The same article: quotes carry their speaker, event rows link to
	// their evidence in the text.
	do(t, ctx, chromedp.Navigate(ts.URL+articleURL(f.xssID)), chromedp.WaitVisible(chromedp.CSS("a.evlink")))
	if s := eval[string](t, ctx, `(document.querySelector(".body .qt[title]") || {}).title || ""`); !strings.Contains(s, "حفتر") && !strings.Contains(s, "المسماري") {
		t.Errorf("quote tooltip %q names no speaker", s)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("a.evlink")))
	if tgt := eval[string](t, ctx, `(document.querySelector(":target") || {}).className || ""`); tgt != "ev" {
		t.Errorf("evidence link targets %q, want the evidence span", tgt)
	}
	do(t, ctx, shot(t, shotDir(t), "xss.jpg"))
}

// TestBrowserNoJS clicks through search → article → actor with script
// execution disabled: every page works without JavaScript.
func TestBrowserNoJS(t *testing.T) {
	browserPath(t)
	f := loadFixture(t)
	ts := httptest.NewServer(newTestServer(t, f.st))
	t.Cleanup(ts.Close)
	ctx := browser(t)
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	do(t, ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")),
		chromedp.SetValue(chromedp.CSS("#q"), "إيران"), chromedp.Click(chromedp.CSS("form.search button")),
		chromedp.WaitVisible(chromedp.CSS(".hit mark")),
		chromedp.Click(chromedp.CSS(".hit h3 a")), chromedp.WaitVisible(chromedp.CSS("article.article .body a.m")),
		chromedp.Click(chromedp.CSS(".body a.m")), chromedp.WaitVisible(chromedp.CSS("dl.kv")),
		chromedp.Click(chromedp.CSS(`nav a[href="/events"]`)), chromedp.WaitVisible(chromedp.CSS("ol.timeline")),
		chromedp.Click(chromedp.CSS(`nav a[href="/map"]`)), chromedp.WaitVisible(chromedp.CSS(".mapwrap svg circle")),
	)
}
