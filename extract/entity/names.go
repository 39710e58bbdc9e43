package entity

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
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
func BuildNames(ctx context.Context, r io.Reader, t *Tagger, opts NamesOptions) ([]string, error) {
	if opts.MinCount <= 0 {
		opts.MinCount = 3
	}
	if opts.MinShare <= 0 {
		opts.MinShare = 0.7
	}
	found := make(map[string]map[string]int) // key → type → count
	seen := make(map[string]int)             // single-word key → occurrences
	err := tagNews(ctx, r, t, func(words, tags []string) {
		for _, w := range words {
			_, seg := segment(wordKey(w))
			seen[seg]++
		}
		for _, c := range Chunks(tags) {
			if c.Type == MISC || c.End-c.Start > 5 {
				continue
			}
			parts := make([]string, 0, c.End-c.Start)
			for i := c.Start; i < c.End; i++ {
				k := wordKey(words[i])
				if i == c.Start {
					_, k = segment(k)
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

// tagNews tags every article of unlabelled news (JSON Lines with a "text"
// field) with t, a document at a time, and calls fn with the words and tags
// of each sentence (sentences of more than 200 words are skipped).
func tagNews(ctx context.Context, r io.Reader, t *Tagger, fn func(words, tags []string)) error {
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
		var sents [][]string
		for _, sp := range arabic.Sentences(art.Text) {
			var words []string
			for _, tok := range arabic.Tokenize(art.Text[sp.Start:sp.End]) {
				words = append(words, tok.Text)
			}
			if len(words) > 0 && len(words) <= 200 {
				sents = append(sents, words)
			}
		}
		tags := t.TagDocument(sents)
		for s, words := range sents {
			fn(words, tags[s])
		}
	}
	return sc.Err()
}
