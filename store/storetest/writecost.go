package storetest

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/cputime"
	"github.com/marsad/marsad/store"
)

// Cost is what a piece of work cost this process: CPU time (user +
// system) and bytes written.
type Cost struct {
	CPU time.Duration
	// WriteCalls is the bytes handed to write calls (wchar of
	// /proc/self/io); DiskWrites the bytes the kernel sent to storage for
	// them (write_bytes). Both -1 where /proc/self/io is missing.
	WriteCalls, DiskWrites int64
}

// ProcessCost returns the cost of this process so far; subtract two to
// measure the work between them.
func ProcessCost() Cost {
	c := Cost{CPU: cputime.Used()}
	c.WriteCalls, c.DiskWrites = -1, -1
	f, err := os.Open("/proc/self/io")
	if err != nil {
		return c
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ": ")
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			continue
		}
		switch k {
		case "wchar":
			c.WriteCalls = n
		case "write_bytes":
			c.DiskWrites = n
		}
	}
	return c
}

// Sub returns c - d.
func (c Cost) Sub(d Cost) Cost {
	return Cost{CPU: c.CPU - d.CPU, WriteCalls: c.WriteCalls - d.WriteCalls, DiskWrites: c.DiskWrites - d.DiskWrites}
}

// Article returns the article a news record is stored as in the
// benchmarks: its text, with the record as raw input, and no analysis.
func (d NewsDoc) Article() *store.Article {
	pub, _ := time.Parse(time.RFC3339, d.Published)
	raw, _ := json.Marshal(d)
	return &store.Article{ID: d.ID, Source: d.Source, Title: d.Title, Body: d.Text, Published: pub, Raw: raw, RawFormat: "json"}
}

// StoreDocs stores docs into s: through a store.Writer with batches of at
// most batch articles, or one Put each when batch is 0. It fails t on the
// first error.
func StoreDocs(ctx context.Context, t testing.TB, s store.Store, docs []NewsDoc, batch int) {
	t.Helper()
	if batch <= 0 {
		for _, d := range docs {
			if _, err := s.Put(ctx, d.Article()); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	w := store.NewWriter(ctx, s, store.WriterConfig{MaxArticles: batch, MaxDelay: time.Minute})
	for _, d := range docs {
		if err := w.Add(ctx, d.Article(), nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// BenchPutBatch stores batches of 256 copies of a fixture article (with
// its analysis: 2 entities, an event, a quote, a place and a time) through
// db.PutBatch, one batch per iteration, as an ingest's store.Writer writes
// them, and reports the articles stored per second.
func BenchPutBatch(b *testing.B, db store.Batcher) {
	f := Corpus()[4]
	n := 0
	start := time.Now()
	for b.Loop() {
		arts := make([]*store.Article, 256)
		for i := range arts {
			a := f.Article()
			a.ID = "b" + strconv.Itoa(n)
			a.Raw = append(a.Raw, strconv.Itoa(n)...)
			arts[i] = a
			n++
		}
		if _, err := db.PutBatch(b.Context(), arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
}
