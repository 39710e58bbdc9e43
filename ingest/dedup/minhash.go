package dedup

import "math"

// splitmix64 is a fast, well-mixed 64-bit hash of x.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// minhash returns the n-value MinHash signature of a set of shingle hashes.
// Function i is splitmix64(x ^ seed_i); an empty set gives all MaxUint64.
func minhash(set []uint64, n int) []uint64 {
	sig := make([]uint64, n)
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, x := range set {
		for i := range sig {
			if h := splitmix64(x ^ seeds[i%len(seeds)] + uint64(i)); h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

// seeds are fixed so that signatures are stable across runs and machines.
var seeds = func() [256]uint64 {
	var s [256]uint64
	x := uint64(0x6d61727361640001) // "marsad"
	for i := range s {
		x = splitmix64(x)
		s[i] = x
	}
	return s
}()

// similarity estimates the Jaccard similarity of two sets from their
// signatures: the share of positions where they agree.
func similarity(a, b []uint64) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] && a[i] != math.MaxUint64 {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// bandKeys returns one key per LSH band of sig (rows values each).
func bandKeys(sig []uint64, rows int) []uint64 {
	keys := make([]uint64, 0, len(sig)/rows)
	for b := 0; b+rows <= len(sig); b += rows {
		h := uint64(b) * 0x9e3779b97f4a7c15
		for _, v := range sig[b : b+rows] {
			h = splitmix64(h ^ v)
		}
		keys = append(keys, h)
	}
	return keys
}
