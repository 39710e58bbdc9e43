// Package corpusfreq counts how many articles of a news corpus use a word
// or a phrase: the evidence a hand-curated lexicon entry must show (an
// entry no article outside the dev gold uses exists for a test, not for
// the news).
//
// A phrase occurs in an article when its words, as normalisation keys
// (arabic.Normalize), follow each other in one sentence; its first word
// may carry proclitics (و ف ب ل ك, لل), cut as arabic.DefaultSplit cuts
// them (بطرابلس، وللقاهرة).
package corpusfreq

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// Counter counts the articles that use each of a set of phrases.
type Counter struct {
	phrases map[string][]string // first word key → phrases (as keys) starting with it
	counts  map[string]int      // phrase key → articles
	keys    map[string]string   // phrase as given → its key
	skip    map[string]bool     // article ids not counted
}

// New returns a Counter for phrases; articles whose id is in skip are not
// counted (the dev gold, the held-out evaluation articles).
func New(phrases []string, skip map[string]bool) *Counter {
	c := &Counter{phrases: map[string][]string{}, counts: map[string]int{}, keys: map[string]string{}, skip: skip}
	for _, p := range phrases {
		k := Key(p)
		c.keys[p] = k
		if k == "" {
			continue
		}
		if _, ok := c.counts[k]; ok {
			continue
		}
		c.counts[k] = 0
		first, _, _ := strings.Cut(k, " ")
		c.phrases[first] = append(c.phrases[first], k)
	}
	return c
}

// Key is the key a phrase is matched on: the normalisation keys of its
// words, space-separated.
func Key(phrase string) string {
	var ks []string
	for _, t := range arabic.Tokenize(phrase) {
		if t.Kind == arabic.Word || t.Kind == arabic.Latin || t.Kind == arabic.Number {
			ks = append(ks, t.Norm)
		}
	}
	return strings.Join(ks, " ")
}

// Count returns the articles counted for phrase (as given to New).
func (c *Counter) Count(phrase string) int { return c.counts[c.keys[phrase]] }

// Add counts one article's text.
func (c *Counter) Add(text string) {
	doc := arabic.NewDocument(text)
	seen := map[string]bool{}
	for _, s := range doc.Sentences {
		toks := doc.Tokens[s.FirstToken:s.EndToken]
		for i := range toks {
			i0 := s.FirstToken + i
			firsts := [2]string{toks[i].Norm, doc.Segments[doc.BaseOf(i0)].Norm}
			for n, first := range firsts {
				if n == 1 && first == firsts[0] {
					break
				}
				for _, p := range c.phrases[first] {
					if !seen[p] && matchesAt(p, first, toks[i+1:]) {
						seen[p] = true
						c.counts[p]++
					}
				}
			}
		}
	}
}

// matchesAt reports whether the words of phrase after its first, first,
// are the keys of the tokens rest starts with.
func matchesAt(phrase, first string, rest []arabic.Token) bool {
	more := strings.TrimPrefix(phrase, first)
	for j := 0; more != ""; j++ {
		more = strings.TrimPrefix(more, " ")
		w, tail, _ := strings.Cut(more, " ")
		if j >= len(rest) || rest[j].Norm != w {
			return false
		}
		more = tail
	}
	return true
}

// ReadNews counts every article of a news corpus in JSON Lines (a "text"
// field, an "id"), gzip-compressed when path ends in .gz, and returns how
// many articles were counted.
func (c *Counter) ReadNews(ctx context.Context, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("corpusfreq: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return 0, fmt.Errorf("corpusfreq: %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for line := 1; sc.Scan(); line++ {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		var art struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &art); err != nil {
			return n, fmt.Errorf("corpusfreq: %s line %d: %w", path, line, err)
		}
		if c.skip[art.ID] {
			continue
		}
		c.Add(art.Text)
		n++
	}
	if err := sc.Err(); err != nil {
		return n, fmt.Errorf("corpusfreq: %s: %w", path, err)
	}
	return n, nil
}

// EvalIDs returns the ids of the articles kept out of the counts: the dev
// gold of the repository at root (testdata/gold/*.json, named by id) and
// the held-out evaluation articles of the shared data (eval/news/*.txt).
func EvalIDs(root, shared string) (map[string]bool, error) {
	ids := map[string]bool{}
	for _, g := range []struct{ dir, ext string }{
		{root + "/testdata/gold", ".json"},
		{shared + "/eval/news", ".txt"},
	} {
		es, err := os.ReadDir(g.dir)
		if err != nil {
			return nil, fmt.Errorf("corpusfreq: %w", err)
		}
		for _, e := range es {
			if id, ok := strings.CutSuffix(e.Name(), g.ext); ok && !e.IsDir() {
				ids[id] = true
			}
		}
	}
	return ids, nil
}
