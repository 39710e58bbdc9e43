package document

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseRecord(t *testing.T) {
	for _, tc := range []struct {
		name, in   string
		id, title  string
		authors    []string
		published  string
		paragraphs int
		wantErr    error
	}{
		{
			name: "ant layout",
			in:   `{"id": "AL-culture-1-20180218", "url": "http://x/y", "source": "alarabia", "category": "culture", "title": "عنوان", "published": "2018-02-18T21:35:43+04:00", "author": "القاهرة - أحمد الريدي", "abstract": "ملخص", "text": "` + para1 + `\n` + para2 + `"}`,
			id:   "AL-culture-1-20180218", title: "عنوان", authors: []string{"أحمد الريدي"}, published: "2018-02-18T21:35:43+04:00", paragraphs: 2,
		},
		{
			name: "null author, numeric id, body field, unix date",
			in:   `{"id": 42, "title": "عنوان", "author": null, "date": 1594886400, "body": "` + para1 + `\n\n` + para2 + `"}`,
			id:   "42", title: "عنوان", authors: []string{}, published: "2020-07-16T08:00:00Z", paragraphs: 2,
		},
		{
			name: "authors array and content",
			in:   `{"id": "a", "title": "عنوان", "authors": ["أحمد علي", "محمد حسن"], "content": "` + para1 + `"}`,
			id:   "a", title: "عنوان", authors: []string{"أحمد علي", "محمد حسن"}, paragraphs: 1,
		},
		{
			name: "abstract when no text",
			in:   `{"id": "b", "title": "عنوان", "abstract": "` + para3 + `"}`,
			id:   "b", title: "عنوان", authors: []string{}, paragraphs: 1,
		},
		{
			name: "uuid author dropped",
			in:   `{"id": "u", "title": "عنوان", "author": "d104a54b-f4be-4550-86b3-6bca1edb295e", "text": "` + para1 + `"}`,
			id:   "u", title: "عنوان", authors: []string{}, paragraphs: 1,
		},
		{name: "no body", in: `{"id": "c", "title": "عنوان", "text": "  "}`, wantErr: ErrNoBody},
		{name: "only boilerplate", in: `{"id": "c", "title": "عنوان", "text": "اعلان\nWhatsApp"}`, wantErr: ErrNoBody},
		{name: "empty", in: "  ", wantErr: ErrEmpty},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseRecord([]byte(tc.in))
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.ID != tc.id || a.Title != tc.title || !slices.Equal(a.Authors, tc.authors) || len(a.Paragraphs) != tc.paragraphs {
				t.Errorf("got id %q title %q authors %q paragraphs %d", a.ID, a.Title, a.Authors, len(a.Paragraphs))
			}
			if tc.published != "" && a.Published.Format(time.RFC3339) != tc.published {
				t.Errorf("published = %v, want %s", a.Published, tc.published)
			}
			checkParagraphs(t, a)
		})
	}
	if _, err := ParseRecord([]byte(`{"id": `)); err == nil || !strings.HasPrefix(err.Error(), "document: ") {
		t.Errorf("malformed JSON: err = %v", err)
	}
}

func TestScanJSONL(t *testing.T) {
	good := `{"id": "1", "title": "عنوان", "text": "` + para1 + `"}`
	in := good + "\n\n" + `{"id": 2, "title": broken}` + "\n" + good + "\r\n" + `{"id": "big", "text": "` + strings.Repeat("ا", 500) + `"}` + "\n" + `{"id": "3", "title": "عنوان", "text": ""}`
	type seen struct {
		line int
		id   string
		err  error
	}
	run := func(r *bytes.Reader) []seen {
		var got []seen
		err := Options{MaxLineBytes: 400}.ScanJSONL(context.Background(), r, func(line int, a *Article, err error) error {
			s := seen{line: line, err: err}
			if a != nil {
				s.id = a.ID
			}
			got = append(got, s)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	check := func(t *testing.T, got []seen) {
		if len(got) != 5 {
			t.Fatalf("got %d lines: %+v", len(got), got)
		}
		wantLines := []int{1, 3, 4, 5, 6}
		for i, g := range got {
			if g.line != wantLines[i] {
				t.Errorf("record %d at line %d, want %d", i, g.line, wantLines[i])
			}
		}
		if got[0].id != "1" || got[0].err != nil || got[2].id != "1" {
			t.Errorf("good lines: %+v", got)
		}
		var le *LineError
		if !errors.As(got[1].err, &le) || le.Line != 3 {
			t.Errorf("bad JSON line: %v", got[1].err)
		}
		if !errors.Is(got[3].err, ErrLineTooLong) {
			t.Errorf("long line: %v", got[3].err)
		}
		if !errors.Is(got[4].err, ErrNoBody) {
			t.Errorf("empty text: %v", got[4].err)
		}
	}
	t.Run("plain", func(t *testing.T) { check(t, run(bytes.NewReader([]byte(in)))) })
	t.Run("gzip", func(t *testing.T) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(in))
		zw.Close()
		check(t, run(bytes.NewReader(buf.Bytes())))
	})
	t.Run("fn error stops", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := ScanJSONL(context.Background(), strings.NewReader(in), func(int, *Article, error) error { n++; return stop })
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("err %v after %d calls", err, n)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err := ScanJSONL(ctx, strings.NewReader(in), func(int, *Article, error) error { return nil })
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v", err)
		}
	})
}

func TestScanJSONLSample(t *testing.T) {
	n := 0
	err := ScanJSONL(context.Background(), bytes.NewReader(readTestdata(t, "ant-sample-200.jsonl.gz")), func(line int, a *Article, err error) error {
		if err != nil {
			t.Errorf("line %d: %v", line, err)
		}
		n++
		return nil
	})
	if err != nil || n != 200 {
		t.Fatalf("scanned %d records, err %v", n, err)
	}
}

// TestByteOrderMark: a UTF-8 BOM is accepted before a JSON Lines stream
// (the first record used to be lost), a JSON record and a text.
func TestByteOrderMark(t *testing.T) {
	const bom = "\xef\xbb\xbf"
	rec := `{"id": "1", "title": "عنوان", "text": "` + para1 + `"}`
	t.Run("jsonl", func(t *testing.T) {
		var ids []string
		err := ScanJSONL(context.Background(), strings.NewReader(bom+rec+"\n"+strings.Replace(rec, `"1"`, `"2"`, 1)+"\n"), func(_ int, a *Article, err error) error {
			if err != nil {
				t.Errorf("record error: %v", err)
				return nil
			}
			ids = append(ids, a.ID)
			return nil
		})
		if err != nil || strings.Join(ids, ",") != "1,2" {
			t.Errorf("ids = %v, err = %v", ids, err)
		}
	})
	t.Run("record", func(t *testing.T) {
		if a, err := ParseRecord([]byte(bom + rec)); err != nil || a.ID != "1" {
			t.Errorf("err = %v", err)
		}
	})
	for _, f := range []Format{FormatAuto, FormatJSON} {
		t.Run("json "+string(f), func(t *testing.T) {
			if a, err := Parse(context.Background(), Input{Data: []byte(bom + rec), Format: f}); err != nil || a.ID != "1" || a.Title != "عنوان" {
				t.Errorf("a = %+v, err = %v", a, err)
			}
		})
	}
	t.Run("text", func(t *testing.T) {
		a, err := Parse(context.Background(), Input{Data: []byte(bom + "عنوان\n\n" + para1)})
		if err != nil || a.Title != "عنوان" || !strings.HasPrefix(a.Body, "قال") {
			t.Errorf("a = %+v, err = %v", a, err)
		}
	})
}

// TestScanJSONLDecompressionBomb: a gzip of newlines ends at the
// decompressed-size cap with ErrTooLarge instead of being read line by
// line; blank lines keep the line numbers right.
func TestScanJSONLDecompressionBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("\n\r\n" + `{"id": "1", "title": "عنوان", "text": "` + para1 + `"}` + "\n"))
	zw.Write(bytes.Repeat([]byte("\n"), 16<<20))
	zw.Close()
	var lines []int
	err := Options{MaxDecompressedBytes: 1 << 20}.ScanJSONL(context.Background(), bytes.NewReader(buf.Bytes()), func(line int, _ *Article, err error) error {
		lines = append(lines, line)
		return err
	})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "--max-decompressed") {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
	if !slices.Equal(lines, []int{3}) {
		t.Errorf("records at lines %v, want [3]", lines)
	}
}

// TestOneParagraphText: any text is an article — one paragraph, or one
// line, is the body, with no title (issue #17: it was taken as the title and
// the parse failed with ErrNoBody).
func TestOneParagraphText(t *testing.T) {
	for _, in := range []string{
		"قال الوزير إن الاجتماع سيعقد غدا في بغداد لبحث الأوضاع الأمنية.",
		"\n  قال الوزير إن الاجتماع سيعقد غدا في بغداد.\n\n",
		"عنوان فقط",
		"اعلان\nعنوان\nWhatsApp\nTelegram",
	} {
		t.Run(in, func(t *testing.T) {
			a, err := Parse(context.Background(), Input{Data: []byte(in)})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "" || a.Body == "" || !strings.Contains(in, a.Body) || len(a.Paragraphs) != 1 {
				t.Errorf("title %q, body %q, paragraphs %v", a.Title, a.Body, a.Paragraphs)
			}
		})
	}
	// A title with a body below it stays a title.
	if a, err := Parse(context.Background(), Input{Data: []byte("عنوان الخبر\n\n" + para1)}); err != nil || a.Title != "عنوان الخبر" {
		t.Errorf("title %q, err %v", a.Title, err)
	}
}
