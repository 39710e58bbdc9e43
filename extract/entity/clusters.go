package entity

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Cluster levels: a word's cluster is a path in a three-level tree with
// clusterFan1 top clusters, each split into clusterFan children, each split
// again into clusterFan children, so the coarse levels are prefixes of the
// fine id (fine/clusterFan², fine/clusterFan).
const (
	clusterFan1 = 64
	clusterFan  = 4
)

// Clusters holds what the tagger learns about words from unlabelled news:
// for a word's matching key (see wordKey), its fine k-means cluster id in
// [0, clusterFan1·clusterFan²) (coarser levels derive from the fine id), its
// exchange class (a class bigram model's word class, see buildExchange) and
// its morphology bins (see morphStats). A word may have any of the three.
// A Clusters is read-only after construction and safe for concurrent use.
type Clusters struct {
	ids   map[string]uint16
	xc    map[string]uint16
	morph morphStats
}

// Len reports how many words have a cluster.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.ids)
}

// Exchange returns the exchange class of a word key.
func (c *Clusters) Exchange(key string) (int, bool) {
	if c == nil {
		return 0, false
	}
	id, ok := c.xc[key]
	return int(id), ok
}

// hasExchange reports whether the clusters carry exchange classes.
func (c *Clusters) hasExchange() bool { return c != nil && len(c.xc) > 0 }

// Lookup returns the fine cluster id of a word key.
func (c *Clusters) Lookup(key string) (int, bool) {
	if c == nil {
		return 0, false
	}
	id, ok := c.ids[key]
	return int(id), ok
}

// WriteTo writes the clusters as "word TAB id TAB class TAB morph" lines
// sorted by word ("-" where a word has no such value), so the same
// clusters always give the same bytes.
func (c *Clusters) WriteTo(w io.Writer) (int64, error) {
	seen := make(map[string]bool, len(c.ids)+len(c.xc))
	var words []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			words = append(words, k)
		}
	}
	for k := range c.ids {
		add(k)
	}
	for k := range c.xc {
		add(k)
	}
	for k := range c.morph.bins {
		add(k)
	}
	sort.Strings(words)
	bw := bufio.NewWriter(w)
	var n int64
	field := func(v int, ok bool) string {
		if !ok {
			return "-"
		}
		return strconv.Itoa(v)
	}
	for _, k := range words {
		id, okID := c.ids[k]
		xc, okXC := c.xc[k]
		mb, okMB := c.morph.bins[k]
		m, err := fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", k, field(int(id), okID), field(int(xc), okXC), field(int(mb), okMB))
		n += int64(m)
		if err != nil {
			return n, fmt.Errorf("entity: write clusters: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("entity: write clusters: %w", err)
	}
	return n, nil
}

// ReadClusters reads clusters written by WriteTo (also the older "word TAB
// id" lines).
func ReadClusters(r io.Reader) (*Clusters, error) {
	c := &Clusters{ids: make(map[string]uint16), xc: make(map[string]uint16), morph: morphStats{bins: make(map[string]uint8)}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 2 && len(cols) != 4 {
			return nil, fmt.Errorf("entity: clusters line %d: want 2 or 4 tab-separated fields, got %d", line, len(cols))
		}
		limits := [...]int{clusterFan1 * clusterFan * clusterFan, 1 << 16, 1 << 8}
		for i, v := range cols[1:] {
			if v == "-" {
				continue
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n >= limits[i] {
				return nil, fmt.Errorf("entity: clusters line %d: bad value %q", line, v)
			}
			switch i {
			case 0:
				c.ids[cols[0]] = uint16(n)
			case 1:
				c.xc[cols[0]] = uint16(n)
			case 2:
				c.morph.bins[cols[0]] = uint8(n)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity: read clusters: %w", err)
	}
	return c, nil
}
