package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/document"
)

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(b []byte) []byte { return gzipMembers(b) }

// drain reads src to its end, returning docs keys and skip reasons.
func drain(t testing.TB, src Source) (keys []string, docs []Doc, skips []string) {
	t.Helper()
	ctx := context.Background()
	for i := 0; i < 1_000_000; i++ {
		d, err := src.Next(ctx)
		switch {
		case err == io.EOF:
			return keys, docs, skips
		case errors.Is(err, ErrSkipped):
			skips = append(skips, reasonOf(err))
		case err != nil:
			t.Fatalf("fatal source error: %v", err)
		default:
			keys = append(keys, d.Key)
			docs = append(docs, d)
		}
	}
	t.Fatal("source did not end")
	return
}

func TestFileSource(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "b.txt"), []byte("عنوان\nنص"))
	writeFile(t, filepath.Join(dir, "a.html"), []byte("<html></html>"))
	writeFile(t, filepath.Join(dir, "c.json"), []byte(`{"title":"x"}`))
	writeFile(t, filepath.Join(dir, "d.jsonl"), []byte("{\"a\":1}\n\n{\"a\":2}\r\n{\"a\":3}"))
	writeFile(t, filepath.Join(dir, "e.jsonl.gz"), gz([]byte("{\"b\":1}\n{\"b\":2}\n")))
	writeFile(t, filepath.Join(dir, "sub", "f.htm"), []byte("<p>f</p>"))
	writeFile(t, filepath.Join(dir, "sub", "g.txt.gz"), gz([]byte("gz text")))
	writeFile(t, filepath.Join(dir, "sub", "mislabelled.txt"), gz([]byte("gz by magic")))
	writeFile(t, filepath.Join(dir, ".hidden.txt"), []byte("no"))
	writeFile(t, filepath.Join(dir, ".git", "x.txt"), []byte("no"))
	writeFile(t, filepath.Join(dir, "notes.md"), []byte("ignored"))
	resp := warcRecord("response", "http://e.com/w", "application/http; msgtype=response", httpResponse(200, "text/html", "<p>w</p>"))
	writeFile(t, filepath.Join(dir, "w.warc.gz"), gzipMembers(warcRecord("warcinfo", "", "application/warc-fields", []byte("x")), resp))

	src := NewFileSource([]string{dir}, FileConfig{})
	keys, docs, skips := drain(t, src)
	want := []string{
		"file:" + dir + "/a.html", "file:" + dir + "/b.txt", "file:" + dir + "/c.json",
		"file:" + dir + "/d.jsonl#1", "file:" + dir + "/d.jsonl#3", "file:" + dir + "/d.jsonl#4",
		"file:" + dir + "/e.jsonl.gz#1", "file:" + dir + "/e.jsonl.gz#2",
		"file:" + dir + "/sub/f.htm", "file:" + dir + "/sub/g.txt.gz", "file:" + dir + "/sub/mislabelled.txt",
	}
	if len(skips) != 0 {
		t.Errorf("skips = %v", skips)
	}
	if len(keys) != len(want)+1 || strings.Join(keys[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Fatalf("keys =\n%s\nwant\n%s\n+ warc", strings.Join(keys, "\n"), strings.Join(want, "\n"))
	}
	if !strings.HasPrefix(keys[len(want)], "warc:"+dir+"/w.warc.gz#") {
		t.Errorf("warc key = %q", keys[len(want)])
	}
	byKey := map[string]Doc{}
	for _, d := range docs {
		byKey[d.Key] = d
	}
	checks := []struct{ key, data, format, name string }{
		{"file:" + dir + "/b.txt", "عنوان\nنص", "text", dir + "/b.txt"},
		{"file:" + dir + "/a.html", "<html></html>", "html", dir + "/a.html"},
		{"file:" + dir + "/d.jsonl#3", `{"a":2}`, "json", dir + "/d.jsonl"},
		{"file:" + dir + "/e.jsonl.gz#2", `{"b":2}`, "json", dir + "/e.jsonl"},
		{"file:" + dir + "/sub/g.txt.gz", "gz text", "text", dir + "/sub/g.txt"},
		{"file:" + dir + "/sub/mislabelled.txt", "gz by magic", "text", dir + "/sub/mislabelled.txt"},
	}
	for _, c := range checks {
		t.Run(c.key, func(t *testing.T) {
			d := byKey[c.key]
			if string(d.Data) != c.data || string(d.Format) != c.format || d.Name != c.name {
				t.Errorf("doc = %q %q %q", d.Data, d.Format, d.Name)
			}
		})
	}
	if done, total := src.Progress(); done != total || total == 0 {
		t.Errorf("progress = %d/%d", done, total)
	}
	// Stable order: a second pass gives the same keys.
	keys2, _, _ := drain(t, NewFileSource([]string{dir}, FileConfig{}))
	if strings.Join(keys, "\n") != strings.Join(keys2, "\n") {
		t.Error("order is not stable")
	}
}

// TestFileSourceBadInput: each bad input is skipped with its reason and the
// files after it are still read.
func TestFileSourceBadInput(t *testing.T) {
	var nested bytes.Buffer
	for range 300_000 {
		nested.WriteString("<div>")
	}
	bomb := bytes.Repeat([]byte("<b>"), 8<<20/3) // 8 MiB of tags (8× the cap), gzipped to a few KiB
	tests := []struct {
		name, file string
		data       []byte
		wantSkips  []string
		wantDocs   int // docs from the bad file itself
	}{
		{"truncated gzip jsonl", "x.jsonl.gz", func() []byte {
			g := gz(bytes.Repeat([]byte("{\"a\":\"ﺏ\"}\n"), 5000))
			return g[:len(g)/2]
		}(), []string{"truncated"}, -1},
		{"truncated gzip txt", "x.txt.gz", func() []byte { g := gz([]byte(strings.Repeat("نص ", 1000))); return g[:len(g)-10] }(), []string{"truncated"}, 0},
		{"corrupt gzip header", "x.txt.gz", []byte{0x1f, 0x8b, 0, 0, 0}, []string{"truncated"}, 0},
		{"invalid json line", "x.jsonl", []byte("{\"a\":1}\n{oops\n{\"a\":2}\n"), []string{"malformed"}, 2},
		{"over-long line", "x.jsonl", []byte("{\"a\":1}\n\"" + strings.Repeat("a", 2048) + "\"\n{\"a\":2}\n"), []string{"too-large"}, 2},
		{"huge nested html", "x.html", nested.Bytes(), []string{"too-large"}, 0},
		{"html gzip bomb", "x.html.gz", gz(bomb), []string{"too-large"}, 0},
		{"malformed warc", "x.warc", append([]byte("WARC/1.0\r\nContent-Length: zz\r\n\r\n"), warcRecord("conversion", "http://e.com/", "text/plain", []byte("ok"))...), []string{"malformed"}, 1},
		{"truncated warc.gz", "x.warc.gz", func() []byte {
			first := gzipMembers(warcRecord("conversion", "http://e.com/1", "text/plain", []byte("ok")))
			g := append(first, gzipMembers(warcRecord("conversion", "http://e.com/2", "text/plain", bytes.Repeat([]byte("x"), 5000)))...)
			return g[:len(first)+20]
		}(), []string{"truncated"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "1-"+tt.file), tt.data)
			writeFile(t, filepath.Join(dir, "2-after.txt"), []byte("after"))
			_, docs, skips := drain(t, NewFileSource([]string{dir}, FileConfig{MaxDocBytes: 1 << 10 * 1024}))
			if tt.name == "over-long line" {
				_, docs, skips = drain(t, NewFileSource([]string{dir}, FileConfig{MaxDocBytes: 1024}))
			}
			if strings.Join(skips, ",") != strings.Join(tt.wantSkips, ",") {
				t.Errorf("skips = %v, want %v", skips, tt.wantSkips)
			}
			if len(docs) == 0 || docs[len(docs)-1].Key != "file:"+dir+"/2-after.txt" {
				t.Fatalf("the file after the bad one was not read")
			}
			if tt.wantDocs >= 0 && len(docs)-1 != tt.wantDocs {
				t.Errorf("docs from the bad file = %d, want %d", len(docs)-1, tt.wantDocs)
			}
		})
	}
}

func TestFileSourceMissingPath(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("a"))
	keys, _, skips := drain(t, NewFileSource([]string{filepath.Join(dir, "nope"), filepath.Join(dir, "a.txt")}, FileConfig{}))
	if len(keys) != 1 || len(skips) != 1 || skips[0] != "open" {
		t.Errorf("keys=%v skips=%v", keys, skips)
	}
}

func TestFileSourceCancel(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("a"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewFileSource([]string{dir}, FileConfig{}).Next(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
}

var _ = gzip.BestSpeed

// TestFileSourceBOM: a UTF-8 byte-order mark does not cost the first JSON
// line (issue #12: it was skipped as malformed).
func TestFileSourceBOM(t *testing.T) {
	dir := t.TempDir()
	lines := "\xef\xbb\xbf{\"a\":1}\n{\"a\":2}\n"
	writeFile(t, filepath.Join(dir, "a.jsonl"), []byte(lines))
	writeFile(t, filepath.Join(dir, "b.jsonl.gz"), gz([]byte(lines)))
	keys, docs, skips := drain(t, NewFileSource([]string{dir}, FileConfig{}))
	if len(skips) != 0 || len(docs) != 4 || string(docs[0].Data) != `{"a":1}` || keys[0] != "file:"+dir+"/a.jsonl#1" {
		t.Errorf("keys=%v skips=%v first=%q", keys, skips, docs[0].Data)
	}
}

// TestFileSourceDecompressionBomb: a gzip of newlines stops at the
// decompressed-size cap with a too-large skip, quickly, and the next file
// is still read; blank lines keep their line numbers.
func TestFileSourceDecompressionBomb(t *testing.T) {
	dir := t.TempDir()
	bomb := gz(bytes.Repeat([]byte("\n"), 32<<20)) // 32 MiB of newlines in ~32 KB
	writeFile(t, filepath.Join(dir, "a-bomb.jsonl.gz"), bomb)
	writeFile(t, filepath.Join(dir, "b.jsonl.gz"), gz([]byte("\n\n\r\n{\"a\":1}\n")))
	writeFile(t, filepath.Join(dir, "c-bomb.warc.gz"), bomb)
	keys, docs, skips := drain(t, NewFileSource([]string{dir}, FileConfig{MaxDecompressedBytes: 1 << 20}))
	if len(docs) != 1 || keys[0] != "file:"+dir+"/b.jsonl.gz#4" {
		t.Errorf("keys = %v", keys)
	}
	if strings.Join(skips, ",") != "too-large,too-large" {
		t.Errorf("skips = %v, want the two bombs as too-large", skips)
	}
	// The default cap follows the compressed size.
	for _, c := range []struct{ size, limit, want int64 }{{32 << 10, 0, 256 << 20}, {25 << 20, 0, 2500 << 20}, {1 << 30, 5, 5}} {
		if got := document.DecompressedCap(c.size, c.limit); got != c.want {
			t.Errorf("DecompressedCap(%d, %d) = %d, want %d", c.size, c.limit, got, c.want)
		}
	}
}
