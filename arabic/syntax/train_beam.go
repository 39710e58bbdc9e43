package syntax

import (
	"math"
	"math/rand/v2"

	"github.com/marsad/marsad/arabic"
)

// staticOracle returns the canonical move towards the projective gold
// heads h (n: the root): attach s0 to b0 or to s1 once it has all its
// dependents, else shift. ok is false when no move leads to the gold tree.
func staticOracle(s *state, h []int, ndeps []int) (move int, ok bool) {
	if len(s.stack) > 0 {
		s0 := s.st(0)
		done := s.nl(s0)+s.nr(s0) == ndeps[s0]
		if h[s0] == s.b && done && s.valid(left) {
			return left, true
		}
		if len(s.stack) >= 2 && h[s0] == s.st(1) && done {
			return right, true
		}
	}
	if s.valid(shift) {
		return shift, true
	}
	return 0, false
}

// goldMoves returns the oracle's moves for a sentence and the features of
// the state before each, or ok false when the gold tree cannot be reached.
func goldMoves(ws []word, h []int) (moves []int, feats [][]uint64, ok bool) {
	n := len(ws)
	ndeps := make([]int, n+1)
	for _, x := range h {
		ndeps[x]++
	}
	s := newState(n)
	var buf [128]uint64
	for !s.done() {
		m, ok := staticOracle(s, h, ndeps)
		if !ok {
			return nil, nil, false
		}
		fs := parseFeats(s, ws, buf[:0])
		feats = append(feats, append([]uint64(nil), fs...))
		moves = append(moves, m)
		s.apply(m)
	}
	for i := 0; i < n; i++ {
		if s.head(i) != h[i] {
			return nil, nil, false
		}
	}
	return moves, feats, true
}

// trainParserBeam trains the transition model with a beam of width k and
// max-violation updates (Huang, Fayong and Guo 2012) of a global averaged
// perceptron, on sentences whose words carry predicted tags and gold
// heads and relations; the labeller as trainParser does.
func trainParserBeam(sents [][]word, epochs int, seed uint64, k int, prune float32) *parser {
	pm := newPerceptron(numMoves)
	rng := rand.New(rand.NewPCG(seed, 0xbea))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	type goldSeq struct {
		moves []int
		feats [][]uint64
	}
	golds := make([]*goldSeq, len(sents))
	for i, ws := range sents {
		if m, f, ok := goldMoves(ws, projectivize(ws)); ok {
			golds[i] = &goldSeq{m, f}
		}
	}
	var sc [numMoves]float32
	var buf [128]uint64
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			g := golds[si]
			ws := sents[si]
			if g == nil || len(ws) == 0 {
				continue
			}
			gScore := float32(0)
			maxV, tStar := float32(math.Inf(-1)), -1
			var predHist *node
			step := func(t int, items []beamItem) bool {
				pm.scores(g.feats[t], sc[:])
				gScore += sc[g.moves[t]]
				for i := range items {
					items[i].gold = items[i].gold && int(items[i].hist.move) == g.moves[t]
				}
				if !items[0].gold {
					if v := items[0].score - gScore; v > maxV {
						maxV, tStar, predHist = v, t, items[0].hist
					}
				}
				return true
			}
			beamSearchGold(ws, k, pm.scores, step)
			if tStar >= 0 {
				pred := predHist.moves()
				s := newState(len(ws))
				for t := 0; t <= tStar; t++ {
					fs := parseFeats(s, ws, buf[:0])
					pm.add(fs, pred[t], -1)
					s.apply(pred[t])
					pm.add(g.feats[t], g.moves[t], +1)
				}
			}
			pm.tick()
		}
	}
	p := trainLabeller(sents, epochs, seed, prune)
	p.moves = pm.average(prune)
	p.beam = k
	return p
}

// beamSearchGold is beamSearch with the first item marked as the oracle's.
func beamSearchGold(ws []word, k int, score scorer, step func(t int, items []beamItem) bool) []beamItem {
	return beamSearchFrom(ws, k, score, step, true)
}

// trainLabeller trains the relation model on the gold trees.
func trainLabeller(sents [][]word, epochs int, seed uint64, prune float32) *parser {
	lm := newPerceptron(arabic.NumRel)
	p := &parser{}
	for _, s := range sents {
		for _, w := range s {
			p.seen[w.rel] = true
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x1abe1))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var buf [64]uint64
	lsc := make([]float32, arabic.NumRel)
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ws := sents[si]
			kids := children(ws)
			info := labelInfos(ws)
			sibs := make([]uint64, len(ws)+1)
			for i := range ws {
				h := ws[i].head
				if h < 0 {
					continue
				}
				fs := labelFeats(ws, kids, info, sibs[h], i, buf[:0])
				lm.scores(fs, lsc)
				pred := best(lsc, func(c int) bool { return c != 0 && c != int(arabic.RelRoot) && p.seen[c] })
				lm.update(fs, int(ws[i].rel), pred)
				lm.tick()
				sibs[h] |= sibBit(arabic.Rel(pred))
			}
		}
	}
	p.labels = lm.average(prune)
	return p
}
