package blevebench

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/store/storetest"
)

// TestCompare indexes the first MARSAD_COMPARE articles of the news
// corpus (all: 31499) into Marsad's SQLite store, into bleve and, with
// MARSAD_TEST_POSTGRES set, into PostgreSQL's 'arabic' configuration, and
// runs the same MARSAD_COMPARE_QUERIES mixed queries (default 1000) on
// each, MARSAD_COMPARE_PASSES times (default 3), interleaved in blocks of
// 50 queries so that the load of the machine falls on all alike. It logs,
// per engine, the CPU time of the index build per article (the whole
// process, plus the database server's process for PostgreSQL), the index
// size, the CPU time per query, the latency percentiles of one client,
// the queries that found nothing, and the ratios to Marsad's.
//
//	MARSAD_COMPARE=31499 go test -run Compare -v -timeout 3h
func TestCompare(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("MARSAD_COMPARE"))
	if n <= 0 {
		t.Skip("set MARSAD_COMPARE=<articles> to run")
	}
	nq, passes := envInt("MARSAD_COMPARE_QUERIES", 1000), envInt("MARSAD_COMPARE_PASSES", 3)
	ctx := t.Context()
	docs := storetest.ReadCorpus(t, n)
	queries := storetest.MixedQueries(docs, nq)
	dir := t.TempDir()

	var engines []engine
	m, err := newMarsad(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	engines = append(engines, m)
	b, err := newBleve(dir)
	if err != nil {
		t.Fatal(err)
	}
	engines = append(engines, b)
	if url := os.Getenv("MARSAD_TEST_POSTGRES"); url != "" {
		p, err := newPG(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		engines = append(engines, p)
	}
	defer func() {
		for _, e := range engines {
			_ = e.Close()
		}
	}()

	type stats struct {
		indexCPU, queryCPU float64 // seconds
		lat                []time.Duration
		zero, hits         int
	}
	st := make([]stats, len(engines))
	cost := func(e engine) float64 { return storetest.ProcessCost().CPU.Seconds() + e.ServerCPU() }
	for i, e := range engines {
		c0, t0 := cost(e), time.Now()
		if err := e.Index(ctx, docs); err != nil {
			t.Fatalf("%s: index: %v", e.Name(), err)
		}
		st[i].indexCPU = cost(e) - c0
		if err := e.Open(ctx); err != nil {
			t.Fatalf("%s: open: %v", e.Name(), err)
		}
		t.Logf("%s: indexed %d articles in %v wall, %.1f s CPU (%.3f ms/article); %.0f MB", e.Name(), len(docs),
			time.Since(t0).Round(time.Millisecond), st[i].indexCPU, st[i].indexCPU*1e3/float64(len(docs)), float64(e.Bytes())/1e6)
	}
	const block = 50
	for pass := range passes {
		for lo := 0; lo < len(queries); lo += block {
			qs := queries[lo:min(len(queries), lo+block)]
			for k := range engines {
				i := (k + lo/block + pass) % len(engines) // rotate who goes first
				e := engines[i]
				c0 := cost(e)
				for _, q := range qs {
					t0 := time.Now()
					total, err := e.Search(ctx, q)
					if err != nil {
						t.Fatalf("%s: %q: %v", e.Name(), q.Text, err)
					}
					st[i].lat = append(st[i].lat, time.Since(t0))
					if pass == 0 {
						st[i].hits += total
						if total == 0 {
							st[i].zero++
						}
					}
				}
				st[i].queryCPU += cost(e) - c0
			}
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n%d articles, %d queries × %d passes (page of 20 with snippets; facets on 1 in 8)\n", len(docs), len(queries), passes)
	fmt.Fprintf(&sb, "%-16s %12s %9s %12s %9s %9s %9s %9s %6s %10s\n", "engine", "index ms/art", "ratio", "query CPU ms", "ratio", "p50 ms", "p90 ms", "p99 ms", "0 hits", "mean hits")
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1e3 }
	base := st[0]
	for i, e := range engines {
		s := st[i]
		slices.Sort(s.lat)
		pct := func(p float64) time.Duration { return s.lat[min(len(s.lat)-1, int(p*float64(len(s.lat))))] }
		perIndex := s.indexCPU * 1e3 / float64(len(docs))
		perQuery := s.queryCPU * 1e3 / float64(len(s.lat))
		fmt.Fprintf(&sb, "%-16s %12.3f %9.2f %12.2f %9.2f %9.2f %9.2f %9.2f %6d %10.0f\n", e.Name(), perIndex, s.indexCPU/base.indexCPU,
			perQuery, s.queryCPU/base.queryCPU, ms(pct(0.5)), ms(pct(0.9)), ms(pct(0.99)), s.zero, float64(s.hits)/float64(len(queries)))
	}
	sb.WriteString("ratio: the engine's CPU over Marsad's (below 1: cheaper than Marsad)\n")
	t.Log(sb.String())
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}
