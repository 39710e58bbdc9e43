package entity

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
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
func BuildNames(ctx context.Context, r io.Reader, a Annotator, t *Tagger, opts NamesOptions) ([]string, error) {
	if opts.MinCount <= 0 {
		opts.MinCount = 3
	}
	if opts.MinShare <= 0 {
		opts.MinShare = 0.7
	}
	found := make(map[string]map[string]int) // key → type → count
	seen := make(map[string]int)             // single-word key → occurrences
	var sf shortForms
	err := tagNews(ctx, r, a, t, func(s span, tags []string) {
		for i := s.lo; i < s.hi; i++ {
			seen[baseKeyOf(s.doc, i)]++
		}
		sf.count(s, tags)
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
	out = append(out, sf.lines(opts)...)
	sort.Strings(out)
	return slices.Compact(out), nil
}

// shortForms counts the words written in brackets right after an
// organisation's name (وكالة الأنباء السورية (سانا)، منظمة الدول المصدرة
// للنفط (أوبك)): the short forms news defines for names. A word bracketed
// after an ORG name often and consistently is that organisation's short
// form: BuildNames gives it as an ORG name and as an "ALIAS TAB short TAB
// long" line naming its most frequent long form.
type shortForms struct {
	after map[string]map[string]int // short key → long key → times bracketed after that ORG name
	all   map[string]int            // short key → times bracketed after anything
}

// count counts the bracketed words of one tagged sentence.
func (sf *shortForms) count(s span, tags []string) {
	if sf.after == nil {
		sf.after, sf.all = make(map[string]map[string]int), make(map[string]int)
	}
	toks := s.doc.Tokens[s.lo:s.hi]
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Text != "(" || toks[i+2].Text != ")" || toks[i+1].Kind != arabic.Word || tags[i+1] != "O" && tags[i+1] != "B-ORG" {
			continue
		}
		short := baseKeyOf(s.doc, s.lo+i+1)
		if runeLen(short) < 3 {
			continue
		}
		sf.all[short]++
		if !strings.HasSuffix(tags[i-1], "-ORG") {
			continue
		}
		start := i - 1
		for start > 0 && tags[start] != "B-ORG" {
			start--
		}
		if i-start > 8 {
			continue
		}
		parts := make([]string, 0, i-start)
		for j := start; j < i; j++ {
			k := foldDigits(toks[j].Norm)
			if j == start {
				k = baseKeyOf(s.doc, s.lo+j)
			}
			parts = append(parts, k)
		}
		if sf.after[short] == nil {
			sf.after[short] = make(map[string]int)
		}
		sf.after[short][strings.Join(parts, " ")]++
	}
}

// lines returns the short forms found often and consistently enough.
func (sf *shortForms) lines(opts NamesOptions) []string {
	var out []string
	for short, longs := range sf.after {
		n, best := 0, ""
		for l, k := range longs {
			n += k
			if best == "" || k > longs[best] || (k == longs[best] && l < best) {
				best = l
			}
		}
		if n >= opts.MinCount && float64(n) >= opts.MinShare*float64(sf.all[short]) {
			out = append(out, ORG+"\t"+short, "ALIAS\t"+short+"\t"+best)
		}
	}
	return out
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
