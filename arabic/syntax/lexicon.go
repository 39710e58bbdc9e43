package syntax

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Lexicon holds what the news corpus says of words (BuildLexicon): how often each key
// occurs as a written word of its own, and its distributional class.
type Lexicon struct {
	freq map[string]uint32
	cls  map[string]uint16
}

// class returns the distributional class of a key.
func (l *Lexicon) class(norm string) (int, bool) {
	if l == nil {
		return 0, false
	}
	c, ok := l.cls[norm]
	return int(c), ok
}

// count returns how often a key occurs as a written word in the corpus.
func (l *Lexicon) count(norm string) uint32 {
	if l == nil {
		return 0
	}
	return l.freq[norm]
}

// bucket is a coarse log scale of a count: 0, 1–2, 3–9, 10–99, 100–999,
// 1000–9999, more.
func bucket(n uint32) uint64 {
	switch {
	case n == 0:
		return 0
	case n < 3:
		return 1
	case n < 10:
		return 2
	case n < 100:
		return 3
	case n < 1000:
		return 4
	case n < 10000:
		return 5
	}
	return 6
}

// articleBucket says how often the corpus writes a key with the article
// against without it: names of people and foreign places almost never take
// it, common nouns and adjectives often do. For a key with the article, the
// comparison is with the key without it.
func (l *Lexicon) articleBucket(norm string) uint64 {
	if l == nil {
		return 0
	}
	var with, without uint32
	if rest, ok := strings.CutPrefix(norm, "ال"); ok && len(rest) >= 4 {
		with, without = l.freq[norm], l.freq[rest]
	} else {
		with, without = l.freq["ال"+norm], l.freq[norm]
	}
	if with+without < 3 {
		return 0
	}
	r := float64(with) / float64(with+without)
	switch {
	case r == 0:
		return 1
	case r < 0.05:
		return 2
	case r < 0.3:
		return 3
	case r < 0.7:
		return 4
	case r < 1:
		return 5
	}
	return 6
}

// WriteTSV writes the Lexicon as "key TAB count TAB class" lines
// (class "-" when the key has none), sorted by key.
func (l *Lexicon) WriteTSV(w io.Writer) error {
	keys := make([]string, 0, len(l.freq)+len(l.cls))
	for k := range l.freq {
		keys = append(keys, k)
	}
	for k := range l.cls {
		if _, ok := l.freq[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	bw := bufio.NewWriter(w)
	for _, k := range keys {
		if strings.ContainsAny(k, "\t\n") {
			continue
		}
		c := "-"
		if x, ok := l.cls[k]; ok {
			c = strconv.Itoa(int(x))
		}
		fmt.Fprintf(bw, "%s\t%d\t%s\n", k, l.freq[k], c)
	}
	return bw.Flush()
}

// ReadLexiconTSV reads what WriteTSV wrote.
func ReadLexiconTSV(r io.Reader) (*Lexicon, error) {
	l := &Lexicon{freq: map[string]uint32{}, cls: map[string]uint16{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 {
			return nil, fmt.Errorf("%w: Lexicon line %d", ErrModel, line)
		}
		n, err := strconv.ParseUint(parts[1], 10, 32)
		if err != nil {
			return nil, fmt.Errorf("%w: Lexicon line %d: %v", ErrModel, line, err)
		}
		if n > 0 {
			l.freq[parts[0]] = uint32(n)
		}
		if parts[2] != "-" {
			c, err := strconv.ParseUint(parts[2], 10, 16)
			if err != nil {
				return nil, fmt.Errorf("%w: Lexicon line %d: %v", ErrModel, line, err)
			}
			l.cls[parts[0]] = uint16(c)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: Lexicon: %v", ErrModel, err)
	}
	return l, nil
}
