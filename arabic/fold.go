package arabic

import "unicode/utf8"

// IsTashkeel reports whether r is an Arabic diacritic (harakat, tanween,
// shadda, sukun, superscript alef and the Quranic marks U+064B–U+065F, U+0670,
// U+06D6–U+06ED except U+06E5 and U+06E6, which are letters).
func IsTashkeel(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || (r >= 0x06D6 && r <= 0x06ED && r != 0x06E5 && r != 0x06E6)
}

// Tatweel is the Arabic elongation mark (kashida), U+0640.
const Tatweel = '\u0640'

// isInvisible reports whether r is a zero-width or bidi format character
// that never changes what a word says.
func isInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x2060, 0xFEFF:
		return true
	}
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// foldRune maps one rune to its key form, or -1 to drop it.
func foldRune(r rune) rune {
	if r >= 0x0600 && r <= 0x06FF {
		return arabicFold[r-0x0600]
	}
	if isInvisible(r) {
		return -1
	}
	if r == utf8.RuneError {
		return utf8.RuneError
	}
	return r
}

// arabicFold is the key form of every rune of the Arabic block U+0600–U+06FF
// (-1: dropped). Read-only after package initialisation.
var arabicFold = func() (t [256]rune) {
	for i := range t {
		r := rune(0x0600 + i)
		switch {
		case IsTashkeel(r), r == Tatweel, r == 0x061C:
			r = -1
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ', r == 'ٲ', r == 'ٳ':
			r = 'ا'
		case r == 'ى', r == 'ی', r == 'ئ':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r == 'ک':
			r = 'ك'
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		case r == '٫':
			r = '.'
		case r == '٬':
			r = ','
		}
		t[i] = r
	}
	return t
}()
