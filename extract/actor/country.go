package actor

import (
	"strings"

	"github.com/marsad/marsad/extract/actor/internal/dict"
)

// Country returns the country a name or variant designates (ليبيا,
// الولايات المتحدة الأمريكية, أميركا), with spelling folds; a leading
// clitic (بليبيا، ولمصر) is tolerated on one-word names.
func (kb *KB) Country(name string) (Country, bool) {
	k := dict.Key(name)
	if c, ok := kb.countries[k]; ok {
		return c, true
	}
	if strings.Contains(k, " ") {
		return Country{}, false
	}
	for _, v := range readings(bareWord(name)) {
		if c, ok := kb.countries[dict.FoldWord(v)]; ok {
			return c, true
		}
	}
	return Country{}, false
}

// CountryByCode returns the country with ISO 3166-1 alpha-3 code iso3.
func (kb *KB) CountryByCode(iso3 string) (Country, bool) {
	c, ok := kb.byISO3[strings.ToUpper(iso3)]
	return c, ok
}

// countryIn returns the code of the first country named in phrase, by a
// nationality word or a country name, or "".
func (kb *KB) countryIn(phrase string) string {
	words := splitWords(phrase)
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = dict.FoldWord(w)
	}
	for i := range words {
		if code, ok := kb.Nationality(words[i]); ok {
			return code
		}
		for n := min(kb.countryN, len(keys)-i); n >= 1; n-- {
			if c, ok := kb.countries[strings.Join(keys[i:i+n], " ")]; ok {
				return c.ISO3
			}
		}
		if c, ok := kb.Country(words[i]); ok {
			return c.ISO3
		}
	}
	return ""
}
