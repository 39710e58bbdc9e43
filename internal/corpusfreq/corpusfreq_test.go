package corpusfreq

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCount(t *testing.T) {
	c := New([]string{"الهلال النفطي", "سرت", "مضيق هرمز", "غائب"}, map[string]bool{"skip": true})
	for _, text := range []string{
		"تقدمت القوات نحو الهلال النفطي قرب سرت.",      // both, once each
		"وفي سرت وبسرت اشتباكات.",                      // سرت once per article, a proclitic allowed
		"عبرت ناقلة مضيق\nهرمز.",                       // a line break is not a phrase
		"الهلال النفطي، الهلال النفطي ومضيق هرمز أمس.", // twice in one article counts once
	} {
		c.Add(text)
	}
	for phrase, want := range map[string]int{"الهلال النفطي": 2, "سرت": 2, "مضيق هرمز": 1, "غائب": 0} {
		if got := c.Count(phrase); got != want {
			t.Errorf("Count(%s) = %d, want %d", phrase, got, want)
		}
	}
}

func TestReadNews(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "news.jsonl")
	lines := `{"id":"a","text":"زار الوفد سرت"}` + "\n" + `{"id":"skip","text":"سرت"}` + "\n" + `{"id":"b","text":"لا شيء"}` + "\n"
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	c := New([]string{"سرت"}, map[string]bool{"skip": true})
	n, err := c.ReadNews(context.Background(), path)
	if err != nil || n != 2 || c.Count("سرت") != 1 {
		t.Errorf("ReadNews = %d, %v; count %d; want 2 articles, 1 use", n, err, c.Count("سرت"))
	}
	if err := os.WriteFile(path, []byte(lines+"{bad\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := c.ReadNews(context.Background(), path); err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("a bad line: %v, want an error naming line 4", err)
	}
	if _, err := c.ReadNews(context.Background(), filepath.Join(dir, "none")); err == nil {
		t.Error("a missing file: no error")
	}
}

func TestEvalIDs(t *testing.T) {
	root, shared := t.TempDir(), t.TempDir()
	for _, p := range []string{"testdata/gold/AL-1.json", "testdata/gold/README.md"} {
		mustWrite(t, filepath.Join(root, p))
	}
	mustWrite(t, filepath.Join(shared, "eval/news/BB-2.txt"))
	mustWrite(t, filepath.Join(shared, "eval/news/BB-2.meta.json"))
	ids, err := EvalIDs(root, shared)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 2 || !ids["AL-1"] || !ids["BB-2"] {
		t.Errorf("EvalIDs = %v, want AL-1 and BB-2", ids)
	}
}

func mustWrite(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
}
