package store

import (
	"strings"
	"unicode"

	"github.com/marsad/marsad/arabic"
)

// Term is one searchable word: its index key and where it is in the text.
type Term struct {
	Key        string
	Start, End int // byte offsets into the text given to Terms
}

// Terms splits text into search terms. Arabic words are normalised
// (arabic.Normalize: no diacritics, tatweel, alef/hamza/yeh/teh-marbuta
// variants) and light-stemmed (see Key); numbers and Latin
// words are normalised. Punctuation and symbols give no term. Index and
// query text both go through Terms, so they meet on the same keys; keys hold
// only letters and digits.
func Terms(text string) []Term {
	toks := arabic.Tokenize(text)
	out := make([]Term, 0, len(toks))
	for _, t := range toks {
		var key string
		switch t.Kind {
		case arabic.Word:
			key = Key(t.Norm)
		case arabic.Number, arabic.Latin, arabic.Hashtag:
			key = clean(t.Norm)
		default:
			continue
		}
		if key != "" {
			out = append(out, Term{Key: key, Start: t.Start, End: t.End})
		}
	}
	return out
}

// Key returns the search key of one word (see Terms): the light stem
// (arabic.LightStem, Lucene's: و and the ال family, pronoun and plural
// suffixes) of the normalised word. arabic.StripClitics is trusted only when
// what it strips uncovers the article (وبالمدينة → المدينة, للجيش → الجيش):
// its other splits of single-letter proclitics conflate too much for search
// (فلبينية → بينية, بوذية → ذية, كذلك → ذلك made rare words match a third
// of the corpus).
func Key(word string) string {
	n := arabic.Normalize(word)
	if s := arabic.StripClitics(n); s != n && strings.HasPrefix(s, "ال") {
		n = s
	}
	k := arabic.LightStem(n)
	if k == "" {
		k = n
	}
	return clean(k)
}

// clean keeps the letters and digits of s.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// IndexText returns the terms of text as the space-separated keys an index
// stores, one key per word position.
func IndexText(text string) string {
	ts := Terms(text)
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Key)
	}
	return b.String()
}
