package arabic

import (
	"math/rand"
	"reflect"
	"sort"
	"testing"
)

// checkWithin compares TokensWithin with tokenising each span again, for
// every span between two white-space positions that rng picks.
func checkWithin(t *testing.T, s string, spans int, rng *rand.Rand) {
	t.Helper()
	toks := Tokenize(s)
	starts, ends := []int{0}, []int{} // after and before white space
	for i := 0; i < len(s); i++ {
		if isASCIISpace(s[i]) {
			starts, ends = append(starts, i+1), append(ends, i)
		}
	}
	ends = append(ends, len(s))
	for range spans {
		a := starts[rng.Intn(len(starts))]
		k := sort.SearchInts(ends, a+rng.Intn(2000)) // spans of up to 2 kB
		if k == len(ends) {
			k--
		}
		b := ends[k]
		if a > b {
			continue
		}
		got, ok := TokensWithin(toks, s, a, b)
		if !ok {
			t.Fatalf("TokensWithin(%d, %d) refused a span next to white space", a, b)
		}
		want := Tokenize(s[a:b])
		for i := range want {
			want[i].Start += a
			want[i].End += a
		}
		if len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
			t.Fatalf("TokensWithin(%d, %d) = %d tokens, Tokenize gives %d (%q)", a, b, len(got), len(want), s[a:b])
		}
	}
}

func TestTokensWithin(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, s := range []string{
		benchText,
		"قال @ترامب في http://x.com/a. و www.example.org, 3.5 ٣٫٥ don't #ليبيا_الآن 👍🏽 \u200cكلمة\u200c ...!?",
		"", " ", "a", "\n\nب\n",
	} {
		checkWithin(t, s, 2000, rng)
	}
	if testing.Short() {
		return
	}
	checkWithin(t, readNews(t, 1<<20), 20000, rng)
}

func TestTokensWithinRefuses(t *testing.T) {
	s := "كلمة@حساب 3.5"
	toks := Tokenize(s)
	for _, c := range [][2]int{{0, 9}, {2, len(s)}, {-1, 3}, {3, 2}, {0, len(s) + 1}} {
		if _, ok := TokensWithin(toks, s, c[0], c[1]); ok {
			t.Errorf("TokensWithin(%d, %d) accepted a span not next to white space", c[0], c[1])
		}
	}
}
