package syntax

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
	"github.com/marsad/marsad/internal/wordclass"
)

// LexiconOptions tunes BuildLexicon.
type LexiconOptions struct {
	MinCount int // least count of a written word to keep (default 2)
	Classes  int // distributional classes of segments (default 256)
	Vocab    int // segments clustered, most frequent first (default 50,000)
}

// readNewsTexts calls f with the title and text of every record of a news
// JSON Lines file (gzip or plain).
func readNewsTexts(ctx context.Context, path string, f func(text string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("syntax: %w", err)
	}
	defer fh.Close()
	var r io.Reader = fh
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(fh)
		if err != nil {
			return fmt.Errorf("syntax: %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		if n%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		var rec struct {
			Title string `json:"title"`
			Text  string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("syntax: %s line %d: %w", path, n, err)
		}
		f(rec.Title + "\n" + rec.Text)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("syntax: %s: %w", path, err)
	}
	return nil
}

// BuildLexicon counts the written words of a news corpus (by key) and,
// with split choosing each word's segments (nil: arabic.DefaultSplit),
// groups the segments into distributional classes.
func BuildLexicon(ctx context.Context, newsPath string, split func(word string) arabic.Split, opts LexiconOptions) (*Lexicon, error) {
	if opts.MinCount <= 0 {
		opts.MinCount = 2
	}
	if opts.Classes <= 0 {
		opts.Classes = 256
	}
	if split == nil {
		split = arabic.DefaultSplit
	}
	freq := map[string]uint32{}
	intern := map[string]string{}
	var docs [][]string
	err := readNewsTexts(ctx, newsPath, func(text string) {
		var doc []string
		for _, t := range arabic.Tokenize(text) {
			freq[t.Norm]++
			if t.Kind != arabic.Word {
				doc = append(doc, internStr(intern, t.Norm))
				continue
			}
			for _, p := range split(t.Text) {
				k := p.Form
				if k != t.Text {
					k = arabic.Normalize(k)
				} else {
					k = t.Norm
				}
				doc = append(doc, internStr(intern, k))
			}
		}
		docs = append(docs, doc)
	})
	if err != nil {
		return nil, err
	}
	lex := &Lexicon{freq: map[string]uint32{}, cls: map[string]uint16{}}
	for k, n := range freq {
		if n >= uint32(opts.MinCount) {
			lex.freq[k] = n
		}
	}
	cls, err := wordclass.Exchange(ctx, docs, wordclass.Options{Classes: opts.Classes, Vocab: opts.Vocab})
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	lex.cls = cls
	return lex, nil
}

func internStr(m map[string]string, s string) string {
	if x, ok := m[s]; ok {
		return x
	}
	s = strings.Clone(s)
	m[s] = s
	return s
}
