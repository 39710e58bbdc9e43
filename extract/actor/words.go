package actor

import (
	"strings"
	"unicode"

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

// proclitics returns w followed by the forms left after removing a
// conjunction (و ف), then a preposition (ب ل ك), then the article (ال, or
// the ل of لل), least stripped first; every form keeps at least 3 letters.
func proclitics(w string) []string {
	out := []string{w}
	add := func(s string) {
		if len([]rune(s)) >= 3 {
			for _, o := range out {
				if o == s {
					return
				}
			}
			out = append(out, s)
		}
	}
	conj := []string{w}
	for _, p := range []string{"و", "ف"} {
		if strings.HasPrefix(w, p) {
			conj = append(conj, w[len(p):])
		}
	}
	for _, c := range conj {
		add(c)
		preps := []string{c}
		if strings.HasPrefix(c, "لل") {
			preps = append(preps, c[len("لل"):]) // لل = ل + ال
		}
		for _, p := range []string{"ب", "ل", "ك"} {
			if strings.HasPrefix(c, p) {
				preps = append(preps, c[len(p):])
			}
		}
		for _, p := range preps {
			add(p)
			if strings.HasPrefix(p, "ال") {
				add(p[len("ال"):])
			}
		}
	}
	return out
}
