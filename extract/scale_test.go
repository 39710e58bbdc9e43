package extract

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/internal/cputime"
)

// repeated is a body of n copies of one short news sentence (57 bytes), a
// paragraph each: the shape of the input that once made the analysis
// quadratic.
func repeated(n int) *document.Article {
	const line = "قال الوزير إن الجيش تقدم نحو مدينة سرت."
	var b strings.Builder
	paras := make([]document.Paragraph, 0, n)
	for i := 0; i < n; i++ {
		start := b.Len()
		b.WriteString(line)
		paras = append(paras, document.Paragraph{Start: start, End: b.Len()})
		b.WriteString("\n\n")
	}
	return &document.Article{Body: b.String(), Paragraphs: paras}
}

func TestCutBody(t *testing.T) {
	art := repeated(100)
	n := len(art.Body)
	for _, c := range []struct {
		limit, wantParas int
		cut              bool
	}{
		{n, 100, false},
		{n - 3, 99, true},
		{200, 200 / (len(art.Body) / 100), true},
		{10, 1, true},
	} {
		body, paras, tr := cutBody(art.Body, art.Paragraphs, c.limit)
		if (tr != nil) != c.cut || len(body) > c.limit || len(paras) != c.wantParas {
			t.Errorf("limit %d: %d bytes, %d paragraphs, truncation %+v", c.limit, len(body), len(paras), tr)
		}
		for _, p := range paras {
			if p.End > len(body) {
				t.Fatalf("limit %d: paragraph %+v beyond the cut body", c.limit, p)
			}
		}
		if tr != nil && tr.OriginalBytes != n {
			t.Errorf("limit %d: original %d", c.limit, tr.OriginalBytes)
		}
	}
}

// BenchmarkAnalyzeSize analyses bodies of 20,000 and 100,000 sentences,
// with no size limit ("whole") and with the default limit ("limited"), and
// reports CPU-µs per sentence of the input (linear analysis keeps it flat;
// the limit cuts the larger body) and the peak heap.
func BenchmarkAnalyzeSize(b *testing.B) {
	whole, err := New(Config{MaxBodyBytes: -1})
	if err != nil {
		b.Fatal(err)
	}
	limited, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		z    *Analyzer
		n    int
	}{{"whole/20000", whole, 20_000}, {"whole/100000", whole, 100_000}, {"limited/20000", limited, 20_000}, {"limited/100000", limited, 100_000}} {
		z, n := c.z, c.n
		b.Run(c.name, func(b *testing.B) {
			art := repeated(n)
			var peak uint64
			c0 := cputime.Used()
			w0 := time.Now()
			for b.Loop() {
				an, err := z.Analyze(context.Background(), art, time.Time{})
				if err != nil {
					b.Fatal(err)
				}
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
				_ = an
			}
			b.ReportMetric(float64((cputime.Used()-c0).Microseconds())/float64(b.N*n), "cpu-µs/sentence")
			b.ReportMetric(float64(time.Since(w0).Microseconds())/float64(b.N*n), "µs/sentence")
			b.ReportMetric(float64(peak)/(1<<20), "heap-MB")
		})
	}
}
