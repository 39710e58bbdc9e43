package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// splitWords splits s into words: runs of letters, digits and marks.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == arabic.Tatweel)
	})
}

// bareWord removes tashkeel and tatweel but keeps hamza forms, so that the
// article ال (bare alef) stays distinct from the أل of ألمانيا.
func bareWord(w string) string {
	return strings.Map(func(r rune) rune {
		if arabic.IsTashkeel(r) || r == arabic.Tatweel {
			return -1
		}
		return r
	}, w)
}

// readings returns w followed by the forms left when the proclitics a
// reading of arabic.Splits cuts off are removed (a conjunction و ف, then a
// preposition ب ل ك; لل = ل + ال), each also without its article (ال),
// least stripped first; readings with a pronoun suffix are left out and
// every form keeps at least 3 letters. A name out of any document (an
// entity's name, a role) is read this way; text in a document has the
// document's segmentation.
func readings(w string) []string {
	out := []string{w}
	add := func(s string) {
		if utf8.RuneCountInString(s) >= 3 && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	splits := arabic.Splits(w)
	for n := 1; n <= 3; n++ { // by the number of parts: least stripped first
		for _, sp := range splits {
			if len(sp) != n || sp[n-1].Role == arabic.Enclitic || sp[n-1].Start == sp[n-1].End || sp[0].Form == "س" || (n > 2 && sp[1].Form == "س") {
				continue // a pronoun suffix, a fused pair, the future marker
			}
			f := sp[n-1].Form
			add(f)
			if strings.HasPrefix(f, "ال") {
				add(f[len("ال"):])
			}
		}
	}
	return out
}
