package arabic

import "strings"

// Span is a byte range [Start, End) in a string.
type Span struct {
	Start int
	End   int
}

// Sentences splits s into sentences, returned in order as byte spans of s
// that start at the first token of a sentence and end after its last token
// (white space between sentences belongs to none). The rules:
//
//   - a line break ends a paragraph and always ends a sentence (news dumps
//     hold one paragraph or one headline a line);
//   - . ! ? ؟ … and runs of them (.. ... ؟! ...) end a sentence, together
//     with the closing quotes and brackets right after them;
//   - the Arabic comma ، and the semicolon ؛ never do, however long the
//     sentence;
//   - a dot inside a number (3.5, 1.000) is part of the number, and a dot
//     after a single letter (د. محمد، J. Smith), after a known abbreviation
//     (Dr. etc.), after a leading list number (1.) or directly followed by a
//     Latin word or a number (U.S., v.2) does not end a sentence;
//   - an end inside a quotation («...», “...”, ‘...’, "...", '...') does not
//     end the sentence when the quotation closes later in the same
//     paragraph. A quotation mark that never closes is ignored, so an
//     unbalanced quote can never swallow more than its paragraph.
func Sentences(s string) []Span {
	var out []Span
	var toks []lexeme
	for i := 0; i < len(s); {
		start, end, kind, ok := nextToken(s, i)
		if !ok {
			break
		}
		if len(toks) > 0 && hasLineBreak(s[toks[len(toks)-1].end:start]) {
			out = splitParagraph(s, toks, out)
			toks = toks[:0]
		}
		toks = append(toks, lexeme{start, end, kind})
		i = end
	}
	return splitParagraph(s, toks, out)
}

// lexeme is a token without its keys.
type lexeme struct {
	start, end int
	kind       TokenKind
}

func hasLineBreak(gap string) bool {
	return strings.ContainsAny(gap, "\n\r\u2028\u2029\u0085")
}

// splitParagraph appends the sentences of one paragraph's tokens to out.
func splitParagraph(s string, toks []lexeme, out []Span) []Span {
	if len(toks) == 0 {
		return out
	}
	depth := quoteDepth(s, toks)
	first := 0
	for k := 0; k < len(toks); k++ {
		if !isSentenceEnd(s, toks, first, k) {
			continue
		}
		j := k
		for j+1 < len(toks) && absorbsAfterEnd(s, toks, depth, j+1) {
			j++
		}
		if depth[j+1] > 0 {
			k = j
			continue
		}
		out = append(out, Span{toks[first].start, toks[j].end})
		first = j + 1
		k = j
	}
	if first < len(toks) {
		out = append(out, Span{toks[first].start, toks[len(toks)-1].end})
	}
	return out
}

// isSentenceEnd reports whether token k, in a sentence starting at token
// first, is sentence-final punctuation.
func isSentenceEnd(s string, toks []lexeme, first, k int) bool {
	t := toks[k]
	if t.kind != Punct {
		return false
	}
	text := s[t.start:t.end]
	switch text[0] {
	case '!', '?':
	case '.':
		if text == "." && !dotEnds(s, toks, first, k) {
			return false
		}
	default:
		if !strings.HasPrefix(text, "؟") && text != "…" {
			return false
		}
	}
	return true
}

// dotEnds decides whether a single dot at token k ends a sentence.
func dotEnds(s string, toks []lexeme, first, k int) bool {
	if k > first {
		p := toks[k-1]
		if p.end == toks[k].start {
			word := s[p.start:p.end]
			switch {
			case (p.kind == Word || p.kind == Latin) && isSingleLetter(word):
				return false
			case p.kind == Latin && isAbbreviation(word):
				return false
			case p.kind == Number && k-1 == first:
				return false
			}
		}
	}
	if k+1 < len(toks) {
		n := toks[k+1]
		if n.start == toks[k].end && (n.kind == Latin || n.kind == Number) {
			return false
		}
	}
	return true
}

// isSingleLetter reports whether w is one letter, with any marks.
func isSingleLetter(w string) bool {
	n := 0
	for _, r := range w {
		if isArabicMark(r) || r == Tatweel || isInvisible(r) {
			continue
		}
		n++
	}
	return n == 1
}

// absorbsAfterEnd reports whether token k, right after a sentence end,
// still belongs to that sentence: more end punctuation, or a closing
// quotation mark or bracket.
func absorbsAfterEnd(s string, toks []lexeme, depth []int, k int) bool {
	t := toks[k]
	if t.kind != Punct {
		return false
	}
	text := s[t.start:t.end]
	switch text {
	case "»", "”", "’", ")", "]", "}", "›":
		return true
	case "\"", "'":
		// A straight quote closes only if the pairing says so.
		return depth[k+1] < depth[k]
	}
	c := text[0]
	return c == '.' || c == '!' || c == '?' || strings.HasPrefix(text, "؟") || text == "…"
}

// quoteDepth returns, for every token boundary b (0..len(toks)), how many
// quotations that close within the paragraph are open just before token b.
// Unmatched quotation marks open nothing.
func quoteDepth(s string, toks []lexeme) []int {
	diff := make([]int, len(toks)+1)
	var guil, dq, sq []int // open positions of « “ ‘
	straight := map[byte]int{'"': -1, '\'': -1}
	for k, t := range toks {
		if t.kind != Punct {
			continue
		}
		text := s[t.start:t.end]
		var stack *[]int
		opening := false
		switch text {
		case "«", "‹":
			stack, opening = &guil, true
		case "»", "›":
			stack = &guil
		case "“", "„":
			stack, opening = &dq, true
		case "”":
			stack = &dq
		case "‘":
			stack, opening = &sq, true
		case "’":
			stack = &sq
		case "\"", "'":
			c := text[0]
			if o := straight[c]; o >= 0 {
				diff[o+1]++
				diff[k+1]--
				straight[c] = -1
			} else {
				straight[c] = k
			}
			continue
		default:
			continue
		}
		if opening {
			*stack = append(*stack, k)
		} else if n := len(*stack); n > 0 {
			o := (*stack)[n-1]
			*stack = (*stack)[:n-1]
			diff[o+1]++
			diff[k+1]--
		}
	}
	depth := make([]int, len(toks)+1)
	d := 0
	for b := range depth {
		d += diff[b]
		depth[b] = d
	}
	return depth
}
