// Command sample runs geo.Find over a sample of the shared news corpus and
// prints per-article places and summary figures, for eyeballing precision.
//
//	go run ./extract/geo/internal/sample -shared ../shared -n 500 -show 50
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

	"github.com/marsad/marsad/extract/geo"
)

type article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

func main() {
	shared := flag.String("shared", "../shared", "shared data directory")
	n := flag.Int("n", 500, "articles to read")
	skip := flag.Int("skip", 0, "articles to skip first")
	every := flag.Int("every", 37, "take every k-th article")
	show := flag.Int("show", 20, "articles to print in full")
	flag.Parse()
	if err := run(*shared, *n, *skip, *every, *show); err != nil {
		fmt.Fprintln(os.Stderr, "sample:", err)
		os.Exit(1)
	}
}

func run(shared string, n, skip, every, show int) error {
	f, err := os.Open(filepath.Join(shared, "data", "news", "ant-2018.jsonl.gz"))
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	g, err := geo.Load()
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	counts := map[string]int{}
	total, arts, bytes := 0, 0, 0
	var dur time.Duration
	for line := 0; sc.Scan() && arts < n; line++ {
		if line < skip || line%every != 0 {
			continue
		}
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return err
		}
		t := time.Now()
		ps := g.Find(a.Text, geo.Hints{})
		dur += time.Since(t)
		arts++
		bytes += len(a.Text)
		total += len(ps)
		for _, p := range ps {
			counts[p.Name+" "+p.Country+" "+p.Kind]++
		}
		if arts <= show {
			fmt.Printf("== %s %s\n", a.ID, a.Title)
			for _, p := range ps {
				ctx := a.Text[max(0, p.Spans[0].Start-40):min(len(a.Text), p.Spans[0].End+30)]
				fmt.Printf("   %-20s %s %-7s %6.2f %7.2f n=%d | %q\n", p.Name, p.Country, p.Kind, p.Lat, p.Lon, len(p.Mentions), ctx)
			}
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return counts[keys[i]] > counts[keys[j]] })
	fmt.Printf("\narticles %d, places %d (%.2f/article), Find %.2f ms/article, %.1f MB/s\n", arts, total, float64(total)/float64(max(arts, 1)), float64(dur.Microseconds())/1000/float64(max(arts, 1)), float64(bytes)/dur.Seconds()/1e6)
	for _, k := range keys {
		fmt.Printf("%5d %s\n", counts[k], k)
	}
	return sc.Err()
}
