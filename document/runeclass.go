package document

import (
	"strings"
	"unicode"
)

// runeClass is how keyWords and countWords read a rune.
type runeClass uint8

const (
	runeOther runeClass = iota // punctuation, symbols: separates words
	runeWord                   // letter, digit, mark or ©: part of a word
	runeSpace                  // white space (unicode.IsSpace)
)

// classOf returns the class of r; runes below U+0800 (Latin, Arabic) come
// from a table.
func classOf(r rune) runeClass {
	if r >= 0 && r < rune(len(runeClasses)) {
		return runeClasses[r]
	}
	return computeClass(r)
}

func computeClass(r rune) runeClass {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '©':
		return runeWord
	case unicode.IsSpace(r):
		return runeSpace
	}
	return runeOther
}

// runeClasses caches computeClass below U+0800. Read-only after package
// initialisation.
var runeClasses = func() (t [0x800]runeClass) {
	for r := range t {
		t[r] = computeClass(rune(r))
	}
	return t
}()

// collapseSpace is strings.Join(strings.Fields(s), " "): white space
// trimmed and every run of it made one space. s itself is returned when
// it is already so.
func collapseSpace(s string) string {
	prevSpace := true // at the start, a space would be leading
	for _, r := range s {
		if classOf(r) == runeSpace {
			if r != ' ' || prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ") // a trailing space
	}
	return s
}
