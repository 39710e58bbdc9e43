package actor

import (
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/actor/internal/dict"
)

// nisbaSuffixes returns the endings removed to reach the masculine singular
// nisba, in normalised spelling: feminine ـية (ـيه), plurals ـيون ـيين ـيات,
// accusative ـياً (ـيا).
func nisbaSuffixes() [5]string { return [5]string{"ه", "ون", "ين", "ات", "ا"} }

// Nationality returns the country code a nationality adjective or plural
// names: الأمريكي، الأميركية، أمريكياً → USA; الروس، روسية → RUS; الليبيين →
// LBY; الأوروبي → EUR. The word may carry the article, the clitics و ف ب ل ك
// and feminine, plural or accusative endings. Country names themselves
// (ليبيا، السعودية) are not nationalities.
// Answers are memoised per knowledge base.
func (kb *KB) Nationality(word string) (code string, ok bool) {
	a := kb.natMemo.Get(word, kb.nationality)
	return a.code, a.ok
}

// natAnswer is a memoised Nationality answer.
type natAnswer struct {
	code string
	ok   bool
}

// nationality computes Nationality.
func (kb *KB) nationality(word string) natAnswer {
	code, ok := kb.computeNationality(word)
	return natAnswer{code, ok}
}

func (kb *KB) computeNationality(word string) (code string, ok bool) {
	word = strings.TrimSpace(word)
	if word == "" || strings.ContainsAny(word, " \t\n") {
		return "", false
	}
	for _, v := range readings(bareWord(word)) {
		n := arabic.Normalize(v)
		if !strings.HasSuffix(n, "ي") {
			if _, isCountry := kb.countries[dict.FoldWord(v)]; isCountry {
				return "", false // ليبيا، السعودية: a country, not an adjective
			}
		}
		if c, ok := kb.natLookup(n); ok {
			return c, true
		}
		for _, suf := range nisbaSuffixes() {
			if base, cut := strings.CutSuffix(n, suf); cut && strings.HasSuffix(base, "ي") {
				if c, ok := kb.natLookup(base); ok {
					return c, true
				}
			}
		}
	}
	return "", false
}

func (kb *KB) natLookup(k string) (string, bool) {
	if len([]rune(k)) < 3 || kb.natStop[k] {
		return "", false
	}
	c, ok := kb.nat[k]
	return c, ok
}
