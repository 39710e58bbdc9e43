package syntax

import "sort"

// Feature keys are 64-bit hashes of a template number and its values.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mixIn folds v into the hash h.
func mixIn(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	return h * 0xbf58476d1ce4e5b9
}

// f1, f2, f3, f4 make the key of template t over 1–4 values.
func f1(t uint8, a uint64) uint64       { return mixIn(uint64(t)<<56|0xabc, a) }
func f2(t uint8, a, b uint64) uint64    { return mixIn(f1(t, a), b) }
func f3(t uint8, a, b, c uint64) uint64 { return mixIn(f2(t, a, b), c) }
func f4(t uint8, a, b, c, d uint64) uint64 {
	return mixIn(f3(t, a, b, c), d)
}

// sortedKeys returns the keys of m in increasing order, so that models are
// built and written byte for byte the same on every run.
func sortedKeys[V any](m map[uint64]V) []uint64 {
	ks := make([]uint64, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}
