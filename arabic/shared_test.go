package arabic

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir returns Marsad's read-only shared data directory (env
// MARSAD_SHARED, or ../shared from the repository root), or skips the test
// when it is absent.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	dirs := []string{os.Getenv("MARSAD_SHARED"), filepath.Join("..", "..", "shared")}
	for _, d := range dirs {
		if d == "" {
			continue
		}
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	tb.Skip("shared data not found (set MARSAD_SHARED)")
	return ""
}

// readNews returns about limit bytes of article text from the shared news
// corpus, or skips when it is absent.
func readNews(tb testing.TB, limit int) string {
	tb.Helper()
	path := filepath.Join(sharedDir(tb), "data", "news", "ant-2018.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		tb.Skip("news corpus absent:", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && b.Len() < limit {
		var doc struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			tb.Fatal(err)
		}
		b.WriteString(doc.Text)
		b.WriteString("\n\n")
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

func readSeed(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir(tb), "seed", "000_3bad17fa363f9cbe.txt"))
	if err != nil {
		tb.Skip("seed article absent:", err)
	}
	return string(b)
}
