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

// proclitics that are split off a word when the rest is a temporal word
// (والخميس → و + الخميس، بيوم → ب + يوم، للعام → ل + العام).
var proclitics = [...]string{"وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"}

// tokenize splits text into words, numbers and punctuation. Digit runs and
// letter runs are separate tokens (2002م → 2002 + م). A word that is a
// proclitic plus a known temporal word is split in two.
func tokenize(text string) []token {
	var toks []token
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r):
			i += size
		case isDigit(r):
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isDigit(r2) {
					break
				}
				j += s2
			}
			k := arabic.Normalize(text[i:j])
			n, d := 0, 0
			for _, c := range k {
				if c >= '0' && c <= '9' && d < 9 {
					n = n*10 + int(c-'0')
					d++
				}
			}
			toks = append(toks, token{start: i, end: j, kind: tNum, key: k, num: n, digits: len(k)})
			i = j
		case isLetterOrMn(r):
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !(isLetterOrMn(r2) || r2 == arabic.Tatweel) {
					break
				}
				j += s2
			}
			toks = appendWord(toks, text, i, j)
			i = j
		default:
			toks = append(toks, token{start: i, end: i + size, kind: tPunct, key: text[i : i+size]})
			i += size
		}
	}
	return toks
}

// appendWord appends the word text[i:j], split after a proclitic when the
// rest is a temporal word.
func appendWord(toks []token, text string, i, j int) []token {
	k := arabic.Normalize(text[i:j])
	if !known(k) {
		for _, p := range proclitics {
			rest, ok := strings.CutPrefix(k, p)
			if !ok || utf8.RuneCountInString(rest) < 2 {
				continue
			}
			if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") && known("ا"+rest) {
				rest = "ا" + rest // للعام = ل + العام
			} else if !known(rest) {
				continue
			}
			cut := i + byteLen(text[i:j], utf8.RuneCountInString(p))
			toks = append(toks, token{start: i, end: cut, kind: tWord, key: p})
			return append(toks, token{start: cut, end: j, kind: tWord, key: rest})
		}
	}
	return append(toks, token{start: i, end: j, kind: tWord, key: k})
}

// byteLen returns the byte length of the first n letters of s, with any
// diacritics that follow them.
func byteLen(s string, n int) int {
	i := 0
	for n > 0 && i < len(s) {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !arabic.IsTashkeel(r) && r != arabic.Tatweel {
				break
			}
			i += size
		}
		n--
	}
	return i
}

// known reports whether k starts a temporal expression or belongs to one.
func known(k string) bool { return knownWords[k] }

// mayStart reports whether an expression may start at a token with key k
// (a cheap gate before running every rule).
func mayStart(k string) bool { return startWords[k] }
