package dedup

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

type labelled struct {
	a, b string
	dup  bool
}

func readLabels(t *testing.T) []labelled {
	t.Helper()
	f, err := os.Open("testdata/neardup_labels.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 3 {
			t.Fatalf("bad label line %q", line)
		}
		out = append(out, labelled{p[0], p[1], p[2] == "1"})
	}
	return out
}

// TestNearDupLabels measures the near-duplicate decision against the
// hand-labelled pairs (needs the shared corpus).
func TestNearDupLabels(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole corpus")
	}
	labels := readLabels(t)
	need := map[string]bool{}
	for _, l := range labels {
		need[l.a], need[l.b] = true, true
	}
	d := New(Config{})
	type sig struct {
		n    int
		sig  []uint64
		hash string
	}
	sigs := map[string]sig{}
	for _, c := range loadCorpus(t, 0) {
		if need[c.ID] {
			sh := shingles(words(c.Text), d.cfg.Shingle)
			sigs[c.ID] = sig{len(sh), minhash(sh, d.cfg.Hashes), TextHash(c.Text)}
		}
	}
	type score struct{ tp, fp, fn int }
	eval := func(decide func(a, b sig) bool) score {
		var s score
		for _, l := range labels {
			a, b := sigs[l.a], sigs[l.b]
			got := a.hash == b.hash || decide(a, b)
			switch {
			case got && l.dup:
				s.tp++
			case got:
				s.fp++
			case l.dup:
				s.fn++
			}
		}
		return s
	}
	pr := func(s score) (float64, float64) {
		return float64(s.tp) / float64(max(1, s.tp+s.fp)), float64(s.tp) / float64(max(1, s.tp+s.fn))
	}
	for _, j := range []float64{0.4, 0.45, 0.5, 0.6} {
		for _, c := range []float64{0.6, 0.65, 0.7, 2} {
			dd := New(Config{NearThreshold: j, ContainThreshold: c})
			s := eval(func(a, b sig) bool { return dd.near(similarity(a.sig, b.sig), a.n, b.n) })
			p, r := pr(s)
			name := fmt.Sprintf("J>=%.2f C>=%.2f", j, c)
			if c > 1 {
				name = fmt.Sprintf("J>=%.2f only  ", j)
			}
			t.Logf("%s  P=%.3f R=%.3f (tp %d fp %d fn %d)", name, p, r, s.tp, s.fp, s.fn)
		}
	}
	s := eval(func(a, b sig) bool { return d.near(similarity(a.sig, b.sig), a.n, b.n) })
	p, r := pr(s)
	t.Logf("default: %d pairs (%d labelled duplicates): precision %.3f recall %.3f", len(labels), s.tp+s.fn, p, r)
	if p < 0.95 || r < 0.9 {
		t.Errorf("precision %.3f recall %.3f, want >= 0.95 / 0.9", p, r)
	}
}
