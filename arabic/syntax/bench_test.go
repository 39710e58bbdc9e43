package syntax

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/cputime"
	"github.com/marsad/marsad/internal/sharedtest"
)

// newsText returns about limit bytes of article text from the news corpus.
func newsText(tb testing.TB, limit int) string {
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
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var b strings.Builder
	for n := 0; sc.Scan() && b.Len() < limit; n++ {
		if n%50 != 0 { // spread over the corpus
			continue
		}
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		b.WriteString(rec.Text)
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkAnnotate segments, tags and parses about 300 kB of news and
// reports segments (syntactic words) per CPU-second.
func BenchmarkAnnotate(b *testing.B) {
	m, err := DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	text := newsText(b, 300_000)
	words := len(m.Annotate(text).Segments)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	c0 := cputime.Used()
	n := 0
	for b.Loop() {
		m.Annotate(text)
		n++
	}
	if d := cputime.Used() - c0; d > 0 {
		b.ReportMetric(float64(n*words)/d.Seconds(), "words/cpu-s")
	}
}

// BenchmarkTagParse is BenchmarkAnnotate without tokenisation and
// segmentation: the tagger and parser alone.
func BenchmarkTagParse(b *testing.B) {
	m, err := DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	doc := m.Annotate(newsText(b, 300_000))
	b.ResetTimer()
	c0 := cputime.Used()
	n := 0
	for b.Loop() {
		m.tagParse(context.Background(), doc, nil)
		n++
	}
	if d := cputime.Used() - c0; d > 0 {
		b.ReportMetric(float64(n*len(doc.Segments))/d.Seconds(), "words/cpu-s")
	}
}
