package sqlite_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/cputime"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// actorBenchStore returns a copy of $MARSAD_STORE_DB (a demo store: marsad
// demo --no-serve --db FILE) or a store of storetest.ActorCorpus, linked.
func actorBenchStore(b *testing.B) *sqlite.DB {
	b.Helper()
	path := filepath.Join(b.TempDir(), "actors.db")
	if src := os.Getenv("MARSAD_STORE_DB"); src != "" {
		in, err := os.Open(src)
		if err != nil {
			b.Fatal(err)
		}
		defer in.Close()
		out, err := os.Create(path)
		if err == nil {
			_, err = io.Copy(out, in)
		}
		if err == nil {
			err = out.Close()
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	db, err := sqlite.Open(b.Context(), sqlite.Options{Path: path})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = db.Close() })
	if os.Getenv("MARSAD_STORE_DB") == "" {
		for _, a := range storetest.ActorCorpus() {
			if _, err := db.Put(b.Context(), a); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := db.LinkActors(b.Context()); err != nil {
		b.Fatal(err)
	}
	return db
}

// BenchmarkActors measures the queries of actor identity in CPU time per
// call: the actor lists (grouped by actor), one actor's row (its page's
// header), the actor= filters, the events of its page by role, the map's
// places with all their events, and rebuilding the link table.
//
//	MARSAD_STORE_DB=demo.db go test ./store/sqlite -run '^$' -bench Actors
func BenchmarkActors(b *testing.B) {
	db := actorBenchStore(b)
	ctx := b.Context()
	actor := "ترامب"
	for _, bc := range []struct {
		name string
		fn   func() error
	}{
		{"list", func() error { _, err := db.Actors(ctx, store.Filter{Limit: 20}); return err }},
		{"list-PER", func() error { _, err := db.Actors(ctx, store.Filter{EntityType: "PER", Limit: 20}); return err }},
		{"one", func() error { _, err := db.Actors(ctx, store.Filter{Actor: actor, Limit: 1}); return err }},
		{"search", func() error {
			_, err := db.Search(ctx, store.SearchQuery{Filter: store.Filter{Actor: actor, Limit: 20}, Snippets: -1})
			return err
		}},
		{"quotes", func() error { _, err := db.Quotes(ctx, store.Filter{Actor: actor, Limit: 50}); return err }},
		{"events", func() error { _, err := db.Events(ctx, store.Filter{Actor: actor, Limit: 100}); return err }},
		{"events-source", func() error {
			_, err := db.Events(ctx, store.Filter{Actor: actor, ActorRole: store.RoleSource, Limit: 100})
			return err
		}},
		{"places", func() error { _, err := db.Places(ctx, store.Filter{Limit: 300}); return err }},
		{"link", func() error { return db.LinkActors(ctx) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			cpu := cputime.Used()
			for b.Loop() {
				if err := bc.fn(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cputime.Used()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		})
	}
}
