// Package safetext makes stored text and URLs safe to show: crawled
// titles and names may carry bidirectional controls that reorder what a
// reader sees (‮gpj.exe reads as exe.jpg), and stored URLs may use
// schemes a link must never follow (javascript:, data:).
package safetext

import (
	"net/url"
	"strings"
)

// isBidiControl reports the embedding, override and isolate controls
// U+202A–U+202E and U+2066–U+2069. The marks U+200E and U+200F are kept:
// they change no order of the text around them.
func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// StripBidi removes bidirectional embedding, override and isolate controls
// from s.
func StripBidi(s string) string {
	if !strings.ContainsFunc(s, isBidiControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// HTTPURL returns u when it is an absolute http or https URL with a host,
// else "": what may be rendered as a link.
func HTTPURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (!strings.EqualFold(p.Scheme, "http") && !strings.EqualFold(p.Scheme, "https")) {
		return ""
	}
	return strings.TrimSpace(u)
}
