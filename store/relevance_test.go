package store_test

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/storetest"
)

// TestRelevance scores one-word queries of the relevance set
// (storetest.RelevanceSet) over the news corpus: a document is retrieved
// when its index keys (store.Terms of title and body) hold the query's
// key, which is what both stores match, and relevant by the set's
// reference rule. Every word must reach precision 0.9 and recall 0.95.
// It reads every 8th record; MARSAD_CORPUS_EVERY=1 reads all 31,499.
//
//	MARSAD_CORPUS_EVERY=1 go test ./store -run Relevance -v
func TestRelevance(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	every := 8
	if v, err := strconv.Atoi(os.Getenv("MARSAD_CORPUS_EVERY")); err == nil && v > 0 {
		every = v
	}
	docs := storetest.ReadCorpus(t, 0)
	set := storetest.RelevanceSet()
	// A one-word query looks for one key, or two for a noun in ة (see
	// store.ParseQuery).
	keys := make([]map[string]bool, len(set))
	for i, w := range set {
		n, err := store.ParseQuery(w.Query)
		if err != nil || n == nil || n.Kind != store.QueryWord && n.Kind != store.QueryOr {
			t.Fatalf("query %q: %v, %v", w.Query, n, err)
		}
		keys[i] = n.PositiveKeys()
	}
	type counts struct{ tp, fp, fn int }
	c := make([]counts, len(set))
	// Token forms behind the errors: forms with the key that the rule
	// rejects, and forms the rule accepts with another key.
	wrongForms := make([]map[string]int, len(set))
	missedForms := make([]map[string]int, len(set))
	for j := range set {
		wrongForms[j], missedForms[j] = map[string]int{}, map[string]int{}
	}
	formMatches := map[string][]bool{} // a form's reference verdicts
	n := 0
	for i, d := range docs {
		if i%every != 0 {
			continue
		}
		n++
		text := d.Title + "\n" + d.Text
		rel := storetest.Relevant(set, text)
		has := map[string]bool{}
		for _, tm := range store.Terms(text) {
			has[tm.Key] = true
			form := storetest.ReferenceForm(text[tm.Start:tm.End])
			ms, ok := formMatches[form]
			if !ok {
				ms = make([]bool, len(set))
				for j, w := range set {
					ms[j] = w.Matches(form)
				}
				formMatches[form] = ms
			}
			for j := range set {
				switch m := ms[j]; {
				case keys[j][tm.Key] && !m:
					wrongForms[j][form]++
				case !keys[j][tm.Key] && m:
					missedForms[j][form]++
				}
			}
		}
		for j := range set {
			got := false
			for k := range keys[j] {
				got = got || has[k]
			}
			switch {
			case got && rel[j]:
				c[j].tp++
			case got:
				c[j].fp++
			case rel[j]:
				c[j].fn++
			}
		}
	}
	t.Logf("%d documents", n)
	for j, w := range set {
		p := ratio(c[j].tp, c[j].tp+c[j].fp)
		r := ratio(c[j].tp, c[j].tp+c[j].fn)
		t.Logf("%-12s keys %-16s relevant %5d retrieved %5d  P %.3f R %.3f", w.Query, strings.Join(slices.Sorted(maps.Keys(keys[j])), ","), c[j].tp+c[j].fn, c[j].tp+c[j].fp, p, r)
		if f, ok := knownMisses[w.Query]; ok {
			// Below target, kept from getting worse (see knownMisses).
			if p < f[0] || r < f[1] {
				t.Errorf("%s: precision %.3f, recall %.3f; below the floors %.2f, %.2f", w.Query, p, r, f[0], f[1])
			}
			t.Logf("  known miss: the key cannot tell %v from the word", top(wrongForms[j]))
			continue
		}
		if p < 0.9 || r < 0.95 {
			t.Errorf("%s (%s): precision %.3f, recall %.3f; want ≥ 0.9 and ≥ 0.95\n  matched, not the word: %v\n  the word, not matched: %v",
				w.Query, w.Why, p, r, top(wrongForms[j]), top(missedForms[j]))
		}
	}
}

// knownMisses are the words of the set below the target, with floors for
// precision and recall. Both are the same failure of light stemming: the
// feminine ending ة is removed, so the noun in ة falls on a word without it
// (مؤسسة, institution, on مؤسس, founder; كتابة, writing, on كتاب, book).
// Only a lexicon would tell them apart.
var knownMisses = map[string][2]float64{
	"مؤسسة": {0.80, 0.95},
	"كتاب":  {0.75, 0.95},
}

// top returns the ten most frequent forms with their counts.
func top(m map[string]int) []string {
	type fc struct {
		f string
		n int
	}
	var l []fc
	for f, n := range m {
		l = append(l, fc{f, n})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].n > l[j].n || l[i].n == l[j].n && l[i].f < l[j].f })
	var out []string
	for _, x := range l[:min(10, len(l))] {
		out = append(out, fmt.Sprintf("%s:%d", x.f, x.n))
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
