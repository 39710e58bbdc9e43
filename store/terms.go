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
// variants), stripped of clitics (arabic.StripClitics: و ب ال ...,
// pronoun suffixes) and light-stemmed (arabic.LightStem); numbers and Latin
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

// Key returns the search key of one word (see Terms).
func Key(word string) string {
	n := arabic.Normalize(word)
	s := arabic.LightStem(arabic.StripClitics(n))
	if s == "" {
		s = n
	}
	return clean(s)
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
