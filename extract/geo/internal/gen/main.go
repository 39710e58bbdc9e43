// Command gen builds extract/geo/data/gazetteer.tsv.gz from the shared
// gazetteer sources (GeoNames cities15000, Natural Earth countries and
// populated places, mledoze countries) and the curated additions in
// extract/geo/data/curated.tsv.
//
// Usage, from the repository root:
//
//	go run ./extract/geo/internal/gen -shared ../shared
//
// It reads ../shared at generation time only; the product embeds the output.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	shared := flag.String("shared", "../shared", "path of the shared data directory")
	out := flag.String("out", "extract/geo/data/gazetteer.tsv.gz", "output file")
	curated := flag.String("curated", "extract/geo/data/curated.tsv", "curated additions")
	flag.Parse()
	if err := run(*shared, *curated, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
