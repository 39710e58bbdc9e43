package document

import (
	"strings"
	"unicode"

	"github.com/marsad/marsad/arabic"
)

// word is one normalised word of a line; punct reports whether punctuation
// stood between it and the word before (or the line start).
type word struct {
	key   string
	punct bool
}

// keyWords splits s into normalised words (arabic.Normalize, punctuation
// dropped), remembering where punctuation separated them. It also reports
// whether punctuation followed the last word.
func keyWords(s string) (ws []word, trailingPunct bool) {
	n := arabic.Normalize(s)
	punct := false
	start := -1 // byte offset in n of the word being read, or -1
	for i, r := range n {
		switch classOf(r) {
		case runeWord:
			if start < 0 {
				start = i
			}
		case runeSpace:
			if start >= 0 {
				ws = append(ws, word{key: n[start:i], punct: punct})
				start, punct = -1, false
			}
		default:
			if start >= 0 {
				ws = append(ws, word{key: n[start:i], punct: punct})
				start = -1
			}
			punct = true
		}
	}
	if start >= 0 {
		ws = append(ws, word{key: n[start:], punct: punct})
		punct = false
	}
	return ws, punct
}

// keyOf is the normalised words of s joined by single spaces.
func keyOf(s string) string {
	ws, _ := keyWords(s)
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.key
	}
	return strings.Join(parts, " ")
}

// countWords is the number of whitespace-separated words of s.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if classOf(r) == runeSpace {
			in = false
		} else if !in {
			in, n = true, n+1
		}
	}
	return n
}

// lastRune is the last non-space rune of s, or 0.
func lastRune(s string) rune {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			r := []rune(s[i:])
			if len(r) > 0 {
				return r[0]
			}
			return 0
		}
	}
	return 0
}

// endsSentence reports whether s ends with sentence or clause punctuation
// (a question mark does not count: questions make headings).
func endsSentence(s string) bool {
	switch lastRune(s) {
	case '.', '!', ':', '؛', ';', '،', ',', '…', '»', '"', '\'', ')', '”', '’', ']', '-', '–', '—':
		return true
	}
	return false
}

// endsQuestion reports whether s ends with a question mark.
func endsQuestion(s string) bool {
	r := lastRune(s)
	return r == '؟' || r == '?'
}
