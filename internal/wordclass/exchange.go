// Package wordclass groups words into distributional classes from a corpus,
// for the features of Marsad's taggers: the exchange algorithm of a class
// bigram model (as in mkcls), deterministic for a given corpus. It is
// training-time code; models store the classes it returns.
package wordclass

import (
	"context"
	"fmt"
	"math"
	"sort"
)

// Options tunes Exchange. Zero fields take the defaults.
type Options struct {
	Classes  int // number of classes (default 512)
	Vocab    int // words to cluster, most frequent first (default 50,000)
	MinCount int // minimum frequency of a clustered word (default 5)
	Iters    int // passes over the vocabulary (default 8)
}

func (o *Options) defaults() {
	if o.Classes <= 0 {
		o.Classes = 512
	}
	if o.Vocab <= 0 {
		o.Vocab = 50000
	}
	if o.MinCount <= 0 {
		o.MinCount = 5
	}
	if o.Iters <= 0 {
		o.Iters = 8
	}
}

// xlogx returns x·ln x (0 for 0), from a table for small x.
type xlogx []float64

func newXlogx(n int) xlogx {
	t := make(xlogx, n)
	for i := 1; i < n; i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}

func (t xlogx) at(x int32) float64 {
	if int(x) < len(t) {
		return t[x]
	}
	return float64(x) * math.Log(float64(x))
}

// Exchange clusters words into classes that maximise the likelihood of
// a class bigram model (the exchange algorithm of Kneser and Ney 1993 and
// Martin, Liermann and Ney 1998, as in mkcls): each word in turn moves to
// the class that most raises Σ N(c,c')·ln N(c,c') − Σ N(c)·ln N(c) over
// left and right class counts. docs are word keys; the result maps a key
// to its class. It is deterministic.
func Exchange(ctx context.Context, docs [][]string, opts Options) (map[string]uint16, error) {
	opts.defaults()
	words := TopWords(docs, opts.MinCount, opts.Vocab)
	K := opts.Classes
	if len(words) < K {
		return nil, fmt.Errorf("wordclass: exchange: %d words for %d classes", len(words), K)
	}
	index := make(map[string]int32, len(words))
	for i, w := range words {
		index[w] = int32(i)
	}
	// Word bigram counts (self-bigrams left out), as successor and
	// predecessor lists.
	big := make(map[uint64]int32)
	for _, d := range docs {
		prev := int32(-1)
		for _, w := range d {
			id, ok := index[w]
			if !ok {
				id = -1
			}
			if prev >= 0 && id >= 0 && prev != id {
				big[uint64(prev)<<32|uint64(id)]++
			}
			prev = id
		}
	}
	type edge struct {
		to int32
		n  int32
	}
	V := len(words)
	succ := make([][]edge, V)
	pred := make([][]edge, V)
	keys := make([]uint64, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	nL := make([]int32, V)
	nR := make([]int32, V)
	for _, k := range keys {
		v, w, n := int32(k>>32), int32(k&0xffffffff), big[k]
		succ[v] = append(succ[v], edge{w, n})
		pred[w] = append(pred[w], edge{v, n})
		nL[v] += n
		nR[w] += n
	}
	big = nil
	class := make([]int32, V)
	for v := range class {
		class[v] = int32(v % K)
	}
	nc := make([]int32, K*K)
	cl := make([]int32, K)
	cr := make([]int32, K)
	for v := range V {
		for _, e := range succ[v] {
			nc[int(class[v])*K+int(class[e.to])] += e.n
		}
		cl[class[v]] += nL[v]
		cr[class[v]] += nR[v]
	}
	f := newXlogx(1 << 16)
	cs := make([]int32, K) // counts from v to each class
	cp := make([]int32, K) // counts from each class to v
	var ts, tp []int32     // touched classes
	for it := 0; it < opts.Iters; it++ {
		moved := 0
		for v := range V {
			if v%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, fmt.Errorf("wordclass: exchange: %w", err)
				}
			}
			ts, tp = ts[:0], tp[:0]
			for _, e := range succ[v] {
				c := class[e.to]
				if cs[c] == 0 {
					ts = append(ts, c)
				}
				cs[c] += e.n
			}
			for _, e := range pred[v] {
				c := class[e.to]
				if cp[c] == 0 {
					tp = append(tp, c)
				}
				cp[c] += e.n
			}
			a := int(class[v])
			for _, c := range ts {
				nc[a*K+int(c)] -= cs[c]
			}
			for _, c := range tp {
				nc[int(c)*K+a] -= cp[c]
			}
			cl[a] -= nL[v]
			cr[a] -= nR[v]
			best, bestD := a, math.Inf(-1)
			for b := range K {
				row := nc[b*K : b*K+K]
				d := 0.0
				for _, c := range ts {
					x := row[c]
					d += f.at(x+cs[c]) - f.at(x)
				}
				for _, c := range tp {
					x := nc[int(c)*K+b]
					d += f.at(x+cp[c]) - f.at(x)
				}
				d -= f.at(cl[b]+nL[v]) - f.at(cl[b])
				d -= f.at(cr[b]+nR[v]) - f.at(cr[b])
				if d > bestD+1e-9 || (b == a && d >= bestD-1e-9) {
					best, bestD = b, d
				}
			}
			for _, c := range ts {
				nc[best*K+int(c)] += cs[c]
				cs[c] = 0
			}
			for _, c := range tp {
				nc[int(c)*K+best] += cp[c]
				cp[c] = 0
			}
			cl[best] += nL[v]
			cr[best] += nR[v]
			if best != a {
				moved++
				class[v] = int32(best)
			}
		}
		if moved < V/200 {
			break
		}
	}
	out := make(map[string]uint16, V)
	for v, w := range words {
		out[w] = uint16(class[v])
	}
	return out, nil
}

// TopWords returns the words of docs seen at least minCount times, most
// frequent first (ties broken by the word, for determinism), at most limit.
func TopWords(docs [][]string, minCount, limit int) []string {
	freq := make(map[string]int)
	for _, d := range docs {
		for _, w := range d {
			freq[w]++
		}
	}
	words := make([]string, 0, len(freq))
	for w, n := range freq {
		if n >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > limit {
		words = words[:limit]
	}
	return words
}
