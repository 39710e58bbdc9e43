package syntax

import (
	"math/rand/v2"
	"slices"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/ud"
)

// rawWord is a written word of a treebank with its gold split.
type rawWord struct {
	text, norm string
	gold       []string // forms of its syntactic words
}

// rawWords lists the written Arabic words of a treebank sentence.
func rawWords(s *ud.Sentence) []rawWord {
	var out []rawWord
	m := 0
	for i := 0; i < len(s.Words); i++ {
		var text string
		var gold []string
		if m < len(s.MWTs) && s.MWTs[m].First == i+1 {
			r := s.MWTs[m]
			text = r.Form
			for k := r.First; k <= r.Last; k++ {
				gold = append(gold, ud.StripMarks(s.Words[k-1].Form))
			}
			i = r.Last - 1
			m++
		} else {
			text = s.Words[i].Form
			gold = []string{ud.StripMarks(text)}
		}
		out = append(out, rawWord{text: text, norm: arabic.Normalize(text), gold: gold})
	}
	return out
}

// goldSplit returns the index of the split whose forms are the gold
// forms, or -1.
func goldSplit(splits []arabic.Split, gold []string) int {
	for i, sp := range splits {
		if len(sp) != len(gold) {
			continue
		}
		ok := true
		for k, p := range sp {
			if ud.StripMarks(p.Form) != gold[k] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// trainSegmenter trains the split ranker on the written words of sents.
// It returns the segmenter and how many training words had their gold
// split among the candidates (the ranker's ceiling).
func trainSegmenter(sents []*ud.Sentence, lex *Lexicon, epochs int, seed uint64) (*segmenter, int, int) {
	type example struct {
		w      rawWord
		splits []arabic.Split
		gold   int
	}
	var exs []example
	reach, total := 0, 0
	for _, s := range sents {
		for _, w := range rawWords(s) {
			splits := arabic.Splits(w.text)
			total++
			g := goldSplit(splits, w.gold)
			if g >= 0 {
				reach++
			}
			if len(splits) > 1 && g >= 0 {
				exs = append(exs, example{w, splits, g})
			}
		}
	}
	sg := &segmenter{lex: lex}
	p := newPerceptron(1)
	rng := rand.New(rand.NewPCG(seed, 0x5e9))
	var buf []uint64
	var sc [1]float32
	feats := make([][]uint64, 0, 16)
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		for _, ex := range exs {
			feats = feats[:0]
			bi, bs := 0, float32(0)
			for i, sp := range ex.splits {
				buf = sg.splitFeats(ex.w.text, ex.w.norm, sp, buf[:0])
				feats = append(feats, slices.Clone(buf))
				p.scores(buf, sc[:])
				if i == 0 || sc[0] > bs {
					bi, bs = i, sc[0]
				}
			}
			if bi != ex.gold {
				p.add(feats[ex.gold], 0, 1)
				p.add(feats[bi], 0, -1)
			}
			p.tick()
		}
	}
	sg.rank = p.average(0)
	return sg, reach, total
}
