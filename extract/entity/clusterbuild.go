package entity

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"github.com/marsad/marsad/internal/wordclass"
	"io"
	"math"
	"math/rand/v2"
	"sort"
)

// ClusterOptions tunes BuildClusters. Zero fields take the defaults.
type ClusterOptions struct {
	Vocab    int    // words to cluster, most frequent first (default 40,000)
	Contexts int    // context words, most frequent first (default 2,000)
	Dims     int    // SVD dimensions (default 64)
	Iters    int    // k-means iterations per level (default 12)
	MinCount int    // minimum frequency of a clustered word (default 5)
	Seed     uint64 // random seed (default 1)
	Classes  int    // exchange classes (default 512)
}

func (o *ClusterOptions) defaults() {
	if o.Vocab <= 0 {
		o.Vocab = 40000
	}
	if o.Contexts <= 0 {
		o.Contexts = 2000
	}
	if o.Dims <= 0 {
		o.Dims = 64
	}
	if o.Iters <= 0 {
		o.Iters = 12
	}
	if o.MinCount <= 0 {
		o.MinCount = 5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
}

// clusterWindow lists the context positions: each is a separate block of
// context features, so "word before" and "word after" are told apart.
var clusterWindow = [...]int{-2, -1, 1, 2}

// BuildClusters learns word clusters from unlabelled news, one JSON object a
// line with a "text" field (the ANT corpus format). See the package
// documentation for the method. The result depends only on the input and
// opts: the same seed gives the same clusters.
func BuildClusters(ctx context.Context, r io.Reader, opts ClusterOptions) (*Clusters, error) {
	opts.defaults()
	docs, err := readNewsWords(ctx, r)
	if err != nil {
		return nil, err
	}
	words := wordclass.TopWords(docs, opts.MinCount, opts.Vocab)
	if len(words) < clusterFan1*clusterFan*clusterFan {
		return nil, fmt.Errorf("entity: build clusters: only %d words occur %d times or more", len(words), opts.MinCount)
	}
	index := make(map[string]int32, len(words))
	for i, w := range words {
		index[w] = int32(i)
	}
	nctx := min(opts.Contexts, len(words))
	// Co-occurrence counts, one sparse row per word.
	rows := make([]map[int32]float32, len(words))
	for i := range rows {
		rows[i] = make(map[int32]float32)
	}
	ctxTotal := make([]float64, len(clusterWindow)*nctx)
	ids := []int32{}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("entity: build clusters: %w", err)
		}
		ids = ids[:0]
		for _, w := range d {
			id, ok := index[w]
			if !ok {
				id = -1
			}
			ids = append(ids, id)
		}
		for i, id := range ids {
			if id < 0 {
				continue
			}
			for b, off := range clusterWindow {
				j := i + off
				if j < 0 || j >= len(ids) || ids[j] < 0 || int(ids[j]) >= nctx {
					continue
				}
				c := int32(b*nctx) + ids[j]
				rows[id][c]++
				ctxTotal[c]++
			}
		}
	}
	vecs := ppmiSVD(rows, ctxTotal, opts)
	fine := hierKMeans(vecs, opts)
	c := &Clusters{ids: make(map[string]uint16, len(words))}
	for i, w := range words {
		c.ids[w] = uint16(fine[i])
	}
	if c.xc, err = wordclass.Exchange(ctx, docs, wordclass.Options{Classes: opts.Classes}); err != nil {
		return nil, err
	}
	c.morph = buildMorph(docs, morphMinCount)
	return c, nil
}

// readNewsWords reads the "text" of every JSON line and returns its words as
// keys (see wordKey).
func readNewsWords(ctx context.Context, r io.Reader) ([][]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	intern := make(map[string]string)
	var docs [][]string
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("entity: read news: %w", err)
		}
		var art struct {
			Title string `json:"title"`
			Text  string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &art); err != nil {
			return nil, fmt.Errorf("entity: read news line %d: %w", len(docs)+1, err)
		}
		var d []string
		splitWords(art.Title+"\n"+art.Text, func(w string) {
			k := wordKey(w)
			if s, ok := intern[k]; ok {
				k = s
			} else {
				intern[k] = k
			}
			d = append(d, k)
		})
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity: read news: %w", err)
	}
	return docs, nil
}

// ppmiSVD turns co-occurrence rows into positive PMI weights (context
// distribution smoothed with exponent 0.75, Levy et al. 2015) and reduces
// them to opts.Dims dimensions by truncated SVD; vectors have unit length.
func ppmiSVD(rows []map[int32]float32, ctxTotal []float64, opts ClusterOptions) [][]float32 {
	smooth := make([]float64, len(ctxTotal))
	var z float64
	for i, n := range ctxTotal {
		smooth[i] = math.Pow(n, 0.75)
		z += smooth[i]
	}
	sparse := make([]sparseRow, len(rows))
	for w, row := range rows {
		var rowTotal float64
		keys := make([]int32, 0, len(row))
		for c, n := range row {
			rowTotal += float64(n)
			keys = append(keys, c)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		sr := sparseRow{}
		for _, c := range keys {
			pmi := math.Log(float64(row[c]) * z / (rowTotal * smooth[c]))
			if pmi > 0 {
				sr.cols = append(sr.cols, c)
				sr.vals = append(sr.vals, float32(pmi))
			}
		}
		sparse[w] = sr
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6d61727361640001))
	return truncatedSVD(sparse, len(ctxTotal), opts.Dims, rng)
}

func normalise(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// hierKMeans clusters vecs top-down: spherical k-means into clusterFan1
// clusters, then each cluster into clusterFan, then each of those into
// clusterFan again. It returns each vector's fine id, whose quotients by
// clusterFan and clusterFan² are its coarser clusters.
func hierKMeans(vecs [][]float32, opts ClusterOptions) []int {
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6d61727361640002))
	all := make([]int, len(vecs))
	for i := range all {
		all[i] = i
	}
	top := kmeans(vecs, all, clusterFan1, opts.Iters, rng)
	fine := make([]int, len(vecs))
	for c1 := range clusterFan1 {
		m1 := members(all, top, c1)
		mid := kmeans(vecs, m1, clusterFan, opts.Iters, rng)
		for c2 := range clusterFan {
			m2 := members(m1, mid, c2)
			low := kmeans(vecs, m2, clusterFan, opts.Iters, rng)
			for i, w := range m2 {
				fine[w] = (c1*clusterFan+c2)*clusterFan + low[i]
			}
		}
	}
	return fine
}

func members(idx, assign []int, c int) []int {
	var out []int
	for i, w := range idx {
		if assign[i] == c {
			out = append(out, w)
		}
	}
	return out
}

// kmeans runs spherical k-means on the vectors idx and returns each one's
// cluster in [0,k). Centres start at k distinct members picked by rng.
func kmeans(vecs [][]float32, idx []int, k, iters int, rng *rand.Rand) []int {
	assign := make([]int, len(idx))
	if len(idx) <= k {
		for i := range assign {
			assign[i] = i
		}
		return assign
	}
	dims := len(vecs[idx[0]])
	perm := rng.Perm(len(idx))
	centres := make([][]float32, k)
	for c := range centres {
		centres[c] = append([]float32(nil), vecs[idx[perm[c]]]...)
	}
	for range iters {
		for i, w := range idx {
			best, bestSim := 0, float32(math.Inf(-1))
			for c, ctr := range centres {
				var s float32
				for j, x := range vecs[w] {
					s += x * ctr[j]
				}
				if s > bestSim {
					best, bestSim = c, s
				}
			}
			assign[i] = best
		}
		for c := range centres {
			clear(centres[c])
		}
		count := make([]int, k)
		for i, w := range idx {
			count[assign[i]]++
			ctr := centres[assign[i]]
			for j, x := range vecs[w] {
				ctr[j] += x
			}
		}
		for c := range centres {
			if count[c] == 0 { // re-seed an empty cluster
				centres[c] = append(centres[c][:0], vecs[idx[rng.IntN(len(idx))]]...)
				continue
			}
			normalise(centres[c][:dims])
		}
	}
	return assign
}
