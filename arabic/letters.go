package arabic

import "unicode"

// IsArabicLetter reports whether r is a letter of the Arabic script: the
// Arabic, Arabic Supplement and Extended-A blocks and the presentation forms
// (hamza ء included; digits, punctuation, tashkeel and tatweel excluded).
func IsArabicLetter(r rune) bool {
	if r >= 0x0600 && r <= 0x06FF {
		return arabicBlockLetter[r-0x0600]
	}
	if r < 0x0750 || r > 0xFEFC {
		return false
	}
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// arabicBlockLetter caches IsArabicLetter for the Arabic block
// U+0600–U+06FF. Read-only after package initialisation.
var arabicBlockLetter = func() (t [256]bool) {
	for i := range t {
		r := rune(0x0600 + i)
		t[i] = r != Tatweel && unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
	}
	return t
}()

// isArabicMark reports whether r is a combining mark of the Arabic script
// (tashkeel, Quranic annotation, combining hamza/madda).
func isArabicMark(r rune) bool {
	if IsTashkeel(r) {
		return true
	}
	return r >= 0x0610 && r <= 0x061A || r >= 0x08D3 && r <= 0x08FF && unicode.Is(unicode.Mn, r)
}
