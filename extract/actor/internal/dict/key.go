package dict

import (
	"strings"
	"unicode"

	"github.com/marsad/marsad/arabic"
)

// Key returns the matching key of an Arabic name or phrase: words split on
// anything but letters, digits and marks, the article ال (written with a bare
// alef, so ألمانيا keeps its أل) dropped from every word, arabic.Normalize
// applied, and the feminine nisba ـيه folded to ـي. The lemmatised dictionary
// form "وزارة_دفاع_أميركي_" and the running-text form "وزارة الدفاع
// الأميركية" share one key.
func Key(s string) string {
	return strings.Join(KeyTokens(s), " ")
}

// KeyTokens returns the words of Key(s).
func KeyTokens(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == arabic.Tatweel)
	})
	out := f[:0]
	for _, w := range f {
		w = FoldWord(w)
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// FoldWord folds one word: drops a leading ال (bare alef) when at least two
// letters remain, normalises it with arabic.Normalize and folds a final ـيه
// (feminine nisba) to ـي.
func FoldWord(w string) string {
	bare := strings.Map(func(r rune) rune {
		if arabic.IsTashkeel(r) || r == arabic.Tatweel {
			return -1
		}
		return r
	}, w)
	if strings.HasPrefix(bare, "ال") && runeLen(bare) >= 4 && !strings.HasPrefix(bare, "الله") {
		bare = bare[len("ال"):]
	}
	w = arabic.Normalize(bare)
	if strings.HasSuffix(w, "يه") && runeLen(w) >= 4 {
		w = strings.TrimSuffix(w, "ه")
	}
	return w
}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
