package entity

import (
	"strings"
	"unicode"

	"github.com/marsad/marsad/arabic"
)

// wordKey is the matching key the tagger and the clusters use for a word:
// arabic.Normalize with every digit folded to 0, so numbers share features.
func wordKey(s string) string {
	return foldDigits(arabic.Normalize(s))
}

// foldDigits turns every digit of a key into 0.
func foldDigits(n string) string {
	if strings.IndexFunc(n, unicode.IsDigit) < 0 {
		return n
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, n)
}

// splitWords calls fn on every maximal run of letters, marks and digits in s,
// the words of unlabelled text.
func splitWords(s string, fn func(w string)) {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == arabic.Tatweel {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:])
	}
}
