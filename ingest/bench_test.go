package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newsCorpus is the shared news sample; benchmarks skip when it is absent.
const newsCorpus = "../../shared/data/news/ant-2018.jsonl.gz"

func benchSource(b *testing.B, paths []string) {
	var docs, bytesRead int64
	for b.Loop() {
		src := NewFileSource(paths, FileConfig{})
		for {
			d, err := src.Next(context.Background())
			if err != nil {
				if err.Error() == "EOF" {
					break
				}
				b.Fatal(err)
			}
			docs++
			bytesRead += int64(len(d.Data))
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(docs)/sec, "docs/s")
	b.ReportMetric(float64(bytesRead)/sec/1e6, "MB/s")
}

// BenchmarkJSONLGzSource reads the 31,514-record news corpus
// (/work/shared, read directly as benchmarks may).
func BenchmarkJSONLGzSource(b *testing.B) {
	if _, err := os.Stat(newsCorpus); err != nil {
		b.Skip("shared news corpus absent")
	}
	benchSource(b, []string{newsCorpus})
}

// BenchmarkWARCSource reads a generated multi-member WARC.gz of 2,000
// HTML responses of ~8 KB.
func BenchmarkWARCSource(b *testing.B) {
	page := "<html><body>" + strings.Repeat("<p>نص عربي للاختبار في صفحة خبر</p>", 150) + "</body></html>"
	var buf bytes.Buffer
	for i := range 2000 {
		rec := warcRecord("response", fmt.Sprintf("http://example.com/%d", i), "application/http; msgtype=response", httpResponse(200, "text/html; charset=utf-8", page))
		buf.Write(gzipMembers(rec))
	}
	path := filepath.Join(b.TempDir(), "bench.warc.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	benchSource(b, []string{path})
}

// BenchmarkRun measures the worker pool's own overhead per Doc.
func BenchmarkRun(b *testing.B) {
	docs := makeDocs(10000)
	for b.Loop() {
		if _, err := Run(context.Background(), Config{Logger: quietLogger()}, &sliceSource{docs: docs}, func(context.Context, Doc) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}
