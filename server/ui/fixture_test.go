package ui

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/internal/demo"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
)

// demoArticles is how many records of the bundled demo sample the test
// store holds (MARSAD_UI_DEMO_N overrides; 0 means all).
const demoArticles = 80

// fixture is a store built from the head of the bundled demo sample plus
// testdata/xss.html, a crawled page full of script payloads.
type fixture struct {
	st    store.Store
	xssID string // the id of the xss page
	dir   string
}

// fixtureDir is the temporary directory TestMain makes for the fixture
// and removes after the tests.
var fixtureDir string

// testFixture builds the shared fixture once per test binary.
var testFixture = sync.OnceValues(func() (*fixture, error) {
	f := &fixture{dir: fixtureDir}
	dir := fixtureDir
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Options{Path: filepath.Join(dir, "ui.db")})
	if err != nil {
		return f, err
	}
	f.st = db
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		return f, err
	}
	n := demoArticles
	if s := os.Getenv("MARSAD_UI_DEMO_N"); s != "" {
		if n, err = strconv.Atoi(s); err != nil {
			return f, err
		}
	}
	zr, err := gzip.NewReader(bytes.NewReader(demo.Bytes()))
	if err != nil {
		return f, err
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for i := 0; sc.Scan() && (n == 0 || i < n); i++ {
		line := bytes.Clone(sc.Bytes())
		if _, err := put(ctx, db, az, line, document.FormatJSON, ""); err != nil {
			return f, err
		}
	}
	if err := sc.Err(); err != nil {
		return f, err
	}
	page, err := os.ReadFile("testdata/xss.html")
	if err != nil {
		return f, err
	}
	f.xssID, err = put(ctx, db, az, page, document.FormatHTML, "https://example.com/xss")
	return f, err
})

// put analyses one raw input and stores it, as `marsad ingest` does.
func put(ctx context.Context, st store.Store, az *marsad.Analyzer, raw []byte, format document.Format, url string) (string, error) {
	an, err := az.Analyze(ctx, marsad.Input{Data: raw, Format: format, URL: url})
	if err != nil {
		return "", err
	}
	a := &store.Article{Raw: raw, RawFormat: string(format), Analysis: an}
	if an.Published != "" {
		a.Published, _ = time.Parse(time.RFC3339, an.Published)
	}
	res, err := st.Put(ctx, a)
	return res.ID, err
}

// loadFixture returns the shared fixture, skipping in -short mode.
func loadFixture(tb testing.TB) *fixture {
	tb.Helper()
	if testing.Short() {
		tb.Skip("needs the demo store (analyses part of the bundled sample)")
	}
	f, err := testFixture()
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "marsad-ui-test-")
	if err != nil {
		panic(err)
	}
	fixtureDir = dir
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}
