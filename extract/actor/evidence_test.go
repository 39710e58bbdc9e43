package actor

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/internal/corpusfreq"
	"github.com/marsad/marsad/internal/sharedtest"
)

// TestCuratedEvidence lists, for the name and every alias of each curated
// actor, how many articles of the news corpus use it (the dev gold and the
// held-out evaluation articles left out). A name no article uses must not
// come from the seed or the dev gold either: a curated list holds what the
// news says, not one article's wording. (Names no article of 2018 uses
// but no test article uses either — actors who came later — are general
// knowledge and stay.)
func TestCuratedEvidence(t *testing.T) {
	news := sharedtest.Path(t, "data", "news", "ant-2018.jsonl.gz")
	root := filepath.Join("..", "..")
	ids, err := corpusfreq.EvalIDs(root, sharedtest.Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range kb.actors {
		if a.Curated {
			names = append(names, append([]string{a.Name}, a.Aliases...)...)
		}
	}
	news2018 := corpusfreq.New(names, ids)
	if _, err := news2018.ReadNews(context.Background(), news); err != nil {
		t.Fatal(err)
	}
	tests := corpusfreq.New(names, nil)
	for _, text := range testTexts(t, root) {
		tests.Add(text)
	}
	for _, n := range names {
		got := news2018.Count(n)
		t.Logf("%5d articles  %s", got, n)
		if got == 0 && tests.Count(n) > 0 {
			t.Errorf("%q: used by the seed or the dev gold and by no article of the news corpus", n)
		}
	}
}

// testTexts returns the bodies of the seed and of the dev gold articles.
func testTexts(t *testing.T, root string) []string {
	t.Helper()
	seed, err := os.ReadFile(filepath.Join(root, "testdata", "seed-000.txt"))
	if err != nil {
		t.Fatal(err)
	}
	out := []string{string(seed)}
	inputs, err := filepath.Glob(filepath.Join(root, "testdata", "gold", "inputs", "*.json"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("dev gold inputs: %v", err)
	}
	for _, p := range inputs {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		art, err := document.ParseRecord(data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, art.Title+"\n"+art.Body)
	}
	return out
}
