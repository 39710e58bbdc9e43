// Command gen builds extract/geo/data/common_words_anercorp.txt: the
// one-word names of the shared gazetteer (package gazetteer) that
// ANERcorp's training split mostly tags as something other than a place.
// The gazetteer itself is built by 'marsad train gazetteer'.
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
	"path/filepath"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/gazetteer"
)

func main() {
	shared := flag.String("shared", "../shared", "path of the shared data directory")
	out := flag.String("out", "extract/geo/data/common_words_anercorp.txt", "output file")
	flag.Parse()
	if err := run(*shared, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(shared, out string) error {
	es, err := gazetteer.Entries()
	if err != nil {
		return err
	}
	big := func(e gazetteer.Entry) bool {
		return e.Kind == gazetteer.KindCountry || e.Capital || e.Population >= 250_000
	}
	names := map[string]bool{}
	for _, e := range es {
		if big(e) {
			continue // countries, capitals and large cities are never taken as common words
		}
		for _, n := range e.Names {
			if k := arabic.Normalize(n); !strings.Contains(k, " ") {
				names[k] = true
			}
		}
	}
	for _, e := range es {
		if big(e) {
			for _, n := range e.Names {
				delete(names, arabic.Normalize(n))
			}
		}
	}
	words, err := commonWords(filepath.Join(shared, "data", "ner", "anercorp", "train.conll"), names)
	if err != nil {
		return err
	}
	return writeCommon(out, words)
}
