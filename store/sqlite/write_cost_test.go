package sqlite_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// TestWriteCost stores the first MARSAD_WRITE_BENCH articles of the news
// corpus (texts, no analysis rows) into a fresh store, one Put per
// transaction and through a store.Writer in batches of 64, 256 and 1,024,
// MARSAD_WRITE_ROUNDS times each (default 3), the modes interleaved. It
// logs, for each, the CPU time per article (the whole process: encoding,
// index text, SQLite, the final checkpoint and merge), and the bytes
// written per MB of the store on disk: handed to write calls and sent to
// the disk. Skipped unless MARSAD_WRITE_BENCH is set:
//
//	MARSAD_WRITE_BENCH=5000 go test ./store/sqlite -run WriteCost -v -timeout 60m
//
// MARSAD_WRITE_MODES picks modes (e.g. "0,256": 0 is one Put each).
func TestWriteCost(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("MARSAD_WRITE_BENCH"))
	if n <= 0 {
		t.Skip("set MARSAD_WRITE_BENCH=<articles> to run")
	}
	rounds := 3
	if v, err := strconv.Atoi(os.Getenv("MARSAD_WRITE_ROUNDS")); err == nil && v > 0 {
		rounds = v
	}
	modes := []int{0, 64, 256, 1024}
	if v := os.Getenv("MARSAD_WRITE_MODES"); v != "" {
		modes = nil
		for _, f := range strings.Split(v, ",") {
			m, err := strconv.Atoi(f)
			if err != nil {
				t.Fatal(err)
			}
			modes = append(modes, m)
		}
	}
	docs := storetest.ReadCorpus(t, n)
	ctx := t.Context()
	type result struct {
		cpu             []time.Duration
		calls, disk, db []float64 // MB
	}
	res := make([]result, len(modes))
	for r := range rounds {
		for i, m := range modes {
			path := filepath.Join(t.TempDir(), "w.db")
			before := storetest.ProcessCost()
			db, err := sqlite.Open(ctx, sqlite.Options{Path: path})
			if err != nil {
				t.Fatal(err)
			}
			storetest.StoreDocs(ctx, t, db, docs, m)
			if err := db.Optimize(ctx); err != nil {
				t.Fatal(err)
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			c := storetest.ProcessCost().Sub(before)
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			res[i].cpu = append(res[i].cpu, c.CPU)
			res[i].calls = append(res[i].calls, float64(c.WriteCalls)/1e6)
			res[i].disk = append(res[i].disk, float64(c.DiskWrites)/1e6)
			res[i].db = append(res[i].db, float64(fi.Size())/1e6)
			t.Logf("round %d, %s: %.3f ms CPU/article (%.0f articles per CPU-second); %.0f MB written (%.0f MB to disk) for a %.0f MB store",
				r+1, modeName(m), c.CPU.Seconds()*1e3/float64(len(docs)), float64(len(docs))/c.CPU.Seconds(),
				float64(c.WriteCalls)/1e6, float64(c.DiskWrites)/1e6, float64(fi.Size())/1e6)
		}
	}
	for i, m := range modes {
		var lo, hi time.Duration
		var calls, disk, size float64
		for j, c := range res[i].cpu {
			if j == 0 || c < lo {
				lo = c
			}
			hi = max(hi, c)
			calls += res[i].calls[j]
			disk += res[i].disk[j]
			size += res[i].db[j]
		}
		per := func(d time.Duration) float64 { return d.Seconds() * 1e3 / float64(len(docs)) }
		t.Logf("%-14s CPU %.3f–%.3f ms/article; written per stored MB: %.1f (write calls), %.1f (disk)",
			modeName(m), per(lo), per(hi), calls/size, disk/size)
	}
}

func modeName(batch int) string {
	if batch == 0 {
		return "one Put each"
	}
	return fmt.Sprintf("batches of %d", batch)
}
