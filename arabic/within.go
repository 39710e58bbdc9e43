package arabic

import "sort"

// TokensWithin returns the tokens of s[start:end] taken from toks, which
// must be Tokenize(s): the same tokens as Tokenize(s[start:end]) with
// offsets into s instead of into the substring. It saves tokenising a
// paragraph or sentence again when the whole text has been tokenised.
//
// ok is false, and the tokens must then be computed with Tokenize, unless
// start and end sit next to white space (or at the ends of s): then no
// token crosses them and no rule looks across them, so both tokenisations
// agree. The result shares toks's memory and has no spare capacity:
// appending to it copies, but its elements must not be modified.
func TokensWithin(toks []Token, s string, start, end int) (_ []Token, ok bool) {
	if start < 0 || end > len(s) || start > end {
		return nil, false
	}
	if (start > 0 && !isASCIISpace(s[start-1])) || (end < len(s) && !isASCIISpace(s[end])) {
		return nil, false
	}
	a := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	b := a + sort.Search(len(toks)-a, func(i int) bool { return toks[a+i].End > end })
	return toks[a:b:b], true
}

// isASCIISpace reports whether c is an ASCII white-space byte (isSpace).
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}
