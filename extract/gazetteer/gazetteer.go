// Package gazetteer is the one place list Marsad's layers share: countries
// with their ISO codes, cities of 15,000 people or more with Arabic names,
// and the few regions, sites and waters Arab news names that those sources
// lack. The geocoder (package geo) resolves place names against it, the
// entity tagger (package entity) reads its names as lexicon features, and
// the actor knowledge base (package actor) takes its countries and derives
// their nationality adjectives from it.
//
// The list is built once, by Build ('marsad train gazetteer'), from
// GeoNames cities15000, Natural Earth's admin-0 countries and populated
// places, mledoze/countries and data/curated.tsv, and embedded in the
// binary (data/gazetteer.tsv.gz; licences in data/SOURCE.md). Entries
// returns it.
package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Kinds of entry.
const (
	KindCountry = "country"
	KindCity    = "city"
	KindRegion  = "region"
	KindSite    = "site"
	KindWater   = "water"
)

// ErrFormat is wrapped by every error about a malformed gazetteer line.
var ErrFormat = errors.New("gazetteer: bad line")

// Entry is one place.
type Entry struct {
	Kind string
	// Country is the ISO 3166-1 alpha-2 code of the country the place is
	// in ("" for seas and regions that span several countries).
	Country string
	// Code is the ISO 3166-1 alpha-3 code of a country, or the CAMEO code
	// of a region actors are coded with (EUR, AFR); "" otherwise.
	Code       string
	Lat, Lon   float64
	Population int64
	// Capital is set for national capitals, Admin for the seats of a
	// country's first-order divisions (a province's capital: Geneva,
	// Kenitra, Quneitra), Curated for the entries of data/curated.tsv.
	Capital, Admin, Curated bool
	// Names are the Arabic names, the most common first.
	Names []string
}

//go:embed data/gazetteer.tsv.gz
var gazetteerGz []byte

// Entries returns the embedded gazetteer. It is parsed once and shared:
// callers must not modify it.
func Entries() ([]Entry, error) { return loadEmbedded() }

var loadEmbedded = sync.OnceValues(func() ([]Entry, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return Read(zr)
})

// Read parses a gazetteer written by Build: a header line, then one entry
// a line, "kind TAB country TAB code TAB lat TAB lon TAB population TAB
// names" with the names separated by |; kind "capital" is a city that is
// a national capital, "admin" one that is the seat of a first-order
// division, and region, site and water entries are curated.
func Read(r io.Reader) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		e, err := parseEntry(text)
		if err != nil {
			return nil, fmt.Errorf("%w %d: %w", ErrFormat, line, err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return out, nil
}

func parseEntry(line string) (Entry, error) {
	fs := strings.Split(line, "\t")
	if len(fs) != 7 {
		return Entry{}, fmt.Errorf("want 7 fields, got %d", len(fs))
	}
	lat, err := strconv.ParseFloat(fs[3], 64)
	if err != nil {
		return Entry{}, err
	}
	lon, err := strconv.ParseFloat(fs[4], 64)
	if err != nil {
		return Entry{}, err
	}
	pop, err := strconv.ParseInt(fs[5], 10, 64)
	if err != nil {
		return Entry{}, err
	}
	if fs[6] == "" {
		return Entry{}, errors.New("no name")
	}
	e := Entry{Kind: fs[0], Country: fs[1], Code: fs[2], Lat: lat, Lon: lon, Population: pop, Names: strings.Split(fs[6], "|")}
	switch e.Kind {
	case "capital":
		e.Kind, e.Capital = KindCity, true
	case "admin":
		e.Kind, e.Admin = KindCity, true
	case KindRegion, KindSite, KindWater:
		e.Curated = true
	case KindCountry, KindCity:
	default:
		return Entry{}, fmt.Errorf("unknown kind %q", e.Kind)
	}
	if e.Country == "XX" {
		e.Country = ""
	}
	return e, nil
}
