package document

import (
	"bytes"
	"context"
	"testing"
)

// benchRecords returns the 200 sample records as JSON lines.
func benchRecords(b testing.TB) [][]byte {
	raw, err := gunzipAll(readTestdata(b, "ant-sample-200.jsonl.gz"), 1<<30)
	if err != nil {
		b.Fatal(err)
	}
	var out [][]byte
	for _, l := range bytes.Split(raw, []byte("\n")) {
		if len(bytes.TrimSpace(l)) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// BenchmarkParseRecord parses the 200 sample records; one op is one record.
func BenchmarkParseRecord(b *testing.B) {
	recs := benchRecords(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := ParseRecord(recs[i%len(recs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseText parses the sample records' text as plain-text dumps
// (title line + body); one op is one document.
func BenchmarkParseText(b *testing.B) {
	var docs [][]byte
	for _, l := range benchRecords(b) {
		a, err := ParseRecord(l)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, []byte(a.Title+"\n\n"+a.Body))
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(ctx, Input{Data: docs[i%len(docs)], Format: FormatText}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHTML parses the CNN Arabic page.
func BenchmarkParseHTML(b *testing.B) {
	page := readTestdata(b, "html/newspaper_cnn_arabic/arabic_article.html")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(ctx, Input{Data: page, Format: FormatHTML}); err != nil {
			b.Fatal(err)
		}
	}
}
