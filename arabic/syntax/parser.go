package syntax

import "github.com/marsad/marsad/arabic"

// The parser is a greedy arc-hybrid transition parser (Kuhlmann, Gómez-
// Rodríguez and Satta 2011) with the root at the end of the buffer
// (Ballesteros and Nivre 2013), trained with a dynamic oracle (Goldberg and
// Nivre 2013); a second linear model labels the arcs once the tree is
// built.

// Transitions.
const (
	shift = iota
	left  // s0 becomes a dependent of b0
	right // s0 becomes a dependent of s1
	numMoves
)

// state is a parser configuration over n words; word n is the root. All
// its arrays live in one slice, so a beam copies a state with one copy.
type state struct {
	n     int
	b     int // first word of the buffer (n: only the root is left)
	stack []int32
	data  []int32 // head, lc0, lc1, rc0, rc1, nl, nr: n+1 each
}

const stateArrays = 7

func newState(n int) *state {
	s := &state{n: n, stack: make([]int32, 0, n), data: make([]int32, stateArrays*(n+1))}
	for i := range s.data[:5*(n+1)] {
		s.data[i] = -1
	}
	return s
}

// copyFrom makes s a copy of o, reusing s's memory.
func (s *state) copyFrom(o *state) {
	s.n, s.b = o.n, o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.data = append(s.data[:0], o.data...)
}

// head returns the head of word i (-1: none yet; n: the root).
func (s *state) head(i int) int { return int(s.data[i]) }

// lc and rc return the first and second leftmost (rightmost) children.
func (s *state) lc(i, k int) int { return int(s.data[(1+k)*(s.n+1)+i]) }
func (s *state) rc(i, k int) int { return int(s.data[(3+k)*(s.n+1)+i]) }
func (s *state) nl(i int) int    { return int(s.data[5*(s.n+1)+i]) }
func (s *state) nr(i int) int    { return int(s.data[6*(s.n+1)+i]) }

func (s *state) done() bool { return len(s.stack) == 0 && s.b == s.n }

// valid reports whether move m can be applied.
func (s *state) valid(m int) bool {
	switch m {
	case shift:
		return s.b < s.n
	case left:
		if len(s.stack) == 0 {
			return false
		}
		if s.b == s.n {
			return len(s.stack) == 1 // one root
		}
		return true
	case right:
		return len(s.stack) >= 2
	}
	return false
}

func (s *state) apply(m int) {
	switch m {
	case shift:
		s.stack = append(s.stack, int32(s.b))
		s.b++
	case left:
		d := int(s.stack[len(s.stack)-1])
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, d)
	case right:
		d := int(s.stack[len(s.stack)-1])
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(int(s.stack[len(s.stack)-1]), d)
	}
}

func (s *state) attach(h, d int) {
	s.data[d] = int32(h)
	n1 := s.n + 1
	if d < h {
		s.data[5*n1+h]++
		l0, l1 := &s.data[n1+h], &s.data[2*n1+h]
		switch {
		case *l0 < 0 || int32(d) < *l0:
			*l1, *l0 = *l0, int32(d)
		case *l1 < 0 || int32(d) < *l1:
			*l1 = int32(d)
		}
	} else {
		s.data[6*n1+h]++
		r0, r1 := &s.data[3*n1+h], &s.data[4*n1+h]
		switch {
		case *r0 < 0 || int32(d) > *r0:
			*r1, *r0 = *r0, int32(d)
		case *r1 < 0 || int32(d) > *r1:
			*r1 = int32(d)
		}
	}
}

// st returns the i-th word from the top of the stack, -1 when none.
func (s *state) st(i int) int {
	if i < len(s.stack) {
		return int(s.stack[len(s.stack)-1-i])
	}
	return -1
}

// bf returns the i-th word of the buffer, -1 beyond the root.
func (s *state) bf(i int) int {
	if s.b+i <= s.n {
		return s.b + i
	}
	return -1
}

var (
	rootWord = word{hNorm: hashString("<root>"), hShape: hashString("<root>"), hCluster: hashString("<root>"), upos: arabic.X + 1, head: -1}
	noWord   = word{hNorm: hNone, hShape: hNone, hCluster: hNone, upos: arabic.X + 2, head: -1}
)

// pw returns the word at parser position i (n: the root, -1: none).
func pw(ws []word, i int) *word {
	switch {
	case i < 0:
		return &noWord
	case i >= len(ws):
		return &rootWord
	}
	return &ws[i]
}

// Parser feature templates.
const (
	pS0W uint8 = iota + 1
	pS0P
	pS0WP
	pS1W
	pS1P
	pS1WP
	pB0W
	pB0P
	pB0WP
	pB1W
	pB1P
	pB1WP
	pB2P
	pS2P
	pS0WPB0WP
	pS0WPB0W
	pS0WB0WP
	pS0WPB0P
	pS0PB0WP
	pS0WB0W
	pS0PB0P
	pB0PB1P
	pS1PS0P
	pS1WS0W
	pS1PS0PB0P
	pB0PB1PB2P
	pS0PB0PB1P
	pS2PS1PS0P
	pS0PLC1PB0P
	pS0PRC1PB0P
	pS0PB0PB0LC1P
	pS1PS1RC1PS0P
	pDistS0B0W
	pDistS0B0P
	pDistS0B0PP
	pDistS1S0PP
	pS0VL
	pS0VR
	pB0VL
	pS1VR
	pS0LC1W
	pS0LC1P
	pS0RC1W
	pS0RC1P
	pS0LC2P
	pS0RC2P
	pB0LC1W
	pB0LC1P
	pB0LC2P
	pS1RC1P
	pS1LC1P
	pS0Morph
	pB0Morph
	pS0B0Morph
	pS1S0Agree
	pS0B0Agree
	pS0C
	pB0C
	pS0CB0C
	pS1CS0C
	pB0CB1P
	pS0RoleB0Role
	pS0LC1PRC1P
	pS1RC1WS0P
	pB0LC1WB0P
	pS0CB0P
	pS0PB0C
	pS1CS0P
	pB0CB1C
	pS0SufB0P
	pB0Suf
	pBetween
	pB0PrevP
	pS0NextP
	pS0WB0PB0PrevP
)

// dist buckets the distance between two positions.
func dist(a, b int) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

// between packs what lies between positions a < b: whether there is a
// comma or other punctuation, a verb, a conjunction (each a bit).
func between(ws []word, a, b int) uint64 {
	if a < 0 || b < 0 {
		return 1 << 5
	}
	var k uint64
	for i := a + 1; i < b && i < len(ws); i++ {
		switch ws[i].upos {
		case arabic.PUNCT:
			k |= 1
		case arabic.VERB:
			k |= 2
		case arabic.CCONJ:
			k |= 4
		}
	}
	return k
}

// morphKey packs the morphology the parser conditions on: case,
// definiteness.
func morphKey(w *word) uint64 {
	return uint64(w.feats.Code(arabic.FeatCase))<<4 | uint64(w.feats.Code(arabic.FeatDefinite))
}

// agree packs whether two words agree in gender, number and definiteness,
// and have the same case (each: unknown, agree, disagree).
func agree(a, b *word) uint64 {
	var k uint64
	for _, f := range [...]arabic.Feature{arabic.FeatGender, arabic.FeatNumber, arabic.FeatDefinite, arabic.FeatCase} {
		x, y := a.feats.Code(f), b.feats.Code(f)
		v := uint64(0)
		switch {
		case x == 0 || y == 0:
		case x == y:
			v = 1
		default:
			v = 2
		}
		k = k<<2 | v
	}
	return k
}

// parseFeats appends the features of a configuration.
func parseFeats(s *state, ws []word, buf []uint64) []uint64 {
	s0i, s1i, s2i := s.st(0), s.st(1), s.st(2)
	b0i, b1i, b2i := s.bf(0), s.bf(1), s.bf(2)
	s0, s1, s2 := pw(ws, s0i), pw(ws, s1i), pw(ws, s2i)
	b0, b1, b2 := pw(ws, b0i), pw(ws, b1i), pw(ws, b2i)
	lc := func(i, k int) int {
		if i < 0 {
			return -1
		}
		return s.lc(i, k)
	}
	rc := func(i, k int) int {
		if i < 0 {
			return -1
		}
		return s.rc(i, k)
	}
	s0l1, s0l2 := pw(ws, lc(s0i, 0)), pw(ws, lc(s0i, 1))
	s0r1, s0r2 := pw(ws, rc(s0i, 0)), pw(ws, rc(s0i, 1))
	b0l1, b0l2 := pw(ws, lc(b0i, 0)), pw(ws, lc(b0i, 1))
	s1r1, s1l1 := pw(ws, rc(s1i, 0)), pw(ws, lc(s1i, 0))
	val := func(i int, v func(int) int) uint64 {
		if i < 0 {
			return 99
		}
		return uint64(min(v(i), 5))
	}
	P := func(w *word) uint64 { return uint64(w.upos) }
	dS0B0 := dist(s0i, b0i)
	return append(buf,
		f1(pS0W, s0.hNorm), f1(pS0P, P(s0)), f2(pS0WP, s0.hNorm, P(s0)),
		f1(pS1W, s1.hNorm), f1(pS1P, P(s1)), f2(pS1WP, s1.hNorm, P(s1)),
		f1(pB0W, b0.hNorm), f1(pB0P, P(b0)), f2(pB0WP, b0.hNorm, P(b0)),
		f1(pB1W, b1.hNorm), f1(pB1P, P(b1)), f2(pB1WP, b1.hNorm, P(b1)),
		f1(pB2P, P(b2)), f1(pS2P, P(s2)),
		f4(pS0WPB0WP, s0.hNorm, P(s0), b0.hNorm, P(b0)),
		f3(pS0WPB0W, s0.hNorm, P(s0), b0.hNorm),
		f3(pS0WB0WP, s0.hNorm, b0.hNorm, P(b0)),
		f3(pS0WPB0P, s0.hNorm, P(s0), P(b0)),
		f3(pS0PB0WP, P(s0), b0.hNorm, P(b0)),
		f2(pS0WB0W, s0.hNorm, b0.hNorm),
		f2(pS0PB0P, P(s0), P(b0)),
		f2(pB0PB1P, P(b0), P(b1)),
		f2(pS1PS0P, P(s1), P(s0)),
		f2(pS1WS0W, s1.hNorm, s0.hNorm),
		f3(pS1PS0PB0P, P(s1), P(s0), P(b0)),
		f3(pB0PB1PB2P, P(b0), P(b1), P(b2)),
		f3(pS0PB0PB1P, P(s0), P(b0), P(b1)),
		f3(pS2PS1PS0P, P(s2), P(s1), P(s0)),
		f3(pS0PLC1PB0P, P(s0), P(s0l1), P(b0)),
		f3(pS0PRC1PB0P, P(s0), P(s0r1), P(b0)),
		f3(pS0PB0PB0LC1P, P(s0), P(b0), P(b0l1)),
		f3(pS1PS1RC1PS0P, P(s1), P(s1r1), P(s0)),
		f2(pDistS0B0W, dS0B0, s0.hNorm),
		f2(pDistS0B0P, dS0B0, P(s0)),
		f3(pDistS0B0PP, dS0B0, P(s0), P(b0)),
		f3(pDistS1S0PP, dist(s1i, s0i), P(s1), P(s0)),
		f2(pS0VL, P(s0), val(s0i, s.nl)),
		f2(pS0VR, P(s0), val(s0i, s.nr)),
		f2(pB0VL, P(b0), val(b0i, s.nl)),
		f2(pS1VR, P(s1), val(s1i, s.nr)),
		f2(pS0LC1W, s0l1.hNorm, P(s0)), f2(pS0LC1P, P(s0l1), P(s0)),
		f2(pS0RC1W, s0r1.hNorm, P(s0)), f2(pS0RC1P, P(s0r1), P(s0)),
		f3(pS0LC2P, P(s0l2), P(s0l1), P(s0)), f3(pS0RC2P, P(s0r2), P(s0r1), P(s0)),
		f2(pB0LC1W, b0l1.hNorm, P(b0)), f2(pB0LC1P, P(b0l1), P(b0)),
		f3(pB0LC2P, P(b0l2), P(b0l1), P(b0)),
		f2(pS1RC1P, P(s1r1), P(s1)), f2(pS1LC1P, P(s1l1), P(s1)),
		f2(pS0Morph, P(s0), morphKey(s0)),
		f2(pB0Morph, P(b0), morphKey(b0)),
		f4(pS0B0Morph, P(s0), morphKey(s0), P(b0), morphKey(b0)),
		f3(pS1S0Agree, P(s1), P(s0), agree(s1, s0)),
		f3(pS0B0Agree, P(s0), P(b0), agree(s0, b0)),
		f1(pS0C, s0.hCluster), f1(pB0C, b0.hCluster),
		f2(pS0CB0C, s0.hCluster, b0.hCluster),
		f2(pS1CS0C, s1.hCluster, s0.hCluster),
		f2(pB0CB1P, b0.hCluster, P(b1)),
		f4(pS0RoleB0Role, uint64(s0.role), P(s0), uint64(b0.role), P(b0)),
		f3(pS0LC1PRC1P, P(s0l1), P(s0), P(s0r1)),
		f3(pS1RC1WS0P, s1r1.hNorm, P(s1), P(s0)),
		f3(pB0LC1WB0P, b0l1.hNorm, P(b0l1), P(b0)),
		f2(pS0CB0P, s0.hCluster, P(b0)),
		f2(pS0PB0C, P(s0), b0.hCluster),
		f2(pS1CS0P, s1.hCluster, P(s0)),
		f2(pB0CB1C, b0.hCluster, b1.hCluster),
		f3(pS0SufB0P, s0.hSuf[1], P(s0), P(b0)),
		f2(pB0Suf, b0.hSuf[1], P(b0)),
		f3(pBetween, between(ws, s0i, b0i), P(s0), P(b0)),
		f3(pB0PrevP, P(pw(ws, b0i-1)), P(b0), P(s0)),
		f3(pS0NextP, P(pw(ws, s0i+1)), P(s0), P(b0)),
		f3(pS0WB0PB0PrevP, s0.hNorm, P(b0), P(pw(ws, b0i-1))),
	)
}

// parser holds the transition and labelling models.
type parser struct {
	beam   int     // beam width (<= 1: greedy)
	moves  *linear // numMoves classes
	labels *linear // arabic.NumRel classes
	seen   [arabic.NumRel]bool
}

// parse sets head and rel of every word of ws (tagged).
func (p *parser) parse(ws []word) {
	n := len(ws)
	if n == 0 {
		return
	}
	var s *state
	if p.beam > 1 {
		s = beamSearch(ws, p.beam, p.moves.scores, nil)[0].st
	} else {
		s = newState(n)
		var buf [128]uint64
		var sc [numMoves]float32
		for !s.done() {
			fs := parseFeats(s, ws, buf[:0])
			p.moves.scores(fs, sc[:])
			m := best(sc[:], s.valid)
			s.apply(m)
		}
	}
	for i := range ws {
		h := s.head(i)
		if h >= n || h < 0 {
			ws[i].head = -1
		} else {
			ws[i].head = h
		}
	}
	p.label(ws)
}

// label sets the relation of every word of a parsed sentence, left to
// right.
func (p *parser) label(ws []word) {
	var buf [48]uint64
	var sc [arabic.NumRel]float32
	kids := children(ws)
	info := labelInfos(ws)
	sibs := make([]uint64, len(ws)+1)
	for i := range ws {
		h := ws[i].head
		if h < 0 {
			ws[i].rel = arabic.RelRoot
			continue
		}
		fs := labelFeats(ws, kids, info, sibs[h], i, buf[:0])
		p.labels.scores(fs, sc[:])
		ws[i].rel = arabic.Rel(best(sc[:], func(c int) bool { return c != int(arabic.RelRoot) && c != 0 && p.seen[c] }))
		sibs[h] |= sibBit(ws[i].rel)
	}
}

// sibBit is the bit of a relation in the set of a head's dependents'
// relations the labeller looks at (core arguments and clauses).
func sibBit(r arabic.Rel) uint64 {
	switch r.Universal() {
	case arabic.RelNsubj:
		return 1
	case arabic.RelObj:
		return 2
	case arabic.RelIobj:
		return 4
	case arabic.RelCcomp, arabic.RelXcomp:
		return 8
	case arabic.RelObl:
		return 16
	}
	return 0
}

// children returns the first and last dependents of each word, -1 if none.
func children(ws []word) [][2]int {
	kids := make([][2]int, len(ws))
	for i := range kids {
		kids[i] = [2]int{-1, -1}
	}
	for i := range ws {
		h := ws[i].head
		if h < 0 {
			continue
		}
		if kids[h][0] < 0 {
			kids[h][0] = i
		}
		kids[h][1] = i
	}
	return kids
}

// Labeller feature templates.
const (
	lBias uint8 = iota + 1
	lDP
	lDW
	lHP
	lHW
	lDPHP
	lDWHP
	lDPHW
	lDirDist
	lDPHPDir
	lDMorph
	lHMorph
	lDPHPMorph
	lDRole
	lFirstKid
	lFirstKidP
	lLastKidP
	lGP
	lDPHPAgree
	lDSuf
	lHPDPDist
	lPrev
	lNext
	lDC
	lSibs
	lNomRank
	lCaseWord
	lHWNomRank
	lDWNomRank
)

// labelInfo is what the labeller knows of a word beyond its own features:
// its preposition (the form of its first ADP child) and, for a nominal
// dependent without one, its rank among such dependents on its side of
// the head (the first noun after a verb is more often the subject).
type labelInfo struct {
	caseWord uint64
	nomRank  uint64
}

// labelInfos computes labelInfo for every word of a parsed sentence.
func labelInfos(ws []word) []labelInfo {
	info := make([]labelInfo, len(ws))
	for i := range ws {
		info[i].caseWord = hNone
	}
	for i := range ws {
		if h := ws[i].head; h >= 0 && ws[i].upos == arabic.ADP && info[h].caseWord == hNone && i < h {
			info[h].caseWord = ws[i].hNorm
		}
	}
	rank := map[[2]int]uint64{}
	for i := range ws {
		h := ws[i].head
		if h < 0 || !ws[i].upos.Nominal() || info[i].caseWord != hNone {
			info[i].nomRank = 9
			continue
		}
		side := 0
		if i > h {
			side = 1
		}
		k := [2]int{h, side}
		info[i].nomRank = min(rank[k], 2)
		rank[k]++
	}
	return info
}

// labelFeats appends the features for the relation of word i; sibs is a
// bit set of the relations already given to its head's dependents before it.
func labelFeats(ws []word, kids [][2]int, info []labelInfo, sibs uint64, i int, buf []uint64) []uint64 {
	d := &ws[i]
	h := pw(ws, d.head)
	if d.head < 0 {
		h = &rootWord
	}
	dir := uint64(0)
	if d.head > i {
		dir = 1
	}
	dd := dist(i, d.head)
	fk, lk := pw(ws, kids[i][0]), pw(ws, kids[i][1])
	gp := &noWord
	if d.head >= 0 && ws[d.head].head >= 0 {
		gp = &ws[ws[d.head].head]
	}
	P := func(w *word) uint64 { return uint64(w.upos) }
	return append(buf,
		f1(lBias, 1),
		f1(lDP, P(d)), f1(lDW, d.hNorm), f1(lHP, P(h)), f1(lHW, h.hNorm),
		f2(lDPHP, P(d), P(h)),
		f3(lDWHP, d.hNorm, P(d), P(h)),
		f3(lDPHW, P(d), h.hNorm, P(h)),
		f2(lDirDist, dir, dd),
		f3(lDPHPDir, P(d), P(h), dir),
		f2(lDMorph, P(d), morphKey(d)),
		f2(lHMorph, P(h), morphKey(h)),
		f4(lDPHPMorph, P(d), morphKey(d), P(h), dir),
		f2(lDRole, uint64(d.role), P(d)),
		f3(lFirstKid, fk.hNorm, P(d), P(h)),
		f2(lFirstKidP, P(fk), P(d)),
		f2(lLastKidP, P(lk), P(d)),
		f3(lGP, P(gp), P(h), P(d)),
		f3(lDPHPAgree, P(d), P(h), agree(d, h)),
		f2(lDSuf, d.hSuf[1], P(d)),
		f4(lHPDPDist, P(h), P(d), dd, dir),
		f2(lPrev, pw(ws, i-1).hNorm, P(d)),
		f2(lNext, pw(ws, i+1).hNorm, P(d)),
		f2(lDC, d.hCluster, P(h)),
		f3(lSibs, sibs, P(d), P(h)),
		f4(lNomRank, info[i].nomRank, dir, P(d), P(h)),
		f3(lCaseWord, info[i].caseWord, P(d), P(h)),
		f4(lHWNomRank, h.hNorm, info[i].nomRank, dir, P(d)),
		f4(lDWNomRank, d.hNorm, info[i].nomRank, dir, P(h)),
	)
}
