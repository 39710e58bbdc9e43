package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// warcRecord renders one WARC record.
func warcRecord(typ, uri, contentType string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-01-02T03:04:05Z\r\n"+
		"WARC-Record-ID: <urn:uuid:x>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", typ, uri, contentType, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// httpResponse renders an HTTP response as a WARC response block holds it.
func httpResponse(status int, contentType, body string) []byte {
	return fmt.Appendf(nil, "HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

// gzipMembers gzips each part as its own member, as Common Crawl does.
func gzipMembers(parts ...[]byte) []byte {
	var b bytes.Buffer
	for _, p := range parts {
		zw := gzip.NewWriter(&b)
		zw.Write(p)
		zw.Close()
	}
	return b.Bytes()
}

func readAllRecords(t testing.TB, data []byte, cfg WARCConfig) (types []string, errs []error) {
	wr, err := NewWARCReader(bytes.NewReader(data), cfg)
	if err != nil {
		return nil, []error{err}
	}
	for i := 0; i < 10000; i++ {
		rec, err := wr.Next()
		if err == io.EOF {
			return types, errs
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		types = append(types, rec.Type())
	}
	t.Fatal("WARC reader did not reach EOF")
	return nil, nil
}

func TestWARCReader(t *testing.T) {
	info := warcRecord("warcinfo", "", "application/warc-fields", []byte("software: test\r\n"))
	resp := warcRecord("response", "http://example.com/a", "application/http; msgtype=response",
		httpResponse(200, "text/html; charset=utf-8", "<html><body><p>مرحبا</p></body></html>"))
	conv := warcRecord("conversion", "http://example.com/a", "text/plain", []byte("نص الخبر"))
	tests := []struct {
		name      string
		data      []byte
		cfg       WARCConfig
		wantTypes string
		wantErrs  []error
	}{
		{"plain", bytes.Join([][]byte{info, resp, conv}, nil), WARCConfig{}, "warcinfo,response,conversion", nil},
		{"multi-member gzip", gzipMembers(info, resp, conv), WARCConfig{}, "warcinfo,response,conversion", nil},
		{"garbage then records", append([]byte("junk line\r\nmore junk\r\n"), resp...), WARCConfig{}, "response", []error{ErrMalformed}},
		{"bad content-length", append(bytes.Replace(resp, []byte("Content-Length: "), []byte("Content-Length: x"), 1), conv...), WARCConfig{}, "conversion", []error{ErrMalformed}},
		{"negative content-length", append([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\n"), conv...), WARCConfig{}, "conversion", []error{ErrMalformed}},
		{"bad header line", append([]byte("WARC/1.0\r\nno colon here\r\n\r\n"), conv...), WARCConfig{}, "conversion", []error{ErrMalformed}},
		{"header too big", append([]byte("WARC/1.0\r\nX: "+strings.Repeat("a", 2000)+"\r\n\r\n"), conv...), WARCConfig{MaxHeaderBytes: 1024}, "conversion", []error{ErrTooLarge}},
		{"record too large", append(resp, conv...), WARCConfig{MaxRecordBytes: 16}, "conversion", []error{ErrTooLarge}},
		{"length past end", []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999\r\n\r\nshort"), WARCConfig{}, "", []error{ErrTruncated}},
		{"truncated block", resp[:len(resp)-30], WARCConfig{}, "", []error{ErrTruncated}},
		{"truncated gzip", func() []byte { g := gzipMembers(info, resp); return g[:len(g)-20] }(), WARCConfig{}, "warcinfo", []error{ErrTruncated}},
		{"corrupt gzip member", func() []byte {
			g := gzipMembers(resp)
			g[len(g)/2] ^= 0xff
			return append(gzipMembers(info), g...)
		}(), WARCConfig{}, "warcinfo", []error{ErrMalformed}},
		{"empty", nil, WARCConfig{}, "", nil},
		{"headers cut", []byte("WARC/1.0\r\nWARC-Type: response\r\n"), WARCConfig{}, "", []error{ErrTruncated}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			types, errs := readAllRecords(t, tt.data, tt.cfg)
			if got := strings.Join(types, ","); got != tt.wantTypes {
				t.Errorf("types = %q, want %q", got, tt.wantTypes)
			}
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("errors = %v, want %d", errs, len(tt.wantErrs))
			}
			for i, want := range tt.wantErrs {
				if !errors.Is(errs[i], want) {
					t.Errorf("error %d = %v, want %v", i, errs[i], want)
				}
			}
		})
	}
}

func TestRecordDoc(t *testing.T) {
	tests := []struct {
		name       string
		rec        []byte
		wantOK     bool
		wantErr    error
		wantData   string
		wantFormat string
	}{
		{"html response", warcRecord("response", "http://e.com/a", "application/http; msgtype=response", httpResponse(200, "text/html", "<p>x</p>")), true, nil, "<p>x</p>", "html"},
		{"wet conversion", warcRecord("conversion", "http://e.com/a", "text/plain", []byte("نص")), true, nil, "نص", "text"},
		{"stale Content-Length", warcRecord("response", "http://e.com/a", "application/http; msgtype=response", []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 9999\r\n\r\n<p>x</p>")), true, nil, "<p>x</p>", "html"},
		{"decoded but marked chunked", warcRecord("response", "http://e.com/a", "application/http; msgtype=response", []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n<p>x</p>")), true, nil, "<p>x</p>", "html"},
		{"404", warcRecord("response", "http://e.com/a", "application/http; msgtype=response", httpResponse(404, "text/html", "no")), false, ErrHTTPStatus, "", ""},
		{"image", warcRecord("response", "http://e.com/a.png", "application/http; msgtype=response", httpResponse(200, "image/png", "PNG")), false, ErrSkipped, "", ""},
		{"request", warcRecord("request", "http://e.com/a", "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\n\r\n")), false, nil, "", ""},
		{"broken http", warcRecord("response", "http://e.com/a", "application/http; msgtype=response", []byte("garbage")), false, ErrMalformed, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wr, _ := NewWARCReader(bytes.NewReader(tt.rec), WARCConfig{})
			rec, err := wr.Next()
			if err != nil {
				t.Fatal(err)
			}
			d, ok, err := recordDoc(rec, "warc:x#0", 1<<20)
			if ok != tt.wantOK || !errors.Is(err, tt.wantErr) {
				t.Fatalf("ok=%v err=%v, want ok=%v err=%v", ok, err, tt.wantOK, tt.wantErr)
			}
			if ok && (string(d.Data) != tt.wantData || string(d.Format) != tt.wantFormat || d.URL != "http://e.com/a" || d.Fetched.IsZero()) {
				t.Errorf("doc = %+v", d)
			}
		})
	}
}

func FuzzWARC(f *testing.F) {
	resp := warcRecord("response", "http://example.com/a", "application/http; msgtype=response", httpResponse(200, "text/html", "<p>x</p>"))
	f.Add(resp)
	f.Add(gzipMembers(resp, resp))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nabc"))
	f.Add([]byte("WARC/1.0\r\n X: y\r\nContent-Length: 0\r\n\r\n\r\n\r\nWARC/1.1\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		wr, err := NewWARCReader(bytes.NewReader(data), WARCConfig{MaxHeaderBytes: 4096, MaxRecordBytes: 1 << 16})
		if err != nil {
			return
		}
		for i := 0; ; i++ {
			if i > len(data)+10 {
				t.Fatalf("more results than input bytes: reader does not progress")
			}
			rec, err := wr.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrTruncated) {
					t.Fatalf("unclassified error: %v", err)
				}
				continue
			}
			if int64(len(rec.Block)) > 1<<16 {
				t.Fatalf("block over cap: %d", len(rec.Block))
			}
			_, _, _ = recordDoc(rec, "k", 1<<16)
		}
	})
}
