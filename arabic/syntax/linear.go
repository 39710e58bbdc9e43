package syntax

// linear is a multi-class linear model: an open-addressing hash table from
// feature keys to rows of weights. A slot holds a 32-bit fingerprint of
// its key (the key's high bits; the low bits choose the slot) beside its
// row or where its row is, so a lookup touches one cache line, two for
// rows of many classes. A key absent from the table is mistaken for a
// present one only if it lands in the same probe run with the same 32
// bits, about once in 10⁹ lookups. The model is read-only once built, so
// one model serves any number of goroutines.
type linear struct {
	Classes int
	mask    uint64
	n       int // keys
	// Few classes (<= inlineClasses): dense weights in the slots.
	dense []denseSlot
	// More classes: sparse rows (only the classes a feature weighs),
	// entries of a row contiguous, the last one marked.
	slots   []sparseSlot
	entries []entry
}

// inlineClasses is the most classes whose weights are kept in the slots.
const inlineClasses = 3

type denseSlot struct {
	fp uint32 // 0: empty
	w  [inlineClasses]float32
}

// sparseSlot holds a row of up to two weights itself (most rows: 80% of
// the tagger's and the labeller's), a longer one in entries.
type sparseSlot struct {
	fp    uint32 // 0: empty
	n     uint16 // weights in the row
	c     [2]uint16
	w     [2]float32
	start uint32 // first entry of a row of more than two weights
}

type entry struct {
	w    float32
	c    uint16
	last bool
}

// maxClasses bounds the classes of a linear model.
const maxClasses = 1 << 16

// fingerprint is the part of a key a slot stores (never 0).
func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

// newLinear builds a model from rows of weights by feature key, keeping
// the weights whose magnitude is at least minAbs (0: every non-zero one).
func newLinear(classes int, weights map[uint64][]float32, minAbs float32) *linear {
	m := &linear{Classes: classes}
	keep := func(w float32) bool { return w != 0 && (w >= minAbs || w <= -minAbs) }
	var kept []uint64
	for _, k := range sortedKeys(weights) {
		for _, w := range weights[k] {
			if keep(w) {
				kept = append(kept, k)
				break
			}
		}
	}
	m.alloc(len(kept))
	for _, k := range kept {
		var cs []uint32
		var ws []float32
		for c, w := range weights[k][:classes] {
			if keep(w) {
				cs = append(cs, uint32(c))
				ws = append(ws, w)
			}
		}
		m.put(k, cs, ws)
	}
	return m
}

// maxLoad bounds the share of occupied slots (a lookup of an absent key
// probes a few slots more at 0.8 than at 0.5, in the same cache lines, and
// the table is smaller).
const maxLoad = 0.8

// alloc sizes the table for n keys.
func (m *linear) alloc(n int) {
	size := uint64(8)
	for float64(size)*maxLoad < float64(n+1) {
		size <<= 1
	}
	m.mask = size - 1
	if m.Classes <= inlineClasses {
		m.dense = make([]denseSlot, size)
	} else {
		m.slots = make([]sparseSlot, size)
	}
}

// put adds the row of key k (its classes and weights). A key already
// there, or a row without weights, is left out.
func (m *linear) put(k uint64, cs []uint32, ws []float32) {
	if len(cs) == 0 || m.n+1 > int(float64(m.mask+1)*maxLoad) {
		return
	}
	fp := fingerprint(k)
	i := spread(k) & m.mask
	if m.dense != nil {
		for ; m.dense[i].fp != 0; i = (i + 1) & m.mask {
			if m.dense[i].fp == fp {
				return
			}
		}
		m.dense[i].fp = fp
		for j, c := range cs {
			m.dense[i].w[c] = ws[j]
		}
		m.n++
		return
	}
	for ; m.slots[i].fp != 0; i = (i + 1) & m.mask {
		if m.slots[i].fp == fp {
			return
		}
	}
	sl := sparseSlot{fp: fp, n: uint16(len(cs))}
	if len(cs) <= 2 {
		for j, c := range cs {
			sl.c[j], sl.w[j] = uint16(c), ws[j]
		}
	} else {
		sl.start = uint32(len(m.entries))
		for j, c := range cs {
			m.entries = append(m.entries, entry{w: ws[j], c: uint16(c), last: j == len(cs)-1})
		}
	}
	m.slots[i] = sl
	m.n++
}

// spread mixes the key bits over the table index.
func spread(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// scores sets out[c] to the score of class c given the features.
func (m *linear) scores(feats []uint64, out []float32) {
	out = out[:m.Classes]
	clear(out)
	m.add(feats, out)
}

// add adds the weights of the features to out.
func (m *linear) add(feats []uint64, out []float32) {
	if m.dense != nil {
		out = out[:min(len(out), inlineClasses)]
		for _, k := range feats {
			fp := fingerprint(k)
			for i := spread(k) & m.mask; ; i = (i + 1) & m.mask {
				s := &m.dense[i]
				if s.fp == fp {
					for c := range out {
						out[c] += s.w[c]
					}
					break
				}
				if s.fp == 0 {
					break
				}
			}
		}
		return
	}
	if len(m.slots) == 0 {
		return
	}
	for _, k := range feats {
		fp := fingerprint(k)
		for i := spread(k) & m.mask; ; i = (i + 1) & m.mask {
			s := &m.slots[i]
			if s.fp == fp {
				switch s.n {
				case 2:
					out[s.c[1]] += s.w[1]
					fallthrough
				case 1:
					out[s.c[0]] += s.w[0]
				default:
					for _, e := range m.entries[s.start:] {
						out[e.c] += e.w
						if e.last {
							break
						}
					}
				}
				break
			}
			if s.fp == 0 {
				break
			}
		}
	}
}

// addRange adds the weights of feature k for the classes [lo, lo+len(out))
// to out (out[0] is class lo).
func (m *linear) addRange(k uint64, out []float32, lo int) {
	fp := fingerprint(k)
	hi := lo + len(out)
	if m.dense != nil {
		for i := spread(k) & m.mask; ; i = (i + 1) & m.mask {
			s := &m.dense[i]
			if s.fp == fp {
				for c := lo; c < hi && c < inlineClasses; c++ {
					out[c-lo] += s.w[c]
				}
				return
			}
			if s.fp == 0 {
				return
			}
		}
	}
	if len(m.slots) == 0 {
		return
	}
	for i := spread(k) & m.mask; ; i = (i + 1) & m.mask {
		s := &m.slots[i]
		if s.fp == fp {
			if s.n <= 2 {
				for j := 0; j < int(s.n); j++ {
					if c := int(s.c[j]); c >= lo && c < hi {
						out[c-lo] += s.w[j]
					}
				}
				return
			}
			for _, e := range m.entries[s.start:] {
				if int(e.c) >= lo && int(e.c) < hi {
					out[int(e.c)-lo] += e.w
				}
				if e.last {
					break
				}
			}
			return
		}
		if s.fp == 0 {
			return
		}
	}
}

// rows calls f with the fingerprint-free rows of the model: a slot index
// (increasing), the classes and the weights (for writing and pruning).
func (m *linear) rows(f func(slot uint64, cs []int, ws []float32)) {
	var cs []int
	var ws []float32
	if m.dense != nil {
		for i, s := range m.dense {
			if s.fp == 0 {
				continue
			}
			cs, ws = cs[:0], ws[:0]
			for c := 0; c < m.Classes; c++ {
				if s.w[c] != 0 {
					cs = append(cs, c)
					ws = append(ws, s.w[c])
				}
			}
			f(uint64(i), cs, ws)
		}
		return
	}
	for i, s := range m.slots {
		if s.fp == 0 {
			continue
		}
		cs, ws = cs[:0], ws[:0]
		if s.n <= 2 {
			for j := 0; j < int(s.n); j++ {
				cs = append(cs, int(s.c[j]))
				ws = append(ws, s.w[j])
			}
		} else {
			for _, e := range m.entries[s.start:] {
				cs = append(cs, int(e.c))
				ws = append(ws, e.w)
				if e.last {
					break
				}
			}
		}
		f(uint64(i), cs, ws)
	}
}

// best returns the highest-scoring class among those allowed (all when
// allowed is nil).
func best(scores []float32, allowed func(int) bool) int {
	b, bs := -1, float32(0)
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if b < 0 || s > bs {
			b, bs = c, s
		}
	}
	if b < 0 {
		return 0
	}
	return b
}
