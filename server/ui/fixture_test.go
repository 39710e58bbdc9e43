package ui

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/ingest/dedup"
	"github.com/marsad/marsad/internal/demo"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
)

// demoArticles is how many records of the bundled demo sample the test
// store holds (MARSAD_UI_DEMO_N overrides; 0 means all), besides
// storyRecords.
const demoArticles = 80

// storyRecords are the demo sample's records of the story of the Iran
// nuclear deal (May 7–10, 2018, five sources, exact copies among them),
// whose first article is «البيت الأبيض يعلن عن الوفد…»: the desk must not
// title the story by it.
var storyRecords = map[string]bool{
	"AL-internationalNews-1083-20180509": true, "AL-internationalNews-1089-20180509": true,
	"BB-internationalNews-479-20180508": true, "CN-internationalNews-327-20180508": true,
	"CN-internationalNews-330-20180509": true, "CN-internationalNews-331-20180509": true,
	"CN-middleEast-834-20180507": true, "CN-middleEast-835-20180507": true, "CN-middleEast-842-20180508": true,
	"CN-middleEast-844-20180508": true, "CN-middleEast-846-20180509": true, "CN-middleEast-847-20180509": true,
	"CN-middleEast-848-20180509": true, "CN-middleEast-852-20180509": true, "CN-middleEast-855-20180509": true,
	"CN-middleEast-861-20180509": true, "CN-middleEast-864-20180510": true, "FR-internationalNews-1130-20180508": true,
	"FR-internationalNews-1139-20180508": true, "FR-internationalNews-1140-20180508": true,
	"FR-internationalNews-1143-20180508": true, "SK-internationalNews-1446-20180508": true,
	"SK-internationalNews-1448-20180508": true, "SK-internationalNews-1449-20180508": true,
	"SK-internationalNews-1460-20180509": true, "SK-internationalNews-1475-20180508": true,
	"SK-internationalNews-1478-20180508": true, "SK-internationalNews-1480-20180508": true,
}

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
	for i := 0; sc.Scan(); i++ {
		var rec struct{ ID string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return f, err
		}
		if n != 0 && i >= n && !storyRecords[rec.ID] {
			continue
		}
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
	if f.xssID, err = put(ctx, db, az, page, document.FormatHTML, "https://example.com/xss"); err != nil {
		return f, err
	}
	return f, dedupStore(ctx, db)
})

// dedupStore marks duplicates and stories and links actors, as the end of
// `marsad ingest` does.
func dedupStore(ctx context.Context, st store.Store) error {
	var docs []store.RawInput
	for r, err := range st.Raw(ctx) {
		if err != nil {
			return err
		}
		docs = append(docs, r)
	}
	slices.SortStableFunc(docs, func(a, b store.RawInput) int {
		return cmp.Or(a.Published.Compare(b.Published), cmp.Compare(a.ID, b.ID))
	})
	det := dedup.New(dedup.Config{})
	var res []dedup.Result
	for _, d := range docs {
		res = append(res, det.Add(dedup.Doc{ID: d.ID, Title: d.Title, Body: d.Body, Published: d.Published}))
	}
	for _, r := range res {
		if err := st.SetDedup(ctx, store.Dedup{ID: r.ID, TextHash: r.TextHash, DuplicateOf: r.DuplicateOf(), StoryID: det.Story(r.ID)}); err != nil {
			return err
		}
	}
	return st.LinkActors(ctx)
}

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
