package entity

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// morphStats holds, for words of unlabelled news, how they behave
// morphologically: how often the bare word also occurs with the definite
// article ال and with attached pronoun suffixes. Proper names, foreign ones
// above all, rarely take either; common nouns and adjectives often do. The
// statistics are kept as small bins, so the tagger can tell a name-like
// unknown word from a common one. A morphStats is read-only after construction.
type morphStats struct {
	bins map[string]uint8 // base key → alBin | sufBin<<4
}

// morphMinCount is how often a base word must occur (bare or with the
// article) to get morphology bins.
const morphMinCount = 3

var pronounSuffixes = [...]string{"ه", "ها", "هم", "هما", "هن", "ي", "نا", "كم"}

// buildMorph counts the morphology of every base word (a word key without
// clitics or article) of docs (word keys) seen at least minCount times.
func buildMorph(docs [][]string, minCount int) morphStats {
	n := make(map[string]int)
	bases := make(map[string]string)
	for _, d := range docs {
		for _, w := range d {
			b, ok := bases[w]
			if !ok {
				b = baseKey(w)
				bases[w] = b
			}
			n[b]++
		}
	}
	m := morphStats{bins: make(map[string]uint8)}
	for w, c := range n {
		if strings.HasPrefix(w, "ال") || runeLen(w) < 2 {
			continue
		}
		al := n["ال"+w]
		if c+al < minCount {
			continue
		}
		suf := 0
		stem, taMarbuta := strings.CutSuffix(w, "ه") // ة is folded to ه; before a suffix it is ت
		for _, s := range pronounSuffixes {
			suf += n[w+s]
			if taMarbuta {
				suf += n[stem+"ت"+s]
			}
		}
		m.bins[w] = ratioBin(al, c) | ratioBin(suf, c)<<4
	}
	return m
}

// baseKey is the key of a word of unlabelled text without its proclitics,
// as arabic.DefaultSplit cuts a word out of context (the article kept).
func baseKey(key string) string {
	sp := arabic.DefaultSplit(key)
	for _, p := range sp {
		if p.Role == arabic.Base || p.Role == arabic.Whole {
			return arabic.Normalize(p.Form)
		}
	}
	return key
}

// ratioBin buckets a/(a+b): 1 never, 2 <2%, 3 <10%, 4 <30%, 5 <60%, 6 more.
func ratioBin(a, b int) uint8 {
	if a == 0 {
		return 1
	}
	r := float64(a) / float64(a+b)
	switch {
	case r < 0.02:
		return 2
	case r < 0.1:
		return 3
	case r < 0.3:
		return 4
	case r < 0.6:
		return 5
	}
	return 6
}

// morphOf returns the morphology bins of a token's base key (its article
// removed), 0 if unknown.
func (c *Clusters) morphOf(base string) uint8 {
	if c == nil {
		return 0
	}
	return c.morph.bins[stripAl(base)]
}

// hasMorph reports whether the clusters carry morphology bins.
func (c *Clusters) hasMorph() bool { return c != nil && len(c.morph.bins) > 0 }
