package entity

// The perceptron tags too few names (precision well above recall), so the
// final layer's O score of every token is lowered by a margin chosen on
// dev. The margin lives in the weight of the always-on bias feature, so
// the model format and the tagger are unchanged.

// oBiasGrid lists the candidate margins, as fractions of the mean absolute
// O score of a dev token.
var oBiasGrid = [...]float32{0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3}

// tuneOBias returns the margin with the best micro F1 on dev (the smaller
// on ties) and that score.
func tuneOBias(l *layerResult, ft *featTable, dev []indexed, devGold [][]string) (float32, Score) {
	row, ok := ft.index[uint64(newHash(0))]
	if !ok || len(dev) == 0 {
		return 0, l.best
	}
	// Scale: mean absolute emission spread per token.
	var sum float64
	var n int
	for i := range dev {
		em := make([][numTags]float32, len(dev[i].gold))
		emissionsIndexed(&dev[i], l.w, em)
		for _, e := range em {
			lo, hi := e[0], e[0]
			for _, v := range e {
				lo, hi = min(lo, v), max(hi, v)
			}
			sum += float64(hi - lo)
			n++
		}
	}
	scale := float32(sum / float64(max(n, 1)))
	base := l.w[int(row)*numTags]
	best, bestF1, bestSc := float32(0), -1.0, l.best
	for _, g := range oBiasGrid {
		l.w[int(row)*numTags] = base - g*scale
		pred := make([][]string, len(dev))
		for i := range dev {
			pred[i] = dev[i].al.back(decodeIndexed(&dev[i], l.w, &l.trans))
		}
		sc, err := Evaluate(devGold, pred)
		if err != nil {
			continue
		}
		if f := sc.Micro.F1(); f > bestF1 {
			best, bestF1, bestSc = g*scale, f, sc
		}
	}
	l.w[int(row)*numTags] = base
	return best, bestSc
}

// applyOBias lowers the O weight of the bias feature by margin.
func applyOBias(l *layerResult, ft *featTable, margin float32) {
	if row, ok := ft.index[uint64(newHash(0))]; ok {
		l.w[int(row)*numTags] -= margin
	}
}
