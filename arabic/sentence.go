package arabic

import "strings"

// Span is a byte range [Start, End) in a string.
type Span struct {
	Start int
	End   int
}

// Sentences splits s into sentences, returned as byte spans of s.
//
// STUB: splits after . ؟ ? ! and newlines; replaced by the full splitter.
func Sentences(s string) []Span {
	var out []Span
	start := 0
	for i, r := range s {
		if strings.ContainsRune(".؟?!\n", r) {
			end := i + len(string(r))
			if strings.TrimSpace(s[start:end]) != "" {
				out = append(out, Span{start, end})
			}
			start = end
		}
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, Span{start, len(s)})
	}
	return out
}
