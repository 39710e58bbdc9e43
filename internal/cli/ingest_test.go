package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/store/postgres/pgtest"
	"github.com/marsad/marsad/store/sqlite"
)

const sample200 = "../../document/testdata/ant-sample-200.jsonl.gz"

// TestMain lets the test binary act as `marsad` in a child process, so a
// test can kill a real ingest with SIGKILL.
func TestMain(m *testing.M) {
	if args := os.Getenv("MARSAD_TEST_MAIN"); args != "" {
		os.Exit(Main(context.Background(), strings.Split(args, "\x1f"), StdEnv()))
	}
	code := m.Run()
	if goldDir != "" {
		os.RemoveAll(goldDir)
	}
	os.Exit(code)
}

// snapshot is what must be equal between two stores: every article with its
// analysis and dedup verdict (not the time it was added).
type snapshot map[string]string

func storeSnapshot(t *testing.T, path string) snapshot {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	snap := snapshot{}
	for r, err := range st.Raw(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		a, err := st.Get(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		an, _ := json.Marshal(a.Analysis)
		snap[a.ID] = strings.Join([]string{a.ContentHash, a.TextHash, a.DuplicateOf, a.StoryID, string(an)}, "|")
	}
	return snap
}

func articleCount(path string) int {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, sqlite.Options{Path: path})
	if err != nil {
		return 0
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return 0
	}
	return s.Articles
}

func TestIngestKillResume(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 200 articles three times")
	}
	dir := t.TempDir()
	ref := filepath.Join(dir, "ref.db")
	if code, _, stderr := run(t, "", "ingest", "--db", ref, sample200); code != 0 {
		t.Fatalf("reference ingest: exit %d: %s", code, stderr)
	}
	want := storeSnapshot(t, ref)
	if len(want) < 190 {
		t.Fatalf("reference store has %d articles", len(want))
	}

	crash := filepath.Join(dir, "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "MARSAD_TEST_MAIN="+strings.Join([]string{"ingest", "--db", crash, sample200}, "\x1f"))
	var childErr bytes.Buffer
	cmd.Stderr = &childErr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if n := articleCount(crash); n >= 20 {
			if err := cmd.Process.Kill(); err != nil { // SIGKILL: no cleanup runs
				t.Fatal(err)
			}
			killed = true
			t.Logf("killed the ingest after %d of %d articles", n, len(want))
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	_ = cmd.Wait()
	if !killed {
		t.Fatalf("the child ingest never stored 20 articles: %s", childErr.String())
	}
	code, _, stderr := run(t, "", "ingest", "--db", crash, sample200)
	if code != 0 {
		t.Fatalf("resumed ingest: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "already stored") {
		t.Errorf("resumed ingest did not report skipped articles: %s", stderr)
	}
	got := storeSnapshot(t, crash)
	if !reflect.DeepEqual(got, want) {
		missing, extra, differ := 0, 0, 0
		for id, v := range want {
			switch g, ok := got[id]; {
			case !ok:
				missing++
			case g != v:
				differ++
			}
		}
		for id := range got {
			if _, ok := want[id]; !ok {
				extra++
			}
		}
		t.Fatalf("resumed store differs from an uninterrupted run: %d missing, %d extra, %d different", missing, extra, differ)
	}

	// Ingesting the same input again adds nothing.
	code, _, stderr = run(t, "", "ingest", "--db", ref, sample200)
	if code != 0 || !strings.Contains(stderr, "stored 0 new") {
		t.Fatalf("second ingest: exit %d: %s", code, stderr)
	}
	if again := storeSnapshot(t, ref); !reflect.DeepEqual(again, want) {
		t.Fatal("a second ingest changed the store")
	}
}

// TestStoreCommands runs the store commands on each kind of --db: a SQLite
// file, and a PostgreSQL URL when MARSAD_TEST_POSTGRES names a server.
func TestStoreCommands(t *testing.T) {
	tests := []struct {
		name string
		db   func(t testing.TB) string
	}{
		{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "m.db") }},
		{"postgres", pgtest.SchemaURL},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { testStoreCommands(t, tc.db(t)) })
	}
	t.Run("missing database", func(t *testing.T) {
		code, _, stderr := run(t, "", "search", "--db", filepath.Join(t.TempDir(), "none.db"), "x")
		if code != 1 || !strings.Contains(stderr, "no such database") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
}

func testStoreCommands(t *testing.T, db string) {
	if code, _, stderr := run(t, "", "ingest", "--db", db, "../../testdata/gold/inputs"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	t.Run("stats", func(t *testing.T) {
		code, out, stderr := run(t, "", "stats", "--db", db, "--json")
		var s map[string]int
		if code != 0 || json.Unmarshal([]byte(out), &s) != nil {
			t.Fatalf("exit %d, out %q, stderr %q", code, out, stderr)
		}
		for _, k := range []string{"articles", "duplicates", "stories", "entities", "quotes", "events", "places"} {
			if _, ok := s[k]; !ok {
				t.Errorf("stats lacks %q", k)
			}
		}
		if s["articles"] != 12 || s["quotes"] == 0 || s["events"] == 0 {
			t.Errorf("stats = %v", s)
		}
	})
	t.Run("search json", func(t *testing.T) {
		code, out, stderr := run(t, "", "search", "--db", db, "--json", "الحديدة")
		var res struct {
			Total   int               `json:"total"`
			Results []json.RawMessage `json:"results"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res.Total == 0 || len(res.Results) == 0 {
			t.Fatalf("exit %d, out %q, stderr %q", code, out, stderr)
		}
	})
	t.Run("export", func(t *testing.T) {
		for _, f := range [][]string{{"--format", "jsonl"}, {"--format", "csv", "--what", "quotes"}, {"--format", "geojson"}} {
			code, out, stderr := run(t, "", append([]string{"export", "--db", db}, f...)...)
			if code != 0 || len(out) < 100 {
				t.Fatalf("%v: exit %d, stderr %q", f, code, stderr)
			}
		}
	})
	t.Run("reanalyze", func(t *testing.T) {
		if code, _, stderr := run(t, "", "reanalyze", "--db", db); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
}
