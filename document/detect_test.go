package document

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func gz(s string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	zw.Close()
	return buf.Bytes()
}

func TestDetect(t *testing.T) {
	rec := `{"id": "1", "text": "نص"}`
	for _, tc := range []struct {
		name string
		in   Input
		want Format
	}{
		{"explicit", Input{Format: FormatText, Data: []byte("<html>")}, FormatText},
		{"ext html", Input{Name: "a.HTM", Data: []byte("x")}, FormatHTML},
		{"ext jsonl.gz", Input{Name: "a.jsonl.gz"}, FormatJSONL},
		{"ext json", Input{Name: "a.json"}, FormatJSON},
		{"ext txt", Input{Name: "a.txt", Data: []byte("<html>")}, FormatText},
		{"content type", Input{ContentType: "text/html; charset=windows-1256"}, FormatHTML},
		{"content type json", Input{ContentType: "application/json"}, FormatJSON},
		{"doctype", Input{Data: []byte("\ufeff  <!DOCTYPE html><html>")}, FormatHTML},
		{"html tag", Input{Data: []byte("<html lang=ar>")}, FormatHTML},
		{"fragment", Input{Data: []byte("<div><p>نص</p></div>")}, FormatHTML},
		{"json", Input{Data: []byte(rec)}, FormatJSON},
		{"pretty json", Input{Data: []byte("{\n \"id\": 1\n}")}, FormatJSON},
		{"jsonl", Input{Data: []byte(rec + "\n" + rec + "\n")}, FormatJSONL},
		{"gzip jsonl", Input{Data: gz(rec + "\n" + rec)}, FormatJSONL},
		{"gzip html", Input{Data: gz("<html><body>x</body></html>")}, FormatHTML},
		{"text", Input{Data: []byte("عنوان\n\nنص المقال")}, FormatText},
		{"text with angle", Input{Data: []byte("س < ص في المعادلة")}, FormatText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect(tc.in); got != tc.want {
				t.Errorf("Detect = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	ctx := context.Background()
	rec := `{"id": "1", "title": "ع", "text": "` + para1 + `"}`
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	for _, tc := range []struct {
		name string
		ctx  context.Context
		opts Options
		in   Input
		want error
	}{
		{"empty", ctx, Options{}, Input{}, ErrEmpty},
		{"blank", ctx, Options{}, Input{Data: []byte(" \n\t ")}, ErrEmpty},
		{"nul bytes", ctx, Options{}, Input{Data: []byte("abc\x00def\x00")}, ErrBinary},
		{"control bytes", ctx, Options{}, Input{Data: []byte("\x01\x02\x03\x04\x05\x06\x07abc")}, ErrBinary},
		{"too large", ctx, Options{MaxBytes: 10}, Input{Data: []byte(strings.Repeat("ا", 10))}, ErrTooLarge},
		{"gzip bomb", ctx, Options{MaxBytes: 100}, Input{Data: gz(strings.Repeat("a", 1000))}, ErrTooLarge},
		{"no body", ctx, Options{}, Input{Data: []byte("اعلان\nاقرأ أيضا")}, ErrNoBody},
		{"only boilerplate", ctx, Options{}, Input{Data: []byte("اعلان\nWhatsApp\nTelegram")}, ErrNoBody},
		{"many records", ctx, Options{}, Input{Data: []byte(rec + "\n" + rec)}, ErrManyRecords},
		{"cancelled", cancelled, Options{}, Input{Data: []byte("x")}, context.Canceled},
		{"html without text", ctx, Options{}, Input{Data: []byte("<html><body></body></html>")}, ErrNoBody},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.opts.Parse(tc.ctx, tc.in)
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
			if err != nil && !errors.Is(err, context.Canceled) && !strings.HasPrefix(err.Error(), "document: ") {
				t.Errorf("error %q lacks the document: prefix", err)
			}
		})
	}
}

func TestParseFormats(t *testing.T) {
	ctx := context.Background()
	rec := `{"id": "r1", "title": "عنوان", "text": "` + para1 + `"}`
	for _, tc := range []struct {
		name   string
		in     Input
		format Format
	}{
		{"json", Input{Data: []byte(rec)}, FormatJSON},
		{"single jsonl gz", Input{Data: gz(rec + "\n")}, FormatJSON},
		{"text", Input{Data: []byte("عنوان\n" + para1)}, FormatText},
		{"html", Input{Data: []byte("<html><head><title>عنوان</title></head><body><article><p>" + para1 + "</p><p>" + para2 + "</p></article></body></html>")}, FormatHTML},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(ctx, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if a.Format != string(tc.format) || !strings.Contains(a.Body, para1) {
				t.Errorf("format %q body %q", a.Format, a.Body)
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	arabicText := "قال وزير الخارجية إن المحادثات ستستأنف"
	w1256, _ := encodeWindows1256(arabicText)
	iso, _ := encodeISO88596(arabicText)
	for _, tc := range []struct {
		name, ct string
		data     []byte
		html     bool
		want     string
	}{
		{"utf8", "", []byte(arabicText), false, arabicText},
		{"bom", "", append([]byte{0xEF, 0xBB, 0xBF}, arabicText...), false, arabicText},
		{"windows-1256 sniffed", "", w1256, false, arabicText},
		{"windows-1256 header", "text/plain; charset=windows-1256", w1256, false, arabicText},
		{"iso-8859-6 header", "text/html; charset=ISO-8859-6", iso, true, arabicText},
		{"iso-8859-6 meta", "", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">`), iso...), true, `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">` + arabicText},
		{"utf16le", "", append([]byte{0xFF, 0xFE}, utf16le("سلام")...), false, "سلام"},
		{"invalid latin", "", []byte("caf\xe9 au lait"), false, "caf\uFFFD au lait"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeText(tc.data, tc.ct, tc.html)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func utf16le(s string) []byte {
	var out []byte
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestParseFetchedFallback(t *testing.T) {
	fetched := time.Date(2020, 7, 16, 12, 0, 0, 0, time.UTC)
	a, err := Parse(context.Background(), Input{Data: []byte("عنوان\n" + para1), Fetched: fetched, URL: "http://example.com/a"})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.Equal(fetched) || a.URL != "http://example.com/a" {
		t.Errorf("published %v url %q", a.Published, a.URL)
	}
}
