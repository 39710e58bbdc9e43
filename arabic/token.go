package arabic

import (
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word    TokenKind = iota // Arabic word
	Number                   // digits in any script, with separators
	Latin                    // Latin-script word
	URL                      // http(s) URL or www. address
	Hashtag                  // #tag
	Punct                    // punctuation, Arabic or Latin
	Symbol                   // anything else that is not space
)

// Token is a span of the source text. Start and End are byte offsets into
// the string given to Tokenize; Text is that slice, unchanged. Norm is the
// matching key (see Normalize); Stem the light stem of Norm (Word tokens).
type Token struct {
	Text  string
	Start int
	End   int
	Kind  TokenKind
	Norm  string
	Stem  string
}

// Tokenize splits s into tokens with byte offsets.
//
// STUB: splits on space and punctuation only; replaced by the full tokeniser.
func Tokenize(s string) []Token {
	var toks []Token
	start := -1
	for i, r := range s {
		isWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == Tatweel
		if isWord {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, mk(s, start, i, Word))
			start = -1
		}
		if !unicode.IsSpace(r) {
			toks = append(toks, mk(s, i, i+utf8.RuneLen(r), Punct))
		}
	}
	if start >= 0 {
		toks = append(toks, mk(s, start, len(s), Word))
	}
	return toks
}

func mk(s string, a, b int, k TokenKind) Token {
	n := Normalize(s[a:b])
	return Token{Text: s[a:b], Start: a, End: b, Kind: k, Norm: n, Stem: n}
}
