package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSampleDropped lists, for each record of the bundled 200-record
// sample of the news corpus, the lines of its text that the cleaner leaves
// out of the body (the title repeated, bylines, links, notices, teaser
// boxes…), and compares the list with testdata/golden/ant-sample-200.dropped.txt.
// A change to the cleaner shows here, line by line, what it adds to or
// takes from real articles; read the diff, then rerun with -update.
func TestSampleDropped(t *testing.T) {
	var b strings.Builder
	for _, l := range gunzipLines(t, readTestdata(t, "ant-sample-200.jsonl.gz"), 1, 0) {
		rec := readCorpusRecord(t, l)
		a, err := ParseRecord(l)
		if err != nil {
			b.WriteString("== " + rec.ID + ": " + err.Error() + "\n")
			continue
		}
		kept := map[string]bool{oneLine(rec.Title): true}
		for _, p := range a.Paragraphs {
			kept[a.Text(p)] = true
		}
		header := false
		for _, line := range splitLines(rec.Text) {
			if kept[line.text] {
				continue
			}
			if !header {
				b.WriteString("== " + rec.ID + "\n")
				header = true
			}
			b.WriteString("- " + line.text + "\n")
		}
	}
	got := b.String()
	path := filepath.Join("testdata", "golden", "ant-sample-200.dropped.txt")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestSampleDropped -update)", err)
	}
	if got != string(want) {
		g, w := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Fatalf("dropped lines differ from %s at line %d:\n got  %s\n want %s\n(read the diff; rerun with -update after a deliberate change)", path, i+1, g[i], w[i])
			}
		}
		t.Fatalf("dropped lines differ from %s in length (rerun with -update after a deliberate change)", path)
	}
}
