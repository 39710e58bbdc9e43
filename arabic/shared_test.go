package arabic

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/sharedtest"
)

// readNews returns about limit bytes of article text from the shared news
// corpus, or skips when it is absent (fails under CI=true: sharedtest).
func readNews(tb testing.TB, limit int) string {
	tb.Helper()
	f, err := os.Open(sharedtest.Path(tb, "data", "news", "ant-2018.jsonl.gz"))
	if err != nil {
		tb.Fatal(err)
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

// readSeed returns the seed article from the shared data, or skips when it
// is absent (fails under CI=true).
func readSeed(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(sharedtest.Path(tb, "seed", "000_3bad17fa363f9cbe.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
