package entity

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// NamesOptions tunes BuildNames. Zero fields take the defaults.
type NamesOptions struct {
	MinCount int     // times a name must be found (default 3)
	MinShare float64 // share of its occurrences that must carry the type (default 0.7)
}

// BuildNames tags unlabelled news (JSON Lines with a "text" field) with t
// and returns the names it found often and consistently, as sorted "TYPE
// TAB key" lines (PER, LOC or ORG; key as phraseKey, proclitics removed).
// Given to Train as TrainOptions.Names they become lexicon features: a
// self-trained gazetteer that carries what the tagger recognises in clear
// contexts over to poor ones.
func BuildNames(ctx context.Context, r io.Reader, a Annotator, t *Tagger, opts NamesOptions) ([]string, error) {
	if opts.MinCount <= 0 {
		opts.MinCount = 3
	}
	if opts.MinShare <= 0 {
		opts.MinShare = 0.7
	}
	found := make(map[string]map[string]int) // key → type → count
	seen := make(map[string]int)             // single-word key → occurrences
	err := tagNews(ctx, r, a, t, func(s span, tags []string) {
		for i := s.lo; i < s.hi; i++ {
			seen[baseKeyOf(s.doc, i)]++
		}
		for _, c := range Chunks(tags) {
			if c.Type == MISC || c.End-c.Start > 5 {
				continue
			}
			parts := make([]string, 0, c.End-c.Start)
			for i := c.Start; i < c.End; i++ {
				k := foldDigits(s.doc.Tokens[s.lo+i].Norm)
				if i == c.Start {
					k = baseKeyOf(s.doc, s.lo+i)
				}
				parts = append(parts, k)
			}
			key := strings.Join(parts, " ")
			if runeLen(key) < 3 {
				continue
			}
			if found[key] == nil {
				found[key] = make(map[string]int)
			}
			found[key][c.Type]++
		}
	})
	if err != nil {
		return nil, fmt.Errorf("entity: build names: %w", err)
	}
	var out []string
	for key, types := range found {
		total := 0
		best := ""
		for typ, n := range types {
			total += n
			if best == "" || n > types[best] || (n == types[best] && typ < best) {
				best = typ
			}
		}
		if !strings.Contains(key, " ") {
			total = max(total, seen[key]) // a single word: share of all its occurrences
		}
		if types[best] >= opts.MinCount && float64(types[best]) >= opts.MinShare*float64(total) {
			out = append(out, best+"\t"+key)
		}
	}
	sort.Strings(out)
	return out, nil
}

// maxNewsSentence is the longest sentence, in tokens, that tagNews tags.
const maxNewsSentence = 200

// tagNews annotates every article of unlabelled news (JSON Lines with a
// "text" field) with a, tags it with t, a document at a time, and calls fn
// with the tokens and tags of each sentence (sentences of more than
// maxNewsSentence tokens are skipped).
func tagNews(ctx context.Context, r io.Reader, a Annotator, t *Tagger, fn func(s span, tags []string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return err
		}
		var art struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &art); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		doc := a.Annotate(art.Text)
		var spans []span
		for _, s := range doc.Sentences {
			if n := s.EndToken - s.FirstToken; n > 0 && n <= maxNewsSentence {
				spans = append(spans, span{doc: doc, lo: s.FirstToken, hi: s.EndToken})
			}
		}
		tags := t.names(t.tagIDs(spans))
		for i, s := range spans {
			fn(s, tags[i])
		}
	}
	return sc.Err()
}
