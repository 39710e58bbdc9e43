package timex

import "unicode"

// Rune classes of the tokenizer, cached below U+0800 (Latin and Arabic).
const (
	classSpace  uint8 = 1 << iota // unicode.IsSpace
	classDigit                    // unicode.IsDigit
	classLetter                   // unicode.IsLetter or a non-spacing mark (Mn)
)

// runeClasses caches runeClass below U+0800. Read-only after package
// initialisation.
var runeClasses = func() (t [0x800]uint8) {
	for r := range t {
		t[r] = computeRuneClass(rune(r))
	}
	return t
}()

func computeRuneClass(r rune) uint8 {
	var c uint8
	if unicode.IsSpace(r) {
		c |= classSpace
	}
	if unicode.IsDigit(r) {
		c |= classDigit
	}
	if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
		c |= classLetter
	}
	return c
}

func runeClass(r rune) uint8 {
	if r >= 0 && r < rune(len(runeClasses)) {
		return runeClasses[r]
	}
	return computeRuneClass(r)
}

func isSpace(r rune) bool { return runeClass(r)&classSpace != 0 }
func isDigit(r rune) bool { return runeClass(r)&classDigit != 0 }
