package entity

import (
	"math"
	"math/rand/v2"
	"sort"
)

// sparseRow is one row of a sparse matrix: column ids ascending, values.
type sparseRow struct {
	cols []int32
	vals []float32
}

// truncatedSVD returns the rank-k left singular vectors of the sparse
// matrix rows (ncols columns), scaled by the square roots of the singular
// values, by the randomised range finder of Halko, Martinsson and Tropp
// (2011) with two power iterations. Each row is normalised to unit length.
func truncatedSVD(rows []sparseRow, ncols, k int, rng *rand.Rand) [][]float32 {
	l := k + 16
	omega := make([][]float64, ncols) // ncols × l
	for i := range omega {
		v := make([]float64, l)
		for j := range v {
			v[j] = rng.NormFloat64()
		}
		omega[i] = v
	}
	q := mulRows(rows, omega, l) // V × l
	orthonormalise(q, l)
	for range 2 {
		z := mulRowsT(rows, q, ncols, l) // C × l
		orthonormalise(z, l)
		q = mulRows(rows, z, l)
		orthonormalise(q, l)
	}
	bt := mulRowsT(rows, q, ncols, l) // C × l  (= Mᵀ Q = Bᵀ)
	// B Bᵀ = (Bᵀ)ᵀ Bᵀ, l × l.
	g := make([][]float64, l)
	for i := range g {
		g[i] = make([]float64, l)
	}
	for _, r := range bt {
		for i := range l {
			if r[i] == 0 {
				continue
			}
			for j := i; j < l; j++ {
				g[i][j] += r[i] * r[j]
			}
		}
	}
	for i := range l {
		for j := 0; j < i; j++ {
			g[i][j] = g[j][i]
		}
	}
	vals, vecs := jacobiEigen(g)
	order := make([]int, l)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return vals[order[a]] > vals[order[b]] })
	out := make([][]float32, len(q))
	for w, row := range q {
		v := make([]float32, k)
		for d := range k {
			e := order[d]
			var s float64
			for j := range l {
				s += row[j] * vecs[j][e]
			}
			v[d] = float32(s * math.Pow(math.Max(vals[e], 0), 0.25)) // U·Σ^½
		}
		normalise(v)
		out[w] = v
	}
	return out
}

// mulRows returns M·X for sparse M (rows) and dense X (ncols × l).
func mulRows(rows []sparseRow, x [][]float64, l int) [][]float64 {
	out := make([][]float64, len(rows))
	for i, r := range rows {
		v := make([]float64, l)
		for n, c := range r.cols {
			a := float64(r.vals[n])
			for j, b := range x[c] {
				v[j] += a * b
			}
		}
		out[i] = v
	}
	return out
}

// mulRowsT returns Mᵀ·Y for sparse M (rows) and dense Y (len(rows) × l).
func mulRowsT(rows []sparseRow, y [][]float64, ncols, l int) [][]float64 {
	out := make([][]float64, ncols)
	for i := range out {
		out[i] = make([]float64, l)
	}
	for i, r := range rows {
		yi := y[i]
		for n, c := range r.cols {
			a := float64(r.vals[n])
			o := out[c]
			for j, b := range yi {
				o[j] += a * b
			}
		}
	}
	return out
}

// orthonormalise makes the l columns of m orthonormal (modified
// Gram-Schmidt); a vanishing column is left at zero.
func orthonormalise(m [][]float64, l int) {
	for j := range l {
		for p := 0; p < j; p++ {
			var d float64
			for _, r := range m {
				d += r[j] * r[p]
			}
			for _, r := range m {
				r[j] -= d * r[p]
			}
		}
		var s float64
		for _, r := range m {
			s += r[j] * r[j]
		}
		if s < 1e-20 {
			for _, r := range m {
				r[j] = 0
			}
			continue
		}
		inv := 1 / math.Sqrt(s)
		for _, r := range m {
			r[j] *= inv
		}
	}
}

// jacobiEigen diagonalises the symmetric matrix a (destroyed) and returns
// its eigenvalues and the eigenvectors as columns of vecs.
func jacobiEigen(a [][]float64) (vals []float64, vecs [][]float64) {
	n := len(a)
	vecs = make([][]float64, n)
	for i := range vecs {
		vecs[i] = make([]float64, n)
		vecs[i][i] = 1
	}
	for sweep := 0; sweep < 50; sweep++ {
		var off float64
		for i := range n {
			for j := i + 1; j < n; j++ {
				off += a[i][j] * a[i][j]
			}
		}
		if off < 1e-18 {
			break
		}
		for p := range n {
			for q := p + 1; q < n; q++ {
				if math.Abs(a[p][q]) < 1e-15 {
					continue
				}
				theta := (a[q][q] - a[p][p]) / (2 * a[p][q])
				t := 1 / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				if theta < 0 {
					t = -t
				}
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := range n {
					akp, akq := a[k][p], a[k][q]
					a[k][p] = c*akp - s*akq
					a[k][q] = s*akp + c*akq
				}
				for k := range n {
					apk, aqk := a[p][k], a[q][k]
					a[p][k] = c*apk - s*aqk
					a[q][k] = s*apk + c*aqk
				}
				for k := range n {
					vkp, vkq := vecs[k][p], vecs[k][q]
					vecs[k][p] = c*vkp - s*vkq
					vecs[k][q] = s*vkp + c*vkq
				}
			}
		}
	}
	vals = make([]float64, n)
	for i := range n {
		vals[i] = a[i][i]
	}
	return vals, vecs
}
