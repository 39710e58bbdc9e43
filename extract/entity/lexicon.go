package entity

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad/extract/gazetteer"
)

//go:embed data/*.txt
var dataFS embed.FS

// Gazetteer kinds of a phrase.
const (
	kindCountry = 1 << iota
	kindCity
	kindTitle
	kindOrgHead
	kindLocHead
	kindFirstName
	kindNamePER // names the tagger found in unlabelled news (see BuildNames)
	kindNameLOC
	kindNameORG
	numKinds = iota
)

// nameKind returns the found-names kind of a type, or 0.
func nameKind(typ string) uint16 {
	switch typ {
	case PER:
		return kindNamePER
	case LOC:
		return kindNameLOC
	case ORG:
		return kindNameORG
	}
	return 0
}

// lexicon holds the word lists the features consult, keyed by phraseKey.
// It is built once and read-only afterwards.
type lexicon struct {
	kinds     map[string]uint16 // phrase key → kind bits
	prefixes  map[string]bool   // proper word prefixes of multi-word phrases
	country   map[string]string // country phrase key → ISO alpha-3 / region code
	topic     map[string]uint8  // word key → topic number (1…numTopics)
	alias     map[string]string // short form of an organisation → its long name (found names' ALIAS lines)
	maxPhrase int               // longest phrase, in words
}

func newLexicon() *lexicon {
	return &lexicon{kinds: make(map[string]uint16), prefixes: make(map[string]bool), country: make(map[string]string), topic: make(map[string]uint8), alias: make(map[string]string), maxPhrase: 1}
}

func (l *lexicon) add(phrase string, kind uint16) {
	key := phraseKey(phrase)
	if key == "" {
		return
	}
	l.kinds[key] |= kind
	if n := strings.Count(key, " ") + 1; n > l.maxPhrase {
		l.maxPhrase = n
	}
	for i := range len(key) {
		if key[i] == ' ' {
			l.prefixes[key[:i]] = true
		}
	}
}

// loadLexicon reads the embedded lists and adds extra first names and
// found names ("TYPE TAB key" lines and "ALIAS TAB short TAB long" lines,
// see BuildNames). The given names of
// data/given_names.txt (BuildGivenNames, ReadNameDB) are first names too.
func loadLexicon(extraFirst, names []string) (*lexicon, error) {
	l := newLexicon()
	lists := []struct {
		file string
		kind uint16
	}{
		{"data/titles.txt", kindTitle},
		{"data/org_heads.txt", kindOrgHead},
		{"data/loc_heads.txt", kindLocHead},
		{"data/first_names.txt", kindFirstName},
		{"data/given_names.txt", kindFirstName},
	}
	for _, f := range lists {
		err := readList(f.file, func(cols []string) error {
			l.add(cols[0], f.kind)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, n := range extraFirst {
		l.add(n, kindFirstName)
	}
	for _, n := range names {
		typ, key, ok := strings.Cut(n, "\t")
		if short, long, isAlias := strings.Cut(key, "\t"); ok && typ == "ALIAS" && isAlias {
			l.alias[short] = long
			continue
		}
		if k := nameKind(typ); ok && k != 0 {
			l.add(key, k)
		}
	}
	if err := loadTopics(l); err != nil {
		return nil, err
	}
	if err := l.addPlaces(); err != nil {
		return nil, err
	}
	return l, nil
}

// addPlaces adds the names of the shared gazetteer's countries (code:
// ISO alpha-3) and of the regions actors are coded with (EUR, AFR), as
// countries, and of its cities, as cities.
func (l *lexicon) addPlaces() error {
	es, err := gazetteer.Entries()
	if err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	for _, e := range es {
		for _, n := range e.Names {
			key := phraseKey(n)
			if runeLen(strings.ReplaceAll(key, " ", "")) < 3 {
				continue
			}
			switch {
			case e.Code != "" && (e.Kind == gazetteer.KindCountry || e.Kind == gazetteer.KindRegion):
				l.add(n, kindCountry)
				if _, ok := l.country[key]; !ok {
					l.country[key] = e.Code
				}
			case e.Kind == gazetteer.KindCity:
				l.add(n, kindCity)
			}
		}
	}
	return nil
}

// readList calls fn with the tab-separated columns of every line of an
// embedded list that is neither blank nor a # comment.
func readList(name string, fn func(cols []string) error) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	defer f.Close()
	return scanList(f, fn)
}

func scanList(r io.Reader, fn func(cols []string) error) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("entity: read list: %w", err)
	}
	return nil
}

// kind returns the kind bits of a one-word key.
func (l *lexicon) kind(key string) uint16 { return l.kinds[key] }
