package timex

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// token is a span of the text with its matching key.
type token struct {
	start, end int
	kind       tokKind
	key        string // normalised (arabic.Normalize, ـ and tashkeel dropped); digits ASCII
	num        int    // value of a number token
	digits     int    // digit count of a number token
}

// tokensOf makes the scanner's tokens from the shared analysis of the
// text: a number token is cut into its digit runs and separators (3.5.2018
// → 3 . 5 . 2018), punctuation into single characters, and a word into its
// proclitics and base when the document segmented it so and the base (with
// its article restored after لل) is a temporal word (والخميس → و + الخميس،
// للعام → ل + العام); any other word stays whole.
func tokensOf(doc *arabic.Document) []token {
	text := doc.Text
	toks := make([]token, 0, len(doc.Tokens)+len(doc.Tokens)/8)
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		switch t.Kind {
		case arabic.Number:
			toks = appendNumber(toks, text, t.Start, t.End)
		case arabic.Word, arabic.Latin:
			toks = appendWord(toks, doc, i)
		case arabic.Punct, arabic.Symbol:
			for k := 0; k < len(t.Text); {
				r, n := utf8.DecodeRuneInString(t.Text[k:])
				if !isSpace(r) {
					toks = append(toks, token{start: t.Start + k, end: t.Start + k + n, kind: tPunct, key: t.Text[k : k+n]})
				}
				k += n
			}
		default: // URL, hashtag, mention: never part of a temporal expression
			toks = append(toks, token{start: t.Start, end: t.End, kind: tPunct, key: t.Text})
		}
	}
	return toks
}

// appendNumber appends the digit runs of text[i:j] as numbers and the
// characters between them as punctuation.
func appendNumber(toks []token, text string, i, j int) []token {
	for i < j {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isDigit(r) {
			toks = append(toks, token{start: i, end: i + size, kind: tPunct, key: text[i : i+size]})
			i += size
			continue
		}
		k := i
		for k < j {
			r2, s2 := utf8.DecodeRuneInString(text[k:])
			if !isDigit(r2) {
				break
			}
			k += s2
		}
		key := arabic.FoldDigits(text[i:k])
		n, d := 0, 0
		for _, c := range key {
			if c >= '0' && c <= '9' && d < 9 {
				n = n*10 + int(c-'0')
				d++
			}
		}
		toks = append(toks, token{start: i, end: k, kind: tNum, key: key, num: n, digits: len(key)})
		i = k
	}
	return toks
}

// appendWord appends word token i of doc: split after its proclitics when
// the document segmented it into proclitics and a temporal base with no
// pronoun suffix, else whole.
func appendWord(toks []token, doc *arabic.Document, i int) []token {
	t := &doc.Tokens[i]
	segs := doc.SegmentsOf(i)
	if len(segs) > 1 && !known(t.Norm) {
		last := segs[len(segs)-1]
		if last.Role == arabic.Base && known(last.Norm) {
			var pro strings.Builder
			for _, g := range segs[:len(segs)-1] {
				pro.WriteString(g.Norm)
			}
			toks = append(toks, token{start: t.Start, end: last.Start, kind: tWord, key: pro.String()})
			return append(toks, token{start: last.Start, end: t.End, kind: tWord, key: last.Norm})
		}
	}
	return append(toks, token{start: t.Start, end: t.End, kind: tWord, key: t.Norm})
}

// known reports whether k starts a temporal expression or belongs to one.
func known(k string) bool { return knownWords[k] }

// mayStart reports whether an expression may start at a token with key k
// (a cheap gate before running every rule).
func mayStart(k string) bool { return startWords[k] }
