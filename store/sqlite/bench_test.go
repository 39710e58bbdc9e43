package sqlite_test

import (
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// BenchmarkPut measures single-article Put (one transaction each) with a
// fixture analysis (2 entities, 1 event, 1 quote, 1 place, 1 time).
func BenchmarkPut(b *testing.B) {
	db, err := sqlite.Open(b.Context(), sqlite.Options{Path: filepath.Join(b.TempDir(), "bench.db")})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	f := storetest.Corpus()[4]
	n := 0
	start := time.Now()
	for b.Loop() {
		a := f.Article()
		a.ID = "b" + strconv.Itoa(n)
		a.Raw = append(a.Raw, strconv.Itoa(n)...)
		if _, err := db.Put(b.Context(), a); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
}

// BenchmarkPutConcurrent measures Put from 8 goroutines at once, as an
// ingest with several workers does: concurrent puts are committed in groups.
func BenchmarkPutConcurrent(b *testing.B) {
	db, err := sqlite.Open(b.Context(), sqlite.Options{Path: filepath.Join(b.TempDir(), "bench.db")})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	f := storetest.Corpus()[4]
	var n atomic.Int64
	start := time.Now()
	b.SetParallelism(4) // 4 × GOMAXPROCS goroutines
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := strconv.FormatInt(n.Add(1), 10)
			a := f.Article()
			a.ID = "b" + i
			a.Raw = append(a.Raw, i...)
			if _, err := db.Put(b.Context(), a); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(n.Load())/time.Since(start).Seconds(), "articles/s")
}

// TestSearchLatency builds a store from MARSAD_STORE_BENCH articles of the
// shared corpus (texts only: no analysis rows) and times 1,000 mixed
// queries (storetest.Latency). It is skipped unless MARSAD_STORE_BENCH is
// set:
//
//	MARSAD_STORE_BENCH=31514 go test ./store/sqlite -run SearchLatency -v -timeout 30m
func TestSearchLatency(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("MARSAD_STORE_BENCH"))
	if n <= 0 {
		t.Skip("set MARSAD_STORE_BENCH=<articles> to run")
	}
	// MARSAD_STORE_DB keeps the built store for later runs (it is reused if
	// it already holds articles).
	path := os.Getenv("MARSAD_STORE_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "latency.db")
	}
	// Mapped into memory, as the read-only opens of marsad serve and
	// marsad search are.
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path, MmapBytes: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	storetest.Latency(t, db, n)
}

// BenchmarkSearch runs a phrase-and-word query with facets over 700
// fixture articles (the corpus-scale figures come from TestSearchLatency).
func BenchmarkSearch(b *testing.B) {
	db, err := sqlite.Open(b.Context(), sqlite.Options{Path: filepath.Join(b.TempDir(), "bench.db")})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for i := range 100 {
		for _, f := range storetest.Corpus() {
			f.ID += "-" + strconv.Itoa(i)
			f.Body += " " + strconv.Itoa(i)
			if _, err := db.Put(b.Context(), f.Article()); err != nil {
				b.Fatal(err)
			}
		}
	}
	q := store.SearchQuery{Text: `"الجيش الليبي" سرت`, Facets: true}
	for b.Loop() {
		if _, err := db.Search(b.Context(), q); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPutBatch measures PutBatch of 256 articles (one transaction,
// the fixture analysis of BenchmarkPut each), as an ingest's store.Writer
// writes them.
func BenchmarkPutBatch(b *testing.B) {
	db, err := sqlite.Open(b.Context(), sqlite.Options{Path: filepath.Join(b.TempDir(), "bench.db")})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.BenchPutBatch(b, db)
}
