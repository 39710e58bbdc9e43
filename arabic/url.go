package arabic

import (
	"strings"
	"unicode/utf8"
)

// urlPrefixes start a URL token (matched case-insensitively).
var urlPrefixes = [...]string{"https://", "http://", "www."}

// scanURL returns the end of a URL starting at i, or i when there is none.
// A URL must not follow a letter or digit, needs at least one character
// after its prefix, and ends before white space, quotation marks and angle
// brackets; trailing punctuation (. , ; : ! ? ) ، ؛ ؟ …) is left out.
func scanURL(s string, i int) int {
	if i > 0 && isWordRuneBefore(s, i) {
		return i
	}
	p := 0
	for _, pre := range urlPrefixes {
		if len(s)-i >= len(pre) && strings.EqualFold(s[i:i+len(pre)], pre) {
			p = len(pre)
			break
		}
	}
	if p == 0 {
		return i
	}
	j := i + p
	for j < len(s) {
		r, size := decode(s, j)
		if isSpace(r) || isInvisible(r) || r == utf8.RuneError || strings.ContainsRune("\"<>«»“”‘’`", r) {
			break
		}
		j += size
	}
	for j > i+p {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !strings.ContainsRune(".,;:!?)]}'،؛؟…", r) {
			break
		}
		j -= size
	}
	if j == i+p {
		return i
	}
	return j
}
