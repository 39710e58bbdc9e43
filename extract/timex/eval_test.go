package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// omaniDir is the Omani TimeML test set (evaluation only; no licence).
var omaniDir = filepath.Join("..", "..", "..", "shared", "data", "time", "timeml-omani-news", "Corpus_test")

// TestOmaniTimeML scores Find on the Omani TimeML set with the reference
// date the annotations were made against (2015-12-24) and fails if DATE
// value accuracy drops below 0.8. Skipped without ../shared.
func TestOmaniTimeML(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(omaniDir, "*.tml"))
	if len(files) == 0 {
		t.Skip("Omani TimeML set not available")
	}
	sort.Strings(files)
	ref := time.Date(2015, 12, 24, 0, 0, 0, 0, time.UTC)
	var sc Score
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ParseTimeML(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		sc.Add(filepath.Base(f), doc.Timexes, FindOptions(doc.Text, ref, Options{Vague: true}))
	}
	d := sc.ByType[Date]
	acc := float64(d.Value) / float64(d.Matched)
	_, _, f1 := sc.PRF(sc.Overlap)
	t.Logf("overlap F1 %.3f, DATE value accuracy %.3f (%d/%d)", f1, acc, d.Value, d.Matched)
	if os.Getenv("TIMEX_NOTES") != "" {
		for _, n := range sc.Notes {
			fmt.Println(n)
		}
	}
	if acc < 0.8 {
		t.Errorf("DATE value accuracy %.3f < 0.8", acc)
	}
}
