package syntax

import (
	"math/rand/v2"

	"github.com/marsad/marsad/arabic"
)

// projectivize returns heads (n: the root) with every non-projective arc
// lifted to the head of its head until the tree is projective (the lifting
// of pseudo-projective parsing, without encoding the lifts in labels).
func projectivize(gold []word) []int {
	n := len(gold)
	h := make([]int, n)
	for i, w := range gold {
		h[i] = w.head
		if h[i] < 0 || h[i] >= n {
			h[i] = n
		}
	}
	for iter := 0; iter < 4*n; iter++ {
		worst, span := -1, 0
		for d := 0; d < n; d++ {
			if !projectiveArc(h, d) {
				if s := abs(h[d] - d); worst < 0 || s < span {
					worst, span = d, s
				}
			}
		}
		if worst < 0 {
			break
		}
		if h[h[worst]] >= 0 && h[worst] < n {
			h[worst] = h[h[worst]]
		} else {
			h[worst] = n
		}
	}
	return h
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// projectiveArc reports whether every word between d and its head descends
// from the head.
func projectiveArc(h []int, d int) bool {
	n := len(h)
	hd := h[d]
	lo, hi := min(d, hd), max(d, hd)
	for k := lo + 1; k < hi && k < n; k++ {
		a := k
		for steps := 0; a != hd && a < n && steps <= n; steps++ {
			a = h[a]
		}
		if a != hd {
			return false
		}
	}
	return true
}

// oracle computes the costs of the moves in a state against gold heads
// (projective, n for the root): how many gold arcs each move makes
// unreachable.
type oracle struct {
	head    []int
	deps    [][]int
	inStack []bool
}

func newOracle(head []int) *oracle {
	n := len(head)
	o := &oracle{head: head, deps: make([][]int, n+1), inStack: make([]bool, n+1)}
	for d, h := range head {
		o.deps[h] = append(o.deps[h], d)
	}
	return o
}

func (o *oracle) cost(s *state, m int) int {
	switch m {
	case shift:
		b := s.b
		c := 0
		if h := o.head[b]; h != s.st(0) && o.inStack[h] {
			c++
		}
		for _, d := range o.deps[b] {
			if o.inStack[d] {
				c++
			}
		}
		return c
	case left, right:
		s0 := s.st(0)
		c := 0
		h := o.head[s0]
		if m == left {
			if h == s.st(1) && h >= 0 || h > s.b {
				c++
			}
		} else if h >= s.b {
			c++
		}
		for _, d := range o.deps[s0] {
			if d >= s.b {
				c++
			}
		}
		return c
	}
	return 1 << 20
}

// apply applies a move and keeps the stack membership up to date.
func (o *oracle) apply(s *state, m int) {
	switch m {
	case shift:
		o.inStack[s.b] = true
	default:
		o.inStack[s.st(0)] = false
	}
	s.apply(m)
}

// trainParser trains the transition model on sentences whose words carry
// predicted tags and gold heads and relations.
func trainParser(sents [][]word, epochs int, seed uint64, explore float64, prune float32) *parser {
	pm := newPerceptron(numMoves)
	lm := newPerceptron(arabic.NumRel)
	p := &parser{}
	rng := rand.New(rand.NewPCG(seed, 0xa5c))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	heads := make([][]int, len(sents))
	for i, s := range sents {
		heads[i] = projectivize(s)
		for _, w := range s {
			p.seen[w.rel] = true
		}
	}
	var buf [128]uint64
	var sc [numMoves]float32
	lsc := make([]float32, arabic.NumRel)
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ws := sents[si]
			n := len(ws)
			if n == 0 {
				continue
			}
			s := newState(n)
			o := newOracle(heads[si])
			for !s.done() {
				fs := parseFeats(s, ws, buf[:0])
				pm.scores(fs, sc[:])
				pred := best(sc[:], s.valid)
				// the best move among those of least cost
				bestGood, bestCost := -1, 1<<30
				costs := [numMoves]int{}
				for m := 0; m < numMoves; m++ {
					if !s.valid(m) {
						costs[m] = 1 << 30
						continue
					}
					costs[m] = o.cost(s, m)
					bestCost = min(bestCost, costs[m])
				}
				for m := 0; m < numMoves; m++ {
					if costs[m] == bestCost && (bestGood < 0 || sc[m] > sc[bestGood]) {
						bestGood = m
					}
				}
				if costs[pred] > bestCost {
					pm.update(fs, bestGood, pred)
				}
				pm.tick()
				next := bestGood
				if ep > 0 && costs[pred] > bestCost && rng.Float64() < explore {
					next = pred
				}
				o.apply(s, next)
			}
			// labels, on the gold tree
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
	p.moves = pm.average(prune)
	p.labels = lm.average(prune)
	return p
}
