package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// actorStore writes storetest.ActorCorpus to a SQLite file, actors linked
// as the end of an ingest links them.
func actorStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "actors.db")
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range storetest.ActorCorpus() {
		if _, err := db.Put(t.Context(), a); err != nil {
			t.Fatal(err)
		}
	}
	if l, ok := any(db).(interface{ LinkActors(context.Context) error }); ok {
		if err := l.LinkActors(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestActorFormsCLI: `search --actor` gives one total for every form of an
// actor, and `export --actor` the same articles, quotes and events (issue
// #16: ترامب 13 articles, دونالد ترامب 347, donald-trump 409).
func TestActorFormsCLI(t *testing.T) {
	db := actorStore(t)
	count := func(args ...string) int {
		t.Helper()
		code, out, stderr := run(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		if args[0] == "search" {
			var r struct{ Total int }
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatal(err)
			}
			return r.Total
		}
		return strings.Count(out, "\n")
	}
	for id, forms := range storetest.ActorForms() {
		var want []int
		for i, form := range forms {
			got := []int{
				count("search", "--db", db, "--json", "--actor", form),
				count("export", "--db", db, "--what", "articles", "--format", "csv", "--actor", form),
				count("export", "--db", db, "--what", "quotes", "--format", "jsonl", "--actor", form),
				count("export", "--db", db, "--what", "events", "--format", "jsonl", "--actor", form),
			}
			if i == 0 {
				want = got
				if got[0] == 0 || got[1] != got[0]+1 { // the CSV has a header line
					t.Errorf("%s: search %d, export %d lines", id, got[0], got[1])
				}
				continue
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s by %q: search, articles, quotes, events = %v; by %q: %v", id, form, got, forms[0], want)
			}
		}
	}
}
