package quote

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// Quotation marks. Symmetric ones (' ") open or close depending on their
// neighbours; the others have a fixed direction.
const (
	openMarks      = "«“‘‹„"
	closeMarks     = "»”’›"
	symmetricMarks = `'"`
)

// markRole says how a token acts as a quotation mark.
type markRole uint8

const (
	notMark markRole = iota
	opening
	closing
)

// para is one paragraph's tokens, with offsets into the body.
type para struct {
	toks  []arabic.Token
	pairs map[int]int // opening mark index → closing mark index (-1: never closes)
	start int         // byte offset of the paragraph in the body
	end   int
}

// roleOf classifies token k of p as an opening mark, a closing mark or neither.
// A symmetric mark opens when it is glued to the word after it and not to
// the word before (or only to a proclitic like بـ), and closes in the mirror
// case; marks with space on both sides are left to the pairing pass.
func roleOf(toks []arabic.Token, k int) markRole {
	t := toks[k].Text
	if len(t) == 0 {
		return notMark
	}
	switch {
	case strings.Contains(openMarks, t):
		return opening
	case strings.Contains(closeMarks, t):
		return closing
	case !strings.Contains(symmetricMarks, t) || len(t) != 1:
		return notMark
	}
	gluedNext := k+1 < len(toks) && toks[k+1].Start == toks[k].End && toks[k+1].Kind != arabic.Punct
	gluedPrev := k > 0 && toks[k-1].End == toks[k].Start && toks[k-1].Kind != arabic.Punct
	if gluedPrev && isProcliticStub(toks[k-1].Text) {
		gluedPrev = false
	}
	if k > 0 && toks[k-1].End == toks[k].Start && toks[k-1].Kind == arabic.Punct &&
		(isSentenceEnd(toks[k-1].Text) || isComma(toks[k-1].Text)) && !gluedNext {
		return closing // …الإسرائيلية." : the mark closes after the full stop
	}
	switch {
	case gluedNext && !gluedPrev:
		return opening
	case gluedPrev && !gluedNext:
		return closing
	case gluedPrev && gluedNext:
		// إن"الوقت…: glued to a complementiser or a colon, the mark opens.
		if isOpener(toks[k-1].Norm) {
			return opening
		}
		return closing
	}
	return opening
}

// isProcliticStub reports whether w is a bare proclitic written before a
// quotation mark, as in بـ'…' or لـ"…".
func isProcliticStub(w string) bool {
	w = strings.TrimRight(w, "\u0640")
	return w == "ب" || w == "ل" || w == "و" || w == "ف" || w == "ك" || w == "وب" || w == "لل"
}

// pairMarks matches opening and closing marks within a paragraph. A closing
// mark closes the innermost open mark; unmatched closers are ignored and
// openers that never close map to -1.
func pairMarks(toks []arabic.Token) map[int]int {
	pairs := map[int]int{}
	var stack []int
	for k := range toks {
		switch roleOf(toks, k) {
		case opening:
			stack = append(stack, k)
		case closing:
			if n := len(stack); n > 0 {
				pairs[stack[n-1]] = k
				stack = stack[:n-1]
			}
		}
	}
	for _, k := range stack {
		pairs[k] = -1
	}
	return pairs
}

// isSentenceEnd reports whether a punctuation token ends a sentence.
func isSentenceEnd(t string) bool {
	switch t {
	case ".", "؟", "?", "!", "..", "...", "…", "!!", "؟؟":
		return true
	}
	return strings.HasPrefix(t, "..") || strings.HasPrefix(t, "؟") || strings.HasPrefix(t, "!")
}

// isComma reports whether t is a comma or semicolon.
func isComma(t string) bool {
	return t == "،" || t == "," || t == "؛" || t == ";"
}

// isOpener reports whether a normalised word, written glued to a quotation
// mark after it, introduces the quotation: a complementiser or a colon.
func isOpener(w string) bool {
	switch w {
	case "ان", "بان", ":", "قايلا", "قايله":
		return true
	}
	return false
}
