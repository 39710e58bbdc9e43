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

// Clusters maps a word's matching key (see wordKey) to its fine cluster id
// in [0, clusterFan1·clusterFan²). Coarser levels derive from the fine id.
// A Clusters is read-only after construction and safe for concurrent use.
type Clusters struct {
	ids map[string]uint16
}

// Len reports how many words have a cluster.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.ids)
}

// Lookup returns the fine cluster id of a word key.
func (c *Clusters) Lookup(key string) (int, bool) {
	if c == nil {
		return 0, false
	}
	id, ok := c.ids[key]
	return int(id), ok
}

// WriteTo writes the clusters as "word TAB id" lines sorted by word, so the
// same clusters always give the same bytes.
func (c *Clusters) WriteTo(w io.Writer) (int64, error) {
	words := make([]string, 0, len(c.ids))
	for k := range c.ids {
		words = append(words, k)
	}
	sort.Strings(words)
	bw := bufio.NewWriter(w)
	var n int64
	for _, k := range words {
		m, err := fmt.Fprintf(bw, "%s\t%d\n", k, c.ids[k])
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

// ReadClusters reads clusters written by WriteTo.
func ReadClusters(r io.Reader) (*Clusters, error) {
	c := &Clusters{ids: make(map[string]uint16)}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		word, id, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("entity: clusters line %d: missing tab", line)
		}
		n, err := strconv.Atoi(id)
		if err != nil || n < 0 || n >= clusterFan1*clusterFan*clusterFan {
			return nil, fmt.Errorf("entity: clusters line %d: bad id %q", line, id)
		}
		c.ids[word] = uint16(n)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity: read clusters: %w", err)
	}
	return c, nil
}
