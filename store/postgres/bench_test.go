package postgres_test

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/postgres"
	"github.com/marsad/marsad/store/postgres/pgtest"
	"github.com/marsad/marsad/store/storetest"
)

// BenchmarkPut measures single-article Put (one transaction each) with a
// fixture analysis (2 entities, 1 event, 1 quote, 1 place, 1 time), as
// store/sqlite's BenchmarkPut does.
func BenchmarkPut(b *testing.B) {
	db := open(b)
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

// BenchmarkSearch runs a phrase-and-word query with facets over 700
// fixture articles, as store/sqlite's BenchmarkSearch does (the
// corpus-scale figures come from TestSearchLatency).
func BenchmarkSearch(b *testing.B) {
	db := open(b)
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
	if err := db.Optimize(b.Context()); err != nil {
		b.Fatal(err)
	}
	q := store.SearchQuery{Text: `"الجيش الليبي" سرت`, Facets: true}
	for b.Loop() {
		if _, err := db.Search(b.Context(), q); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSearchLatency builds a store from MARSAD_STORE_BENCH articles of the
// shared corpus (texts only: no analysis rows) and times 1,000 mixed
// queries (storetest.Latency), as store/sqlite's does. It is skipped
// unless MARSAD_STORE_BENCH is set:
//
//	MARSAD_TEST_POSTGRES=postgres://... MARSAD_STORE_BENCH=31514 go test ./store/postgres -run SearchLatency -v -timeout 30m
//
// MARSAD_STORE_SCHEMA keeps the built store in that schema for later runs
// (it is reused if it already holds articles); by default a fresh schema
// is dropped at the end.
func TestSearchLatency(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("MARSAD_STORE_BENCH"))
	if n <= 0 {
		t.Skip("set MARSAD_STORE_BENCH=<articles> to run")
	}
	opt := postgres.Options{URL: pgtest.URL(t), Schema: os.Getenv("MARSAD_STORE_SCHEMA")}
	if opt.Schema == "" {
		opt.Schema, _ = pgtest.Schema(t)
	}
	db, err := postgres.Open(t.Context(), opt)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	storetest.Latency(t, db, n)
}

// BenchmarkPutBatch measures PutBatch of 256 articles (one transaction,
// the fixture analysis of BenchmarkPut each), as an ingest's store.Writer
// writes them.
func BenchmarkPutBatch(b *testing.B) {
	db := open(b)
	defer db.Close()
	storetest.BenchPutBatch(b, db)
}
