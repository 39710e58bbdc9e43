package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FoldDigits returns s with Arabic-Indic (٠–٩) and Persian (۰–۹) digits
// replaced by ASCII digits. Nothing else changes; s is returned as is when
// it has no such digit.
func FoldDigits(s string) string {
	i := strings.IndexFunc(s, isEasternDigit)
	if i < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isEasternDigit(r) {
			d, _ := digitValue(r)
			b = append(b, byte('0'+d))
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

func isEasternDigit(r rune) bool {
	return (r >= '٠' && r <= '٩') || (r >= '۰' && r <= '۹')
}

// digitValue returns the value of an ASCII, Arabic-Indic or Persian digit.
func digitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '٠' && r <= '٩':
		return int(r - '٠'), true
	case r >= '۰' && r <= '۹':
		return int(r - '۰'), true
	}
	return 0, false
}

// isDigit reports whether r is a decimal digit of any script.
func isDigit(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}
