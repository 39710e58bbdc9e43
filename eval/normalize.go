package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in the form FORMAT.md compares: Unicode NFKC; tashkeel
// (U+064B–U+065F, U+0670) and tatweel (U+0640) dropped; أ إ آ ٱ → ا,
// ى → ي, ة → ه, ؤ → و, ئ → ي; every run of white space folded to one
// space; punctuation (and the white space it exposes) trimmed at both ends.
// Nothing else is folded: not case, not digits.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for _, r := range s {
		switch {
		case (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى' || r == 'ئ':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case unicode.IsSpace(r):
			pendingSpace = true
			continue
		}
		if pendingSpace && b.Len() > 0 {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(r)
	}
	return strings.TrimFunc(b.String(), func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r)
	})
}

// Tokens returns the tokens of Normalize(s): its maximal runs of letters
// and digits.
func Tokens(s string) []string {
	return strings.FieldsFunc(Normalize(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// TokenF1 is the token-overlap F1 of two texts: tokens are counted as
// multisets, precision is the share of b's tokens found in a, recall the
// share of a's tokens found in b. It is 0 when either side has no tokens.
func TokenF1(a, b string) float64 {
	ta, tb := Tokens(a), Tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	bag := make(map[string]int, len(ta))
	for _, t := range ta {
		bag[t]++
	}
	common := 0
	for _, t := range tb {
		if bag[t] > 0 {
			bag[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(tb))
	r := float64(common) / float64(len(ta))
	return 2 * p * r / (p + r)
}

// nameSet is a set of normalised names.
type nameSet map[string]bool

// add inserts the normalised forms of names, skipping empty ones.
func (s nameSet) add(names ...string) {
	for _, n := range names {
		if k := Normalize(n); k != "" {
			s[k] = true
		}
	}
}

// meets reports whether the two sets share a name.
func (s nameSet) meets(o nameSet) bool {
	if len(o) < len(s) {
		s, o = o, s
	}
	for k := range s {
		if o[k] {
			return true
		}
	}
	return false
}
