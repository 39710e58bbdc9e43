package entity_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/eval"
	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
)

// seedFloorF1 is the entity F1 the tagger alone must keep on the seed
// article (it reaches 1.000; the whole analyzer's floor is in the root
// accuracy_test.go).
const seedFloorF1 = 0.85

// TestSeedEntities scores the tagger on the seed article's cleaned body
// with eval.ScoreEntities, the scorer of `marsad eval gold`, so the two
// never disagree. The article and its gold are the repository's copies
// (testdata/ at the root), identical to ../shared's.
func TestSeedEntities(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	gold, err := eval.LoadGold(filepath.Join(root, "seed-000.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(root, "seed-000.txt"))
	if err != nil {
		t.Fatal(err)
	}
	art, err := document.Parse(context.Background(), document.Input{Data: raw, Name: "seed-000.txt", Format: document.Format(gold.Format)})
	if err != nil {
		t.Fatal(err)
	}
	r, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	res, err := r.Analyze(context.Background(), art.Body)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			if art.Body[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q does not match its offsets", e.Canonical, m.Text)
			}
		}
		if testing.Verbose() {
			t.Logf("%s %-4s %-30s mentions=%d aliases=%v roles=%v", e.ID, e.Type, e.Canonical, len(e.Mentions), e.Aliases, e.Roles)
		}
	}
	sc := eval.ScoreEntities(gold, &extract.Analysis{Body: art.Body, Entities: res.Entities})
	f1 := sc.Counts.F1()
	t.Logf("seed entities: P %.3f R %.3f F1 %.3f; %d of %d found reach min_mentions; missed %v; spurious %v",
		sc.Counts.Precision(), sc.Counts.Recall(), f1, sc.ReachedMin, sc.Found, sc.Misses, sc.FalsePositives)
	if f1 < seedFloorF1 {
		t.Errorf("seed entity F1 %.3f < %.2f", f1, seedFloorF1)
	}
	var nats []string
	for _, n := range res.Nationalities {
		nats = append(nats, n.Text+"→"+n.Code)
	}
	t.Logf("nationalities: %v", nats)
}
