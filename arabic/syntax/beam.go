package syntax

import "sort"

// A beam keeps the best partial parses of a sentence: every parse of n
// words takes exactly 2n moves (n shifts, n attachments), so the items of
// a beam always have made the same number of moves.

// node is a move in a parse's history (for training, to replay a parse).
type node struct {
	prev *node
	move int8
}

type beamItem struct {
	st    *state
	score float32
	hist  *node
	gold  bool // every move so far is the oracle's (training)
}

type candidate struct {
	from  int // item index
	move  int
	score float32
}

// scorer returns the scores of the moves for the features of a state.
type scorer func(feats []uint64, out []float32)

// beamSearch parses ws with a beam of width k and returns the final items
// (best first). step, when not nil, is called after every step with the
// beam (training).
func beamSearch(ws []word, k int, score scorer, step func(t int, items []beamItem) bool) []beamItem {
	return beamSearchFrom(ws, k, score, step, false)
}

func beamSearchFrom(ws []word, k int, score scorer, step func(t int, items []beamItem) bool, gold bool) []beamItem {
	n := len(ws)
	items := []beamItem{{st: newState(n), gold: gold}}
	next := make([]beamItem, 0, k)
	spare := make([]*state, 0, 2*k)
	var cands []candidate
	var buf [128]uint64
	var sc [numMoves]float32
	for t := 0; !items[0].st.done(); t++ {
		cands = cands[:0]
		for i := range items {
			it := &items[i]
			fs := parseFeats(it.st, ws, buf[:0])
			score(fs, sc[:])
			for m := 0; m < numMoves; m++ {
				if it.st.valid(m) {
					cands = append(cands, candidate{i, m, it.score + sc[m]})
				}
			}
		}
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
		if len(cands) > k {
			cands = cands[:k]
		}
		next = next[:0]
		for _, c := range cands {
			var st *state
			if l := len(spare); l > 0 {
				st, spare = spare[l-1], spare[:l-1]
			} else {
				st = &state{}
			}
			from := &items[c.from]
			st.copyFrom(from.st)
			st.apply(c.move)
			next = append(next, beamItem{st: st, score: c.score, hist: &node{prev: from.hist, move: int8(c.move)}, gold: from.gold})
		}
		for i := range items {
			spare = append(spare, items[i].st)
		}
		items, next = next, items
		if step != nil && !step(t, items) {
			break
		}
	}
	return items
}

// moves returns the moves of a history, first first.
func (h *node) moves() []int {
	var out []int
	for x := h; x != nil; x = x.prev {
		out = append(out, int(x.move))
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
