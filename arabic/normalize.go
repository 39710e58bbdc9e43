package arabic

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// IsTashkeel reports whether r is an Arabic diacritic (harakat, tanween,
// shadda, sukun, superscript alef and the Quranic marks U+064B–U+065F, U+0670).
func IsTashkeel(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || (r >= 0x06D6 && r <= 0x06ED && r != 0x06E5 && r != 0x06E6)
}

// Tatweel is the Arabic elongation mark (kashida).
const Tatweel = '\u0640'

// foldRune maps one rune to its matching-key form, or -1 to drop it.
func foldRune(r rune) rune {
	switch {
	case IsTashkeel(r), r == Tatweel, r == '\u200c', r == '\u200d', r == '\u200e', r == '\u200f', r == '\ufeff':
		return -1
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ', r == 'ٲ', r == 'ٳ':
		return 'ا'
	case r == 'ى', r == 'ی', r == 'ي', r == 'ئ':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r == 'ؤ':
		return 'و'
	case r == 'ک':
		return 'ك'
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠')
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰')
	}
	return r
}

// Normalize returns the matching key of s: NFKC (so presentation forms
// become letters), tashkeel and tatweel removed, alef and hamza forms folded
// (أ إ آ ٱ → ا, ؤ → و, ئ → ي), ى → ي, ة → ه, Arabic-Indic and Persian digits
// → ASCII, Latin lower-cased. The result is for comparing and indexing; it is
// never written back over source text.
func Normalize(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = foldRune(r)
		if r < 0 {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
