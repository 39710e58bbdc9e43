package syntax

// perceptron is a multi-class averaged perceptron being trained (Collins
// 2002), averaged with Daumé's trick: the final weight is w − u/c, where u
// sums every update scaled by the step it was made at.
type perceptron struct {
	classes int
	rows    map[uint64]*prow
	c       float64 // steps so far, from 1
}

type prow struct {
	w []float32
	u []float64
}

func newPerceptron(classes int) *perceptron {
	return &perceptron{classes: classes, rows: make(map[uint64]*prow), c: 1}
}

// scores sets out to the current scores of the classes.
func (p *perceptron) scores(feats []uint64, out []float32) {
	out = out[:p.classes]
	clear(out)
	for _, f := range feats {
		if r := p.rows[f]; r != nil {
			for c, w := range r.w {
				out[c] += w
			}
		}
	}
}

// update moves the weights of the features towards class good and away
// from class bad.
func (p *perceptron) update(feats []uint64, good, bad int) {
	if good == bad {
		return
	}
	for _, f := range feats {
		r := p.rows[f]
		if r == nil {
			r = &prow{w: make([]float32, p.classes), u: make([]float64, p.classes)}
			p.rows[f] = r
		}
		r.w[good]++
		r.u[good] += p.c
		r.w[bad]--
		r.u[bad] -= p.c
	}
}

// tick counts one training example.
func (p *perceptron) tick() { p.c++ }

// average returns the averaged weights as a runtime model, keeping the
// weights of magnitude at least minAbs (0: all). Most features are seen a
// few times and end with tiny averaged weights that cost memory and
// lookups but change no decision.
func (p *perceptron) average(minAbs float32) *linear {
	ws := make(map[uint64][]float32, len(p.rows))
	for k, r := range p.rows {
		a := make([]float32, p.classes)
		for c := range a {
			a[c] = float32(float64(r.w[c]) - r.u[c]/p.c)
		}
		ws[k] = a
	}
	return newLinear(p.classes, ws, minAbs)
}

// add adds delta to the weight of class for every feature.
func (p *perceptron) add(feats []uint64, class int, delta float32) {
	for _, f := range feats {
		r := p.rows[f]
		if r == nil {
			r = &prow{w: make([]float32, p.classes), u: make([]float64, p.classes)}
			p.rows[f] = r
		}
		r.w[class] += delta
		r.u[class] += float64(delta) * p.c
	}
}
