package syntax

import (
	"math/rand/v2"
	"sort"

	"github.com/marsad/marsad/arabic"
)

// trainSent is a training sentence with its gold annotation.
type trainSent struct {
	gold []word
	// morph: its morphological features follow the conventions the
	// model learns (UD Arabic-PUD and PADT annotate them differently).
	morph bool
	// upos: its parts of speech are learnt.
	upos bool
}

// allowMin is how many times a feature must be seen with a part of speech
// for the tagger to predict it there.
const allowMin = 3

// trainTagger trains the part-of-speech and feature model.
func trainTagger(sents []trainSent, epochs int, seed uint64, prune float32) *tagger {
	p := newPerceptron(numTagClasses)
	var counts [arabic.NumUPOS][arabic.NumFeature]int
	for _, s := range sents {
		if !s.morph {
			continue
		}
		for _, w := range s.gold {
			for f := arabic.Feature(0); int(f) < arabic.NumFeature; f++ {
				if w.feats.Code(f) != 0 {
					counts[w.upos][f]++
				}
			}
		}
	}
	t := &tagger{}
	for u := range counts {
		for f := range counts[u] {
			if counts[u][f] >= allowMin {
				t.allow[u] |= 1 << f
			}
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var buf []uint64
	sc := make([]float32, numTagClasses)
	work := make([]word, 0, 256)
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := &sents[si]
			if s.upos {
				work = append(work[:0], s.gold...)
				for i := range work {
					work[i].upos = 0
				}
				for i := range work {
					buf = contextFeats(work, i, buf[:0])
					buf = uposHistory(work, i, buf)
					p.scores(buf, sc)
					pred := best(sc[1:arabic.NumUPOS], nil) + 1
					p.update(buf, int(s.gold[i].upos), pred)
					p.tick()
					work[i].upos = arabic.UPOS(pred)
				}
			}
			if !s.morph {
				continue
			}
			work = append(work[:0], s.gold...)
			for i := range work {
				work[i].feats = 0
			}
			for i := range work {
				allow := t.allow[work[i].upos]
				if allow == 0 {
					continue
				}
				buf = contextFeats(work, i, buf[:0])
				buf = morphFeats(work, i, buf)
				n := len(buf)
				for f := arabic.Feature(0); int(f) < arabic.NumFeature; f++ {
					if allow&(1<<f) == 0 {
						continue
					}
					buf = append(buf[:n], agreeFeat(work, i, f))
					p.scores(buf, sc)
					lo, hi := featRange(f)
					pred := best(sc[lo:hi], nil)
					p.update(buf, lo+s.gold[i].feats.Code(f), lo+pred)
					p.tick()
					work[i].feats = work[i].feats.WithCode(f, pred)
				}
			}
		}
	}
	t.model = p.average(prune)
	t.lemma = lemmaDict(sents)
	return t
}

// lemmaDict maps (key, UPOS) and key alone to the lemma most often seen
// with them in training (ties: the smallest lemma, for determinism).
func lemmaDict(sents []trainSent) map[lemmaKey]string {
	counts := map[lemmaKey]map[string]int{}
	add := func(k lemmaKey, l string) {
		m := counts[k]
		if m == nil {
			m = map[string]int{}
			counts[k] = m
		}
		m[l]++
	}
	for _, s := range sents {
		for _, w := range s.gold {
			if w.lemma == "" || w.lemma == "_" {
				continue
			}
			add(lemmaKey{w.norm, w.upos}, w.lemma)
			add(lemmaKey{w.norm, arabic.NoPOS}, w.lemma)
		}
	}
	out := make(map[lemmaKey]string, len(counts))
	for k, m := range counts {
		ls := make([]string, 0, len(m))
		for l := range m {
			ls = append(ls, l)
		}
		sort.Slice(ls, func(i, j int) bool {
			if m[ls[i]] != m[ls[j]] {
				return m[ls[i]] > m[ls[j]]
			}
			return ls[i] < ls[j]
		})
		out[k] = ls[0]
	}
	return out
}
