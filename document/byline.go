package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxBylineWords is the longest line (in words) read as a byline.
const maxBylineWords = 10

// parseByline reads line as a byline — "كتب : سها صلاح", "بقلم أحمد علي",
// "كتب - محمد حسن", or a dateline "القاهرة - أحمد الريدي" — and returns
// the author names. ok is false when line is not a byline.
func parseByline(line string) (authors []string, ok bool) {
	line = strings.TrimSpace(line)
	n := countWords(line)
	if n == 0 || n > maxBylineWords || endsQuestion(line) || lastRune(line) == '.' {
		return nil, false
	}
	ws, _ := keyWords(line)
	if p := lexiconsOnce().byline.prefix(ws); p > 0 && p < len(ws) {
		rest := trimSeparators(skipWords(line, p))
		if rest == "" || !startsWithSeparator(skipWords(line, p)) && p == 1 && len(ws) > 5 {
			return nil, false
		}
		names := splitAuthors(rest)
		return names, len(names) > 0
	}
	return parseDateline(line)
}

// isOutlet reports whether a byline name credits a news outlet or agency
// (lexicon/outlets.txt) rather than a person.
func isOutlet(name string) bool {
	ws, _ := keyWords(name)
	return lexiconsOnce().outlets.contains(ws)
}

// parseDateline reads "PLACE - NAME" (a place of one to three words, a name
// of one to four). A one-word right side ("وكالات") keeps the whole line.
func parseDateline(line string) ([]string, bool) {
	for _, sep := range []string{" - ", " – ", " — ", " ـ "} {
		left, right, found := strings.Cut(line, sep)
		if !found {
			continue
		}
		left, right = strings.TrimSpace(left), strings.TrimSpace(right)
		l, r := countWords(left), countWords(right)
		if l < 1 || l > 3 || r < 1 || r > 4 || endsSentence(line) || strings.ContainsAny(right, "0123456789٠١٢٣٤٥٦٧٨٩") ||
			utf8.RuneCountInString(left) < 2 || hasParticle(right) {
			return nil, false
		}
		if r == 1 {
			return []string{line}, true
		}
		return splitAuthors(right), true
	}
	return nil, false
}

// hasParticle reports whether s holds a function word (لم، في، من …) that
// a list of names would not.
func hasParticle(s string) bool {
	ws, _ := keyWords(s)
	p := lexiconsOnce().particles
	for _, w := range ws {
		if p.has(w.key) {
			return true
		}
	}
	return false
}

// skipWords returns s after its first n runs of letters and digits.
func skipWords(s string, n int) string {
	in := false
	for i, r := range s {
		isW := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\u0640'
		if in && !isW {
			n--
			if n == 0 {
				return s[i:]
			}
		}
		in = isW
	}
	return ""
}

// startsWithSeparator reports whether s (after spaces) opens with : or -.
func startsWithSeparator(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	return strings.HasPrefix(s, ":") || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—") || strings.HasPrefix(s, "/")
}

// trimSeparators trims spaces and byline punctuation from both ends of s.
func trimSeparators(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(":-–—/|،,.ـ", r)
	})
}

// splitAuthors splits a name list on commas, "و" standing alone and "and".
func splitAuthors(s string) []string {
	s = strings.NewReplacer("،", ",", " و ", ",", " and ", ",", "&", ",").Replace(s)
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = trimSeparators(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
