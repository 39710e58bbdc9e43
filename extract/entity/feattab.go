package entity

// featTab is an open-addressing hash table from feature hash to the weight
// rows of the feature in each layer (-1 where a layer lacks it). One probe
// serves both layers, and the table is far more compact than a Go map.
type featTab struct {
	keys []uint64 // 0 marks an empty slot
	rows [][2]int32
	mask uint64
}

func newFeatTab(layers []*model) *featTab {
	n := 0
	for _, l := range layers {
		n += len(l.index)
	}
	size := uint64(1)
	for size < uint64(2*n+1) {
		size <<= 1
	}
	t := &featTab{keys: make([]uint64, size), rows: make([][2]int32, size), mask: size - 1}
	for li, l := range layers {
		if li > 1 {
			break
		}
		for h, row := range l.index {
			i := t.slot(h)
			if t.keys[i] != h {
				t.keys[i] = h
				t.rows[i] = [2]int32{-1, -1}
			}
			t.rows[i][li] = row
		}
	}
	return t
}

// mix spreads the hash bits over the table index (the low bits of an FNV
// hash are good, but the zero key is reserved and shifting helps clusters).
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// slot returns the slot holding h or the empty slot where it would go.
func (t *featTab) slot(h uint64) uint64 {
	if h == 0 {
		h = 1 // the empty marker; a zero hash shares slot with hash 1
	}
	i := mix(h) & t.mask
	for t.keys[i] != 0 && t.keys[i] != h {
		i = (i + 1) & t.mask
	}
	return i
}

// lookup returns the rows of feature h, or {-1,-1}.
func (t *featTab) lookup(h uint64) [2]int32 {
	if h == 0 {
		h = 1
	}
	i := mix(h) & t.mask
	for {
		k := t.keys[i]
		if k == h {
			return t.rows[i]
		}
		if k == 0 {
			return [2]int32{-1, -1}
		}
		i = (i + 1) & t.mask
	}
}

// addRows adds the weights of the given rows to em (one token).
func addRows(em *[numTags]float32, w []float32, row int32) {
	if row < 0 {
		return
	}
	ws := w[int(row)*numTags : int(row)*numTags+numTags]
	for t := range numTags {
		em[t] += ws[t]
	}
}
