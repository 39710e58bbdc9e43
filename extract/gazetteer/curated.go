package gazetteer

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// CuratedRow is one line of data/curated.tsv: a place the general sources
// lack (a region, a site, a water) or more names of a country they have
// (kind "alias").
type CuratedRow struct {
	Kind     string // region, site, water or alias
	Country  string // ISO alpha-2; "" for places of several countries
	Code     string // CAMEO code of a region actors are coded with (EUR); ""
	Lat, Lon float64
	Names    []string
	// Articles holds, per name, how many articles of the news corpus use it
	// (outside the dev gold and the held-out evaluation articles), as the
	// file states it; a test recounts them.
	Articles []int
	Source   string // where the coordinates (or the usage) can be checked
}

//go:embed data/curated.tsv
var curatedTSV []byte

// Curated returns the rows of the embedded data/curated.tsv.
func Curated() ([]CuratedRow, error) { return ReadCurated(bytes.NewReader(curatedTSV)) }

// ReadCurated parses curated rows: "kind TAB country TAB code TAB lat TAB
// lon TAB names TAB articles TAB source", names and article counts
// |-separated in the same order, "-" for an empty country or code; blank
// lines and # comments are skipped.
func ReadCurated(r io.Reader) ([]CuratedRow, error) {
	var out []CuratedRow
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 8 {
			return nil, fmt.Errorf("%w: curated line %d: want 8 tab-separated fields, got %d", ErrFormat, n, len(fs))
		}
		row := CuratedRow{Kind: fs[0], Country: dash(fs[1]), Code: dash(fs[2]), Names: strings.Split(fs[5], "|"), Source: fs[7]}
		switch row.Kind {
		case "alias", KindRegion, KindSite, KindWater:
		default:
			return nil, fmt.Errorf("%w: curated line %d: unknown kind %q", ErrFormat, n, row.Kind)
		}
		var err1, err2 error
		row.Lat, err1 = strconv.ParseFloat(fs[3], 64)
		row.Lon, err2 = strconv.ParseFloat(fs[4], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%w: curated line %d: bad coordinates", ErrFormat, n)
		}
		if slices.Contains(row.Names, "") {
			return nil, fmt.Errorf("%w: curated line %d: an empty name", ErrFormat, n)
		}
		counts := strings.Split(fs[6], "|")
		if len(counts) != len(row.Names) {
			return nil, fmt.Errorf("%w: curated line %d: %d names, %d article counts", ErrFormat, n, len(row.Names), len(counts))
		}
		for _, c := range counts {
			k, err := strconv.Atoi(c)
			if err != nil {
				return nil, fmt.Errorf("%w: curated line %d: article count %q", ErrFormat, n, c)
			}
			row.Articles = append(row.Articles, k)
		}
		if row.Kind == "alias" && row.Country == "" {
			return nil, fmt.Errorf("%w: curated line %d: an alias needs a country", ErrFormat, n)
		}
		out = append(out, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: curated: %w", err)
	}
	return out, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}
