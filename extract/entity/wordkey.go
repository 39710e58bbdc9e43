package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// phraseKey is the key of a multi-word name: the word keys of its words,
// space-separated.
func phraseKey(s string) string {
	var parts []string
	splitWords(s, func(w string) { parts = append(parts, wordKey(w)) })
	return strings.Join(parts, " ")
}

// isArabicPhrase reports whether every letter of s is in the Arabic script
// (and there is one).
func isArabicPhrase(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Arabic, r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
