package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/sharedtest"
)

// sentenceEnd splits text into sentences for the retention check.
var sentenceEnd = regexp.MustCompile(`[.!?؟]+\s+|\n+`)

// retention counts the sentences (of three words or more) of the record's
// raw text and how many of them survive in the cleaned body. Sentences on
// lines the cleaner drops by design are counted apart (links): "read also"
// lines and the headlines under a bare label, notices, footers and
// disclaimers, runs of linked headlines and boxes of related-story teasers
// (see droppedByDesign). TestSampleDropped lists every dropped line of the
// bundled sample for review.
func retention(raw, title string, a *Article) (kept, total, links int) {
	body := oneLine(a.Body)
	lex := lexiconsOnce()
	designed := droppedByDesign(raw, title)
	afterLabel := false
	for _, line := range strings.Split(raw, "\n") {
		ws, _ := keyWords(line)
		n := readAlsoPrefix(lex, ws)
		// A link line, or a headline under a bare label (until a line
		// that ends like prose).
		isLink := n > 0 || (afterLabel && lastRune(line) != '.' && len(ws) > 0) || designed[oneLine(line)]
		switch {
		case n > 0:
			afterLabel = n == len(ws)
		case len(ws) > 0 && !isLink:
			afterLabel = false
		}
		for _, s := range sentenceEnd.Split(line, -1) {
			s = oneLine(s)
			if countWords(s) < 3 {
				continue
			}
			if isLink {
				links++
				continue
			}
			total++
			if strings.Contains(body, s) {
				kept++
			} else if os.Getenv("SHOWLOST") != "" {
				fmt.Printf("LOST %s: %q\n", a.ID, s)
			}
		}
	}
	return kept, total, links
}

// droppedByDesign returns the lines of raw (white space collapsed) that the
// cleaner drops as site furniture: lines boilerplateKind classifies
// (labels, notices, footers, disclaimers) and the lines dropLinkRuns and
// dropTeaserBox remove.
func droppedByDesign(raw, title string) map[string]bool {
	lex := lexiconsOnce()
	out := map[string]bool{}
	blocks := splitLines(raw)
	for _, b := range blocks {
		ws, _ := keyWords(b.text)
		if len(ws) > 0 && boilerplateKind(lex, b.text, ws, joinKeys(ws)) != lineText {
			out[b.text] = true
		}
	}
	before := takeHead(&Article{}, dropBoilerplate(blocks, title))
	kept := map[string]bool{}
	for _, b := range dropTeaserBox(dropLinkRuns(before)) {
		kept[b.text] = true
	}
	for _, b := range before {
		if !kept[b.text] {
			out[b.text] = true
		}
	}
	return out
}

// corpusRecord is the part of a news corpus record the corpus tests read.
type corpusRecord struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// readCorpusRecord decodes one JSON line of the news corpus.
func readCorpusRecord(t testing.TB, line []byte) corpusRecord {
	t.Helper()
	var rec corpusRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		t.Fatal(err)
	}
	return rec
}

// retentionStats sums sentence retention over records.
type retentionStats struct {
	records, failed, kept, total, links, below99 int
	worst                                        float64
	worstID                                      string
}

func checkRetention(t *testing.T, lines [][]byte, minShare float64) retentionStats {
	t.Helper()
	st := retentionStats{worst: 1}
	for _, l := range lines {
		rec := readCorpusRecord(t, l)
		st.records++
		a, err := ParseRecord(l)
		if err != nil {
			st.failed++
			t.Logf("%s: %v", rec.ID, err)
			continue
		}
		k, n, l := retention(rec.Text, oneLine(rec.Title), a)
		st.kept += k
		st.total += n
		st.links += l
		if n > 0 {
			share := float64(k) / float64(n)
			if share < 0.99 {
				st.below99++
				t.Logf("%s keeps %d/%d sentences", rec.ID, k, n)
			}
			if share < st.worst {
				st.worst, st.worstID = share, rec.ID
			}
		}
	}
	share := float64(st.kept) / float64(max(st.total, 1))
	t.Logf("records %d, failed %d, sentences kept %d/%d = %.4f (plus %d on lines dropped by design: links, notices, teaser boxes), records below 99%%: %d, worst %.3f (%s)",
		st.records, st.failed, st.kept, st.total, share, st.links, st.below99, st.worst, st.worstID)
	if share < minShare {
		t.Errorf("sentence retention %.4f < %.2f", share, minShare)
	}
	return st
}

// gunzipLines reads gzip JSON Lines into lines, keeping every n-th.
func gunzipLines(t testing.TB, data []byte, every, limit int) [][]byte {
	t.Helper()
	raw, err := gunzipAll(data, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for i, l := range bytes.Split(raw, []byte("\n")) {
		if len(bytes.TrimSpace(l)) == 0 || i%every != 0 {
			continue
		}
		out = append(out, l)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	return out
}

func TestCorpusSampleRetention(t *testing.T) {
	lines := gunzipLines(t, readTestdata(t, "ant-sample-200.jsonl.gz"), 1, 0)
	if len(lines) != 200 {
		t.Fatalf("sample has %d records, want 200", len(lines))
	}
	st := checkRetention(t, lines, 0.99)
	if st.failed > 0 {
		t.Errorf("%d records failed", st.failed)
	}
	if st.below99 > 0 {
		t.Errorf("%d records keep under 99%% of their sentences", st.below99)
	}
}

// TestCorpusLargeRetention runs the check on every 10th record of the full
// ANT file in ../shared (skipped when absent or with -short, failed when
// absent under CI=true);
// MARSAD_CORPUS_EVERY=1 checks all records.
func TestCorpusLargeRetention(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	data, err := os.ReadFile(sharedtest.Path(t, "data", "news", "ant-2018.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	every := 10
	if v, err := strconv.Atoi(os.Getenv("MARSAD_CORPUS_EVERY")); err == nil && v > 0 {
		every = v
	}
	lines := gunzipLines(t, data, every, 0)
	checkRetention(t, lines, 0.99)
}
