package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// words returns the normalised words of s (Arabic words, numbers and Latin
// words; punctuation and symbols dropped).
func words(s string) []string {
	toks := arabic.Tokenize(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		switch t.Kind {
		case arabic.Word, arabic.Number, arabic.Latin:
			if t.Norm != "" {
				out = append(out, t.Norm)
			}
		}
	}
	return out
}

// TextHash returns the exact-duplicate key of a body: the hex SHA-256 of
// its normalised words joined by single spaces. Two bodies that differ only
// in diacritics, letter variants, spacing or punctuation share it.
func TextHash(body string) string { return hashOf(words(body)) }

func hashOf(ws []string) string {
	sum := sha256.Sum256([]byte(strings.Join(ws, " ")))
	return hex.EncodeToString(sum[:])
}

// shingles returns the 64-bit hashes of the k-word shingles of ws; a text
// shorter than k words gives one shingle of all its words.
func shingles(ws []string, k int) []uint64 {
	if len(ws) == 0 {
		return nil
	}
	if len(ws) < k {
		return []uint64{hashWords(ws)}
	}
	seen := make(map[uint64]struct{}, len(ws))
	out := make([]uint64, 0, len(ws)-k+1)
	for i := 0; i+k <= len(ws); i++ {
		h := hashWords(ws[i : i+k])
		if _, ok := seen[h]; ok {
			continue
		}
		seen[h] = struct{}{}
		out = append(out, h)
	}
	return out
}

func hashWords(ws []string) uint64 {
	h := fnv.New64a()
	for _, w := range ws {
		h.Write([]byte(w))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// storyTerms returns the set of stemmed content words of a title and the
// first leadWords words of the body, as 64-bit hashes.
func storyTerms(title, body string, leadWords int) map[uint64]struct{} {
	set := make(map[uint64]struct{})
	add := func(s string, limit int) {
		n := 0
		for _, t := range arabic.Tokenize(s) {
			if t.Kind != arabic.Word && t.Kind != arabic.Number && t.Kind != arabic.Latin {
				continue
			}
			n++
			if limit > 0 && n > limit {
				return
			}
			st := arabic.LightStem(t.Norm) // StripClitics conflates too much (فلبينية → بينية)
			if len([]rune(st)) < 2 || stopwords[t.Norm] || stopwords[st] {
				continue
			}
			h := fnv.New64a()
			h.Write([]byte(st))
			set[h.Sum64()] = struct{}{}
		}
	}
	add(title, 0)
	// Tokenise only the start of the body: leadWords words fit well within
	// 16 bytes a word.
	if n := 16 * leadWords; len(body) > n {
		for n < len(body) && !utf8.RuneStart(body[n]) {
			n++
		}
		body = body[:n]
	}
	add(body, leadWords)
	return set
}

// stopwords are frequent function words (normalised) left out of story terms.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`في من علي الي عن ان او ما لا لم لن مع هذا هذه ذلك تلك التي الذي الذين
		كان كانت قد وقد و ثم كما بين بعد قبل عند حتي كل اي اذا لكن غير منذ خلال حيث وفي ومن وعلي وان
		انه انها هو هي هم نحن انت به بها له لها فيه فيها منه منها عليه عليها اليه الا ايضا وكان وقال
		قال قالت يوم امس اليوم حول ضد دون لدي تم يتم وذلك ولا وهو وهي عام the of and to in a`) {
		m[w] = true
	}
	return m
}()
