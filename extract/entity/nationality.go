package entity

import (
	"strings"
	"unicode/utf8"
)

// Nationalities looks up nationality adjectives and plurals (الأمريكي،
// روسية، الروس) and returns the code of the country or region they derive
// from. Implementations must be safe for concurrent use. The actor
// knowledge base supplies one; GazetteerNationalities is the built-in
// fallback.
type Nationalities interface {
	Nationality(word string) (code string, ok bool)
}

// NationalityMention is a nationality adjective or plural in the body: an
// actor for events, not a LOC entity. Start and End are byte offsets into
// the body; Text is Body[Start:End] without clitics.
type NationalityMention struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Code    string `json:"actor_code"`
	Country string `json:"country,omitempty"` // country name key it derives from, when known
}

// GazetteerNationalities derives nationality adjectives from the embedded
// country names by Arabic morphology: the article and the nisba endings
// (ي، ية، يون، يين، يات، and the accusative يا) are removed and the rest
// must give a country name back (ليبي → ليبيا، مصري → مصر، عراقي → العراق).
// Definite plurals whose stem gives a country in -يا are accepted too
// (الروس → روسيا). It returns ISO 3166-1 alpha-3 codes.
type GazetteerNationalities struct {
	lex *lexicon
}

// NewGazetteerNationalities returns the built-in nationality lookup.
func NewGazetteerNationalities() (*GazetteerNationalities, error) {
	lex, err := loadLexicon(nil, nil)
	if err != nil {
		return nil, err
	}
	return &GazetteerNationalities{lex: lex}, nil
}

// nisbaEndings are the nationality endings, longest first (normalised:
// ة is ه).
var nisbaEndings = [...]string{"يين", "يون", "يات", "يه", "يا", "ي"}

// Nationality implements Nationalities.
func (g *GazetteerNationalities) Nationality(word string) (string, bool) {
	code, _, ok := g.lookup(word)
	return code, ok
}

// lookup returns the code and the country key a nationality word derives
// from.
func (g *GazetteerNationalities) lookup(word string) (code, country string, ok bool) {
	return g.lookupKey(wordKey(word))
}

// lookupKey is lookup of a word's key.
func (g *GazetteerNationalities) lookupKey(key string) (code, country string, ok bool) {
	if _, isCountry := g.lex.country[key]; isCountry || utf8.RuneCountInString(key) < 3 {
		return "", "", false
	}
	definite := strings.HasPrefix(key, "ال")
	stem := stripAl(key)
	if _, isCountry := g.lex.country[stem]; isCountry {
		return "", "", false
	}
	for _, end := range nisbaEndings {
		base, found := strings.CutSuffix(stem, end)
		if !found || utf8.RuneCountInString(base) < 2 {
			continue
		}
		for _, cand := range [...]string{base, base + "ا", base + "يا", "ال" + base, base + "ي", base + "يا"} {
			if c, ok := g.lex.country[cand]; ok {
				return c, cand, true
			}
		}
	}
	if definite {
		if c, ok := g.lex.country[stem+"يا"]; ok {
			return c, stem + "يا", true
		}
	}
	return "", "", false
}
