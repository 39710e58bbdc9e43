// Command sample runs timex.Find over a sample of the shared news corpus
// (reference date: each article's published date) and prints the
// expressions found, for eyeballing precision.
//
//	go run ./extract/timex/internal/sample -shared ../shared -n 200 -show 30
//
// It reads ../shared at run time (a development tool, not part of the
// product).
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/marsad/marsad/extract/timex"
)

type article struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func main() {
	shared := flag.String("shared", "../shared", "shared data directory")
	n := flag.Int("n", 200, "articles to read")
	every := flag.Int("every", 53, "take every k-th article")
	show := flag.Int("show", 20, "articles to print in full")
	flag.Parse()
	if err := run(*shared, *n, *every, *show); err != nil {
		fmt.Fprintln(os.Stderr, "sample:", err)
		os.Exit(1)
	}
}

func run(shared string, n, every, show int) error {
	f, err := os.Open(filepath.Join(shared, "data", "news", "ant-2018.jsonl.gz"))
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	types := map[string]int{}
	texts := map[string]int{}
	arts, total, size := 0, 0, 0
	var dur time.Duration
	for line := 0; sc.Scan() && arts < n; line++ {
		if line%every != 0 {
			continue
		}
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return err
		}
		ref, err := time.Parse(time.DateOnly, a.Published[:min(10, len(a.Published))])
		if err != nil {
			ref = time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)
		}
		t := time.Now()
		es := timex.Find(a.Text, ref)
		dur += time.Since(t)
		arts++
		size += len(a.Text)
		total += len(es)
		for _, e := range es {
			types[e.Type]++
			texts[e.Text]++
		}
		if arts <= show {
			fmt.Printf("== %s (ref %s)\n", a.ID, ref.Format(time.DateOnly))
			for _, e := range es {
				ctx := a.Text[max(0, e.Start-30):min(len(a.Text), e.End+20)]
				fmt.Printf("   %-8s %-22s %-30s | %q\n", e.Type, e.Value, e.Text, ctx)
			}
		}
	}
	fmt.Printf("\narticles %d, expressions %d (%.2f/article) %v, %.1f MB/s\n", arts, total, float64(total)/float64(max(arts, 1)), types, float64(size)/dur.Seconds()/1e6)
	keys := make([]string, 0, len(texts))
	for k := range texts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return texts[keys[i]] > texts[keys[j]] })
	for _, k := range keys[:min(60, len(keys))] {
		fmt.Printf("%5d %s\n", texts[k], k)
	}
	return sc.Err()
}
