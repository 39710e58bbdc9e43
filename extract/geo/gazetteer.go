package geo

import (
	"fmt"
	"sort"
	"strings"

	"github.com/marsad/marsad/extract/gazetteer"
)

// Candidate is one gazetteer entry a name may refer to.
type Candidate struct {
	// Name is the gazetteer's first Arabic name for the entry.
	Name       string  `json:"name"`
	Country    string  `json:"country"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Kind       string  `json:"kind"`
	Population int64   `json:"population,omitempty"`
	// Capital is set for national capitals, Admin for the seats of a
	// country's first-order divisions.
	Capital bool `json:"capital,omitempty"`
	Admin   bool `json:"admin,omitempty"`
	// Curated is set for entries from the curated list.
	Curated bool `json:"curated,omitempty"`
}

// Gazetteer is an immutable index of place names by normalised key. It is
// safe for concurrent use.
type Gazetteer struct {
	entries []Candidate
	index   map[string][]int32 // key → entries
	maxToks map[string]int     // first token key → most tokens of a name
	prom    map[string]bool    // one-word keys of countries, capitals and curated places
	lex     lexicon
}

// Len returns the number of places in the gazetteer.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Keys returns the number of distinct name keys.
func (g *Gazetteer) Keys() int { return len(g.index) }

// Load indexes the shared gazetteer (package gazetteer) and reads the word
// lists. It takes a few tens of milliseconds; callers should load once and
// share the result.
func Load() (*Gazetteer, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	es, err := gazetteer.Entries()
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	g := &Gazetteer{index: make(map[string][]int32, 32000), maxToks: map[string]int{}, prom: map[string]bool{}, lex: lex}
	for _, e := range es {
		c := Candidate{Name: e.Names[0], Country: e.Country, Lat: e.Lat, Lon: e.Lon, Kind: e.Kind, Population: e.Population, Capital: e.Capital, Admin: e.Admin, Curated: e.Curated}
		id := int32(len(g.entries))
		g.entries = append(g.entries, c)
		for _, n := range e.Names {
			k := nameKey(n)
			g.addKey(k, id)
			if (c.Kind == KindCountry || c.Capital || c.Curated) && !strings.Contains(k, " ") {
				g.prom[k] = true
			}
		}
	}
	return g, nil
}

func (g *Gazetteer) addKey(k string, id int32) {
	if k == "" || g.lex.stopwords[k] || len([]rune(k)) < 2 {
		return
	}
	for _, old := range g.index[k] {
		if old == id {
			return
		}
	}
	g.index[k] = append(g.index[k], id)
	toks := strings.Count(k, " ") + 1
	first, _, _ := strings.Cut(k, " ")
	if toks > g.maxToks[first] {
		g.maxToks[first] = toks
	}
}

// Lookup returns the places a name may refer to, best first (countries,
// then curated places, then by population). The name is matched on its
// normalised key; if nothing matches, its first word is read without
// proclitics (و ب ل ف ك, لل), in every way arabic.Splits allows.
func (g *Gazetteer) Lookup(name string) []Candidate {
	ids := g.index[nameKey(name)]
	if len(ids) == 0 {
		if toks := strings.Fields(name); len(toks) > 0 {
			rest := strings.Join(toks[1:], " ")
			for _, b := range baseKeys(toks[0]) {
				k := strings.TrimSpace(b + " " + nameKey(rest))
				if ids = g.index[k]; len(ids) > 0 {
					break
				}
			}
		}
	}
	out := make([]Candidate, 0, len(ids))
	for _, id := range ids {
		out = append(out, g.entries[id])
	}
	sort.SliceStable(out, func(i, j int) bool { return prior(out[i]) > prior(out[j]) })
	return out
}

// prior is a context-free preference between candidates of one name.
func prior(c Candidate) float64 {
	p := popScore(c.Population)
	switch {
	case c.Kind == KindCountry:
		p += 10
	case c.Curated:
		p += 8
	case c.Capital, c.Admin:
		p += 2 // a capital, or a province's: better known than a namesake of its size
	}
	return p
}
