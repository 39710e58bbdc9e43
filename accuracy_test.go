package marsad_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/eval"
	"github.com/marsad/marsad/internal/sharedtest"
)

// scoreGold analyses a gold file's input and scores it as `marsad eval gold` does.
func scoreGold(t *testing.T, az *marsad.Analyzer, goldPath, inputPath string) *eval.Report {
	t.Helper()
	g, err := eval.LoadGold(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(inputPath)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := g.Reference()
	if err != nil {
		t.Fatal(err)
	}
	an, err := az.Analyze(context.Background(), marsad.Input{Data: data, Name: inputPath, Format: document.Format(g.Format), ReferenceDate: ref})
	if err != nil {
		t.Fatal(err)
	}
	return eval.Score(g, an)
}

// TestSeedAccuracy keeps the floors the seed article must reach (the issues'
// "done when" figures); it fails if a change makes any layer drop below.
func TestSeedAccuracy(t *testing.T) {
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := scoreGold(t, az, "testdata/seed-000.gold.json", "testdata/seed-000.txt")
	c := r.Cleaning
	if !c.TitleOK || !c.AuthorsOK || c.IncludeFound != c.IncludeTotal || c.ExcludeLeaked != 0 {
		t.Errorf("cleaning: title %v, authors %v, include %d/%d, leaked %d", c.TitleOK, c.AuthorsOK, c.IncludeFound, c.IncludeTotal, c.ExcludeLeaked)
	}
	floors := []struct {
		name  string
		got   float64
		floor float64
	}{
		{"entity F1", r.Entities.Counts.F1(), 0.85},
		{"quote F1", r.Quotes.Counts.F1(), 0.85},
		{"event recall (required)", r.Events.Counts.Recall(), 5.0 / 6},
		{"event precision", r.Events.Counts.Precision(), 0.6},
		// 8 of 9: الرجمة was a curated place written for this article; the
		// news corpus names it in one article, under the five the curated
		// gazetteer asks for (extract/gazetteer TestCuratedEvidence).
		{"place recall", r.Places.Counts.Recall(), 8.0 / 9},
		{"time recall", r.Times.Counts.Recall(), 2.0 / 3},
	}
	for _, f := range floors {
		t.Run(f.name, func(t *testing.T) {
			if f.got < f.floor-1e-9 {
				t.Errorf("%s = %.3f, below the floor %.3f", f.name, f.got, f.floor)
			}
		})
	}
	if r.Entities.Found != r.Entities.ReachedMin {
		t.Errorf("entities below min_mentions: %v", r.Entities.BelowMin)
	}
	for _, fp := range r.Entities.FalsePositives {
		if strings.Contains(fp, "البرلمان الليبي") || strings.Contains(fp, "المنطقة الغربية") {
			t.Errorf("entity from a 'read also' link: %s", fp)
		}
	}
}

// TestDevGoldAccuracy keeps floors on the twelve dev-gold articles.
func TestDevGoldAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses twelve articles")
	}
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		t.Fatal(err)
	}
	golds, err := filepath.Glob("testdata/gold/*.json")
	if err != nil || len(golds) < 10 {
		t.Fatalf("dev gold: %v (%d files)", err, len(golds))
	}
	var reports []*eval.Report
	for _, g := range golds {
		in := filepath.Join("testdata/gold/inputs", filepath.Base(g))
		reports = append(reports, scoreGold(t, az, g, in))
	}
	tot := eval.Total(reports)
	if tot.ExcludeLeaked != 0 || tot.IncludeFound != tot.IncludeTotal {
		t.Errorf("cleaning: must_include %d/%d, must_exclude leaked %d/%d", tot.IncludeFound, tot.IncludeTotal, tot.ExcludeLeaked, tot.ExcludeTotal)
	}
	checkFloors(t, []floor{
		{"entity F1", tot.Entities.F1(), 0.83},
		{"quote F1", tot.Quotes.F1(), 0.90},
		{"place F1", tot.Places.F1(), 0.88},
		{"event recall (required)", tot.Events.Recall(), 0.22},
		{"event precision", tot.Events.Precision(), 0.34},
	})
}

// TestSharedGoldAccuracy keeps floors on the 17 articles of
// ../shared/eval/gold (the seed aside), annotated independently of any
// system output and not tuned on: today's figures minus a small margin, to
// be raised as the extractors improve. Without ../shared it is skipped, and
// fails under CI=true.
func TestSharedGoldAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses seventeen articles")
	}
	dir := sharedtest.Path(t, "eval", "gold")
	golds, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var reports []*eval.Report
	for _, gp := range golds {
		if filepath.Base(gp) == "seed-000.json" {
			continue // the seed has its own floors (TestSeedAccuracy)
		}
		g, err := eval.LoadGold(gp)
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, scoreGold(t, az, gp, filepath.Join(dir, "..", "..", filepath.FromSlash(g.File))))
	}
	if len(reports) < 17 {
		t.Fatalf("shared gold: %d articles, want 17", len(reports))
	}
	tot := eval.Total(reports)
	if tot.ExcludeLeaked != 0 {
		t.Errorf("cleaning: %d of %d must_exclude strings leak into the body", tot.ExcludeLeaked, tot.ExcludeTotal)
	}
	// Measured on 2026-12-07 (branch entities, issue 16, after the cleaning
	// of issue 15): entities F1 0.807, quotes 0.507, event precision 0.193 (17/88),
	// required recall 0.200 (7/35), places 0.808, times 0.632,
	// must_include 122/123. The floors leave about one item's margin.
	checkFloors(t, []floor{
		{"must_include kept", share(tot.IncludeFound, tot.IncludeTotal), 0.99},
		{"entity F1", tot.Entities.F1(), 0.76},
		{"quote F1", tot.Quotes.F1(), 0.45},
		{"event precision", tot.Events.Precision(), 0.17},
		{"event recall (required)", tot.Events.Recall(), 0.17},
		{"place F1", tot.Places.F1(), 0.75},
		{"time F1", tot.Times.F1(), 0.61},
	})
}

// floor is a figure and the least value it may take.
type floor struct {
	name       string
	got, floor float64
}

// checkFloors fails a subtest for each figure below its floor.
func checkFloors(t *testing.T, fs []floor) {
	t.Helper()
	for _, f := range fs {
		t.Run(f.name, func(t *testing.T) {
			t.Logf("%s = %.3f (floor %.3f)", f.name, f.got, f.floor)
			if f.got < f.floor-1e-9 {
				t.Errorf("%s = %.3f, below the floor %.3f", f.name, f.got, f.floor)
			}
		})
	}
}

// share is a/b, or 1 when b is 0.
func share(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestPloverAccuracy keeps floors on the PLOVER dev sentences (in ../shared:
// skipped without it, failed without it under CI=true): events found, their
// category, and the actor codes of their source and target.
func TestPloverAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 322 sentences")
	}
	f, err := os.Open(sharedtest.Path(t, "data", "events", "plover-gsr", "dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := eval.ReadPlover(f)
	if err != nil {
		t.Fatal(err)
	}
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.NewPloverReport()
	for _, s := range set {
		ref, _ := time.Parse("20060102", s.Date)
		art := &document.Article{ID: s.ID, Body: s.Text, Paragraphs: []document.Paragraph{{Start: 0, End: len(s.Text), Kind: document.KindText}}}
		an, err := az.AnalyzeArticle(t.Context(), art, ref)
		if err != nil {
			t.Fatalf("sentence %s: %v", s.ID, err)
		}
		rep.Add(s, an.Events)
	}
	ratio := func(a, b int) float64 { return float64(a) / float64(max(b, 1)) }
	floors := []struct {
		name  string
		got   float64
		floor float64
	}{
		{"category (all)", rep.CategoryAccAll, 0.90},
		{"source code exact", ratio(rep.Source.Exact, rep.Source.ExactN), 0.55},
		{"target code exact", ratio(rep.Target.Exact, rep.Target.ExactN), 0.22},
	}
	for _, fl := range floors {
		t.Run(fl.name, func(t *testing.T) {
			if fl.got < fl.floor {
				t.Errorf("%s = %.3f, below the floor %.3f", fl.name, fl.got, fl.floor)
			}
		})
	}
}
