// Package calib scores the items of an extractor (quotes, events) with a
// small logistic model over named binary features, so that a confidence
// of 0.8 means about eight in ten such items are right. Training fits the
// model to items labelled right or wrong against gold annotations.
package calib

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// ErrModel is wrapped by every error about a damaged model file.
var ErrModel = errors.New("calib: bad model")

// Model is a weight per feature name. The zero Model scores every item
// 0.5. It is read-only once built.
type Model struct {
	w map[string]float64
}

// Score returns the model's probability that an item with these features
// is right.
func (m *Model) Score(features []string) float64 {
	if m == nil {
		return 0.5
	}
	z := 0.0
	for _, f := range features {
		z += m.w[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// Example is a labelled item.
type Example struct {
	Features []string
	Right    bool
}

// Train fits a logistic model by gradient descent with an L2 penalty of
// strength l2 (the bias feature is penalised too, lightly: the data are
// few). It is deterministic.
func Train(exs []Example, l2 float64, iters int) *Model {
	w := map[string]float64{}
	names := map[string]bool{}
	for _, e := range exs {
		for _, f := range e.Features {
			names[f] = true
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	m := &Model{w: w}
	n := float64(max(len(exs), 1))
	rate := 0.5
	for it := 0; it < iters; it++ {
		grad := map[string]float64{}
		for _, e := range exs {
			p := m.Score(e.Features)
			y := 0.0
			if e.Right {
				y = 1
			}
			for _, f := range e.Features {
				grad[f] += (p - y) / n
			}
		}
		for _, k := range keys {
			w[k] -= rate * (grad[k] + l2*w[k]/n)
		}
	}
	return m
}

// Write writes the model as "feature TAB weight" lines, sorted.
func (m *Model) Write(w io.Writer) error {
	keys := make([]string, 0, len(m.w))
	for k := range m.w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	bw := bufio.NewWriter(w)
	for _, k := range keys {
		fmt.Fprintf(bw, "%s\t%.4f\n", k, m.w[k])
	}
	return bw.Flush()
}

// Read reads what Write wrote; lines starting with # are comments.
func Read(r io.Reader) (*Model, error) {
	m := &Model{w: map[string]float64{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		k, v, ok := strings.Cut(t, "\t")
		if !ok {
			return nil, fmt.Errorf("%w: line %d: want feature TAB weight", ErrModel, line)
		}
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("%w: line %d: %q", ErrModel, line, v)
		}
		m.w[k] = x
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	return m, nil
}

// Bin is one row of a reliability table: items scored in [Lo, Hi), how many
// were right.
type Bin struct {
	Lo, Hi       float64
	Items, Right int
}

// Reliability sorts scored items into bins of score (the bounds given, in
// increasing order, from 0 to 1) and counts the right ones in each.
func Reliability(scores []float64, right []bool, bounds []float64) []Bin {
	var bins []Bin
	lo := 0.0
	for _, hi := range append(bounds, math.Inf(1)) {
		bins = append(bins, Bin{Lo: lo, Hi: hi})
		lo = hi
	}
	for i, s := range scores {
		for k := range bins {
			if s >= bins[k].Lo && s < bins[k].Hi {
				bins[k].Items++
				if right[i] {
					bins[k].Right++
				}
				break
			}
		}
	}
	return bins
}
