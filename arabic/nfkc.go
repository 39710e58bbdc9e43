package arabic

import "unicode/utf8"

// allInert reports whether every rune of s is NFKC-inert (see nfkcInert).
func allInert(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !nfkcInert(r) {
			return false
		}
		i += size
	}
	return true
}

// nfkcInert reports whether r is unchanged by NFKC in every context: it has
// no compatibility or canonical decomposition, and it never composes with a
// neighbour. Combining hamza and madda (U+0653–U+0655) compose with the
// letter before them, so they are not inert. The set is deliberately small:
// ASCII (checked by callers), the Arabic blocks and common punctuation.
func nfkcInert(r rune) bool {
	switch {
	case r < 0x80:
		return true
	case r >= 0x0600 && r <= 0x06FF:
		return !(r >= 0x0653 && r <= 0x0655) && !(r >= 0x0675 && r <= 0x0678)
	case r >= 0x0750 && r <= 0x077F:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x2010 && r <= 0x2010, r >= 0x2012 && r <= 0x2023, r >= 0x2027 && r <= 0x202E:
		return true
	}
	switch r {
	case 0x00AB, 0x00BB, 0x00A9, 0x00AE, 0x00B0, 0x00B7, 0x00D7, 0x00F7, 0x2060, 0xFEFF:
		return true
	}
	return false
}
