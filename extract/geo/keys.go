package geo

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// nameKey is the matching key of a place name: the arabic.Normalize key
// with white space and hyphens folded to single spaces.
func nameKey(s string) string {
	s = strings.ReplaceAll(s, "-", " ")
	return strings.Join(strings.Fields(arabic.Normalize(s)), " ")
}

// baseKeys returns the keys of word read without its proclitics, in every
// way arabic.Splits allows (readings with a pronoun suffix left out), the
// unsplit word first: for a name outside a document (Lookup).
func baseKeys(word string) []string {
	var out []string
	for _, sp := range arabic.Splits(word) {
		if sp[len(sp)-1].Role == arabic.Enclitic {
			continue
		}
		b := sp[len(sp)-1]
		k := arabic.Normalize(b.Form)
		if utf8.RuneCountInString(k) < 3 || slices.Contains(out, k) {
			continue
		}
		out = append(out, k)
	}
	return out
}
