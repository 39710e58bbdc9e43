package document

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkFuzzResult checks what every Parse result must satisfy.
func checkFuzzResult(t *testing.T, a *Article, err error) {
	t.Helper()
	if err != nil {
		if !strings.HasPrefix(err.Error(), "document: ") {
			t.Fatalf("error without prefix: %v", err)
		}
		return
	}
	if a.Body == "" {
		t.Fatal("nil error with empty body")
	}
	if !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
		t.Fatal("invalid UTF-8 in output")
	}
	end := -2
	for _, p := range a.Paragraphs {
		if p.Start != end+2 || p.End <= p.Start || p.End > len(a.Body) {
			t.Fatalf("bad paragraph %+v", p)
		}
		end = p.End
	}
	if end != len(a.Body) {
		t.Fatalf("paragraphs end at %d, body is %d bytes", end, len(a.Body))
	}
}

func FuzzParseText(f *testing.F) {
	f.Add(readTestdata(f, "seed-000.txt"))
	f.Add([]byte("اعلان\n\nعنوان\n\nكتب : فلان\n\nنص.\n\nاقرأ أيضا\nخبر\n\nWhatsApp"))
	f.Add([]byte("\xc7\xe1\xdf\xe1\xe3\xc9 \xc7\xe1\xd3\xe1\xc7\xe3"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(context.Background(), Input{Data: data, Format: FormatText})
		checkFuzzResult(t, a, err)
	})
}

func FuzzParseHTML(f *testing.F) {
	f.Add(readTestdata(f, "html/newspaper_cnn_arabic/arabic_article.html")[:6000])
	f.Add([]byte(`<html><head><meta charset="windows-1256"><title>x - y</title></head><body><h2>ع</h2><p>نص طويل.</p></body></html>`))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"datePublished":"2020-07-16T10:30:00+03:00","author":[{"name":"x"}]}]}</script><p>نص</p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(context.Background(), Input{Data: data, Format: FormatHTML})
		checkFuzzResult(t, a, err)
	})
}

func FuzzParseRecord(f *testing.F) {
	f.Add([]byte(`{"id": "AL-1", "title": "عنوان", "published": "2018-02-18T21:35:43+04:00", "author": "القاهرة - أحمد الريدي", "text": "سطر أول.\nسطر ثان."}`))
	f.Add([]byte(`{"id": 7, "authors": ["a", 3], "date": 1594886400, "body": null, "content": "نص"}`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseRecord(data)
		if err == nil && a.ID == "" && strings.Contains(string(data), `"id"`) && errors.Is(err, ErrNoBody) {
			t.Fatal("unreachable")
		}
		checkFuzzResult(t, a, err)
	})
}

// FuzzScanJSONL: any stream (plain or gzip) is scanned to its end or to a
// prefixed error; every record is a valid Article or a *LineError, line
// numbers only grow.
func FuzzScanJSONL(f *testing.F) {
	rec := `{"id":"1","title":"عنوان","text":"` + "قال الوزير إن المحادثات ستستأنف." + `"}`
	f.Add([]byte(rec + "\n" + rec + "\r\n\n"))
	f.Add([]byte("\xef\xbb\xbf" + rec))
	f.Add([]byte("{\"id\": 2, \"title\": broken}\n\n\n{}\n[]\n"))
	f.Add(gzipBytes([]byte(rec + "\n" + rec)))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		last := 0
		err := Options{MaxLineBytes: 1 << 12, MaxDecompressedBytes: 1 << 16}.ScanJSONL(context.Background(), bytes.NewReader(data), func(line int, a *Article, err error) error {
			if line <= last {
				t.Fatalf("line %d after %d", line, last)
			}
			last = line
			if (a == nil) == (err == nil) {
				t.Fatalf("line %d: article %v and error %v", line, a != nil, err)
			}
			if err != nil {
				var le *LineError
				if !errors.As(err, &le) || le.Line != line {
					t.Fatalf("line %d: error %v is not its LineError", line, err)
				}
				return nil
			}
			checkFuzzResult(t, a, nil)
			return nil
		})
		if err != nil && !strings.HasPrefix(err.Error(), "document: ") {
			t.Fatalf("error without prefix: %v", err)
		}
	})
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}
