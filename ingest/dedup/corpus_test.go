package dedup

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"
	"time"
)

// corpusPath is the shared news corpus; tests that need it skip without it.
const corpusPath = "../../../shared/data/news/ant-2018.jsonl.gz"

type corpusDoc struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func (c corpusDoc) doc() Doc {
	t, _ := time.Parse(time.RFC3339, c.Published)
	return Doc{ID: c.ID, Title: c.Title, Body: c.Text, Published: t}
}

// loadCorpus reads up to limit articles (all if limit <= 0) or skips t.
func loadCorpus(t testing.TB, limit int) []corpusDoc {
	t.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []corpusDoc
	for sc.Scan() {
		var d corpusDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
