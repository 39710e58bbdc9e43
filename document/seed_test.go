package document

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// seedGold is the part of the gold format the cleaner is judged on.
type seedGold struct {
	Title       string   `json:"title"`
	Authors     []string `json:"authors"`
	Subheadings []string `json:"subheadings"`
	Body        struct {
		MustInclude []string `json:"must_include"`
		MustExclude []string `json:"must_exclude"`
	} `json:"body"`
}

func TestSeedGold(t *testing.T) {
	var gold seedGold
	if err := json.Unmarshal(readTestdata(t, "seed-000.gold.json"), &gold); err != nil {
		t.Fatal(err)
	}
	a, err := Parse(context.Background(), Input{Data: readTestdata(t, "seed-000.txt"), Name: "seed-000.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != gold.Title {
		t.Errorf("title = %q, want %q", a.Title, gold.Title)
	}
	if !slices.Equal(a.Authors, gold.Authors) {
		t.Errorf("authors = %q, want %q", a.Authors, gold.Authors)
	}
	if !slices.Equal(a.Subheadings, gold.Subheadings) {
		t.Errorf("subheadings = %q, want %q", a.Subheadings, gold.Subheadings)
	}
	for _, s := range gold.Body.MustInclude {
		if !strings.Contains(a.Body, s) {
			t.Errorf("body lacks %q", s)
		}
	}
	for _, s := range gold.Body.MustExclude {
		if strings.Contains(a.Body, s) {
			t.Errorf("body contains %q", s)
		}
	}
	if strings.Contains(a.Body, a.Title) {
		t.Errorf("title repeated in body")
	}
	checkParagraphs(t, a)
}

// checkParagraphs verifies the Body/Paragraphs/Subheadings invariants.
func checkParagraphs(t *testing.T, a *Article) {
	t.Helper()
	var parts, heads []string
	end := -2
	for _, p := range a.Paragraphs {
		if p.Start < 0 || p.End > len(a.Body) || p.Start >= p.End || p.Start != end+2 {
			t.Fatalf("bad paragraph %+v (body %d bytes)", p, len(a.Body))
		}
		end = p.End
		parts = append(parts, a.Text(p))
		if p.Kind == KindHeading {
			heads = append(heads, a.Text(p))
		}
	}
	if got := strings.Join(parts, "\n\n"); got != a.Body {
		t.Fatalf("paragraphs do not tile the body")
	}
	if !slices.Equal(heads, a.Subheadings) && !(len(heads) == 0 && len(a.Subheadings) == 0) {
		t.Fatalf("subheadings %q != heading paragraphs %q", a.Subheadings, heads)
	}
	if a.Authors == nil || a.Subheadings == nil {
		t.Fatalf("nil Authors or Subheadings")
	}
}
