package entity

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
)

// GivenNamesOptions tunes BuildGivenNames. Zero fields take the defaults.
type GivenNamesOptions struct {
	MinCount int     // times a word must start a multi-word person name (default 3)
	MinShare float64 // share of all its occurrences that must start one (default 0.5)
}

// BuildGivenNames tags unlabelled news (JSON Lines with a "text" field)
// with t and returns, sorted, the words that start the multi-word person
// names it finds (دونالد in دونالد ترامب) at least MinCount times and in at
// least MinShare of all their occurrences, so that common words that
// sometimes start a name are left out. Words are keyed as the lexicon keys
// them, without the clitics the document's segmentation cuts off (لمحمد →
// محمد, but فلاديمير stays whole). The list, with the names of
// ReadNameDB, is the embedded data/given_names.txt ('marsad train
// given-names'); its words are first-name lexicon features.
func BuildGivenNames(ctx context.Context, r io.Reader, a Annotator, t *Tagger, opts GivenNamesOptions) ([]string, error) {
	var c givenNameCounter
	if err := tagNews(ctx, r, a, t, c.add); err != nil {
		return nil, fmt.Errorf("entity: build given names: %w", err)
	}
	return c.names(opts), nil
}

// givenNameCounter counts, per word (its base: clitics off, as the
// document's segmentation cuts it), all occurrences and those as the first
// word of a multi-word person name.
type givenNameCounter struct {
	freq  map[string]int
	first map[string]int
}

// add counts one tagged sentence.
func (c *givenNameCounter) add(s span, tags []string) {
	if c.freq == nil {
		c.freq, c.first = make(map[string]int), make(map[string]int)
	}
	for i := s.lo; i < s.hi; i++ {
		c.freq[baseKeyOf(s.doc, i)]++
	}
	for _, ch := range Chunks(tags) {
		if ch.Type == PER && ch.End-ch.Start >= 2 && ch.End-ch.Start <= 5 {
			c.first[baseKeyOf(s.doc, s.lo+ch.Start)]++
		}
	}
}

// names returns the given names the counts support, sorted.
func (c *givenNameCounter) names(opts GivenNamesOptions) []string {
	if opts.MinCount <= 0 {
		opts.MinCount = 3
	}
	if opts.MinShare <= 0 {
		opts.MinShare = 0.5
	}
	seen, first := c.freq, c.first
	var out []string
	for k, n := range first {
		if n >= opts.MinCount && float64(n) >= opts.MinShare*float64(seen[k]) && runeLen(k) >= 2 && isArabicPhrase(k) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// ReadNameDB returns the Arabic names of a JavaScript object literal that
// maps names to their Latin spelling, one `name: "Latin",` entry a line
// (the name may be quoted), such as cases/fullnamedb.js of the npm package
// arabic-name-to-en (ISC licence): about 2,500 Arabic given names. Names
// are returned as lexicon keys, sorted and without repeats; entries whose
// name is not Arabic script are skipped.
func ReadNameDB(r io.Reader) ([]string, error) {
	set := make(map[string]bool)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		name, val, ok := strings.Cut(strings.TrimSpace(sc.Text()), ":")
		if !ok || !strings.HasPrefix(strings.TrimSpace(val), `"`) {
			continue
		}
		key := phraseKey(strings.Trim(strings.TrimSpace(name), `"'`))
		if runeLen(key) >= 2 && isArabicPhrase(key) {
			set[key] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity: read name db: %w", err)
	}
	if len(set) == 0 {
		return nil, fmt.Errorf("entity: read name db: no names")
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out, nil
}

// WriteGivenNames writes the union of name lists as data/given_names.txt:
// a comment saying where the list comes from, then one lexicon key a line,
// sorted, so the same lists give the same bytes.
func WriteGivenNames(w io.Writer, lists ...[]string) error {
	set := make(map[string]bool)
	for _, l := range lists {
		for _, n := range l {
			if k := phraseKey(n); runeLen(k) >= 2 && isArabicPhrase(k) {
				set[k] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Given names (first-name lexicon features), built by 'marsad train given-names'")
	fmt.Fprintln(bw, "# from names the first-round tagger found in the ANT news corpus and the")
	fmt.Fprintln(bw, "# arabic-name-to-en name list; see SOURCE. Do not edit by hand.")
	for _, k := range out {
		fmt.Fprintln(bw, k)
	}
	return bw.Flush()
}
