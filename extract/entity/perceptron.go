package entity

// perceptron holds the weights being learnt and the sums for averaging
// (Daumé's trick: avg = w - u/c).
type perceptron struct {
	w, u  []float32
	t, tu [numTags + 1][numTags]float32
	c     float32
	em    [][numTags]float32
}

func newPerceptron(nf int) *perceptron {
	return &perceptron{w: make([]float32, nf*numTags), u: make([]float32, nf*numTags), c: 1}
}

func emissionsIndexed(s *indexed, w []float32, em [][numTags]float32) {
	for i := range em {
		em[i] = [numTags]float32{}
		for _, row := range s.feats[s.off[i]:s.off[i+1]] {
			if row < 0 {
				continue
			}
			ws := w[int(row)*numTags : int(row)*numTags+numTags]
			for t := range numTags {
				em[i][t] += ws[t]
			}
		}
	}
}

func decodeIndexed(s *indexed, w []float32, trans *[numTags + 1][numTags]float32) []int {
	em := make([][numTags]float32, len(s.gold))
	emissionsIndexed(s, w, em)
	return viterbi(em, trans)
}

// step decodes one sentence and updates on error; it reports whether the
// prediction was wrong.
func (p *perceptron) step(s *indexed) bool {
	n := len(s.gold)
	p.em = growEm(p.em, n)
	em := p.em[:n]
	emissionsIndexed(s, p.w, em)
	pred := viterbi(em, &p.t)
	wrong := false
	for i := range n {
		g, q := s.gold[i], pred[i]
		gp, qp := startTag, startTag
		if i > 0 {
			gp, qp = s.gold[i-1], pred[i-1]
		}
		if g != q {
			wrong = true
			for _, row := range s.feats[s.off[i]:s.off[i+1]] {
				if row < 0 {
					continue
				}
				base := int(row) * numTags
				p.w[base+g]++
				p.u[base+g] += p.c
				p.w[base+q]--
				p.u[base+q] -= p.c
			}
		}
		if g != q || gp != qp {
			p.t[gp][g]++
			p.tu[gp][g] += p.c
			p.t[qp][q]--
			p.tu[qp][q] -= p.c
		}
	}
	p.c++
	return wrong
}

// averaged returns the averaged weights and transitions.
func (p *perceptron) averaged() ([]float32, [numTags + 1][numTags]float32) {
	w := make([]float32, len(p.w))
	for i := range w {
		w[i] = p.w[i] - p.u[i]/p.c
	}
	var t [numTags + 1][numTags]float32
	for a := range t {
		for b := range t[a] {
			t[a][b] = p.t[a][b] - p.tu[a][b]/p.c
		}
	}
	return w, t
}

// ensembleAveraged returns the mean of the members' averaged weights and
// transitions.
func ensembleAveraged(ps []*perceptron) ([]float32, [numTags + 1][numTags]float32) {
	w, t := ps[0].averaged()
	if len(ps) == 1 {
		return w, t
	}
	for _, p := range ps[1:] {
		wm, tm := p.averaged()
		for i := range w {
			w[i] += wm[i]
		}
		for a := range t {
			for b := range t[a] {
				t[a][b] += tm[a][b]
			}
		}
	}
	k := float32(len(ps))
	for i := range w {
		w[i] /= k
	}
	for a := range t {
		for b := range t[a] {
			t[a][b] /= k
		}
	}
	return w, t
}
