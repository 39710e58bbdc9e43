package syntax

import (
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// word is a syntactic word as the models see it: its keys and their
// hashes, computed once, and what the models predicted for it.
type word struct {
	form, norm string
	role       arabic.SegRole

	hNorm, hShape, hLen, hCluster, hFreq, hArt uint64
	hPre, hSuf                                 [3]uint64 // prefixes and suffixes of 1–3 letters of norm

	upos  arabic.UPOS
	feats arabic.Feats
	lemma string
	head  int // index in the sentence, -1 for the root
	rel   arabic.Rel
}

// Hashes of the positions outside the sentence.
var (
	hNone  = hashString("<none>")
	hStart = hashString("<s>")
	hEnd   = hashString("</s>")
)

// newWord fills the keys of a word from its form.
func newWord(form, norm string, role arabic.SegRole, clusters *Lexicon) word {
	w := word{form: form, norm: norm, role: role, head: -1}
	w.hNorm = hashString(norm)
	sh := shape(norm)
	w.hShape = hashString(sh)
	n := utf8.RuneCountInString(norm)
	w.hLen = uint64(min(n, 8))
	// prefixes and suffixes by runes
	var rs [64]rune
	k := 0
	for _, r := range norm {
		if k == len(rs) {
			break
		}
		rs[k] = r
		k++
	}
	for l := 1; l <= 3; l++ {
		if k >= l+1 {
			w.hPre[l-1] = hashString(string(rs[:l]))
			w.hSuf[l-1] = hashString(string(rs[k-l : k]))
		} else {
			w.hPre[l-1], w.hSuf[l-1] = hNone, hNone
		}
	}
	if sh != "a" {
		// numbers, punctuation and Latin words: their shape says it all
		w.hPre, w.hSuf = [3]uint64{w.hShape, w.hShape, w.hShape}, [3]uint64{w.hShape, w.hShape, w.hShape}
	}
	w.hCluster = hNone
	if sh == "a" {
		w.hFreq = bucket(clusters.count(norm)) + 1
		w.hArt = clusters.articleBucket(norm) + 1
	}
	if clusters != nil {
		if c, ok := clusters.class(norm); ok {
			w.hCluster = uint64(c) + 1
		}
	}
	return w
}

// shape classifies a key: "a" Arabic word, "d" number, "l" Latin word, or
// the key itself for punctuation and symbols (they are few and telling).
func shape(norm string) string {
	r, _ := utf8.DecodeRuneInString(norm)
	switch {
	case arabic.IsArabicLetter(r):
		return "a"
	case unicode.IsDigit(r):
		return "d"
	case unicode.IsLetter(r):
		return "l"
	}
	if utf8.RuneCountInString(norm) > 3 {
		return "p"
	}
	return norm
}
