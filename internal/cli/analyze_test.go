package cli

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/marsad/marsad/schema"
)

const seedPath = "../../testdata/seed-000.txt"

func TestAnalyzeSeedJSON(t *testing.T) {
	code, out, stderr := run(t, "", "analyze", "--date", "2020-07-16", seedPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one JSON line, got %d", len(lines))
	}
	if err := schema.ValidateAnalysis([]byte(lines[0])); err != nil {
		t.Fatal(err)
	}
	var an struct {
		ReferenceDate string `json:"reference_date"`
		Body          string `json:"body"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &an); err != nil {
		t.Fatal(err)
	}
	if an.ReferenceDate != "2020-07-16" {
		t.Errorf("reference_date = %q", an.ReferenceDate)
	}
	if !strings.Contains(an.Body, "شهدت الساعات الأخيرة") {
		t.Errorf("body lost the article text")
	}
}

func TestAnalyzeText(t *testing.T) {
	code, out, stderr := run(t, "", "analyze", "--format", "text", seedPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"TITLE", "BODY", "ENTITIES", "QUOTES", "EVENTS", "PLACES", "TIMES"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks section %s", want)
		}
	}
}

func TestAnalyzeStdin(t *testing.T) {
	body := "عنوان الخبر\n\nقال الرئيس إن الاجتماع كان مثمرا وإن الحوار سيستمر خلال الأيام المقبلة بين الطرفين."
	code, out, stderr := run(t, body, "analyze", "-")
	if code != 0 || !strings.Contains(out, `"version"`) {
		t.Fatalf("exit %d, out %q, stderr %q", code, out, stderr)
	}
}

// TestAnalyzeBadInput checks that each kind of bad input gives one clear
// line on stderr and a non-zero exit, never a panic or a hang.
func TestAnalyzeBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	blank := write("blank.txt", []byte(" \n\t\n"))
	binary := write("binary.bin", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 0xff, 0xfe, 0})
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	f.Close()

	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer slow.Close()
	missing := httptest.NewServer(http.NotFoundHandler())
	defer missing.Close()

	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "no such file"},
		{"empty file", []string{empty}, "empty"},
		{"blank file", []string{blank}, "empty"},
		{"binary file", []string{binary}, "binary"},
		{"200 MB file", []string{huge}, "limit"},
		{"directory", []string{dir}, "directory"},
		{"url timeout", []string{"--allow-private", "--timeout", "200ms", slow.URL}, "no answer within"},
		{"url 404", []string{"--allow-private", missing.URL}, "404"},
		{"loopback refused", []string{missing.URL}, "forbidden address: 127.0.0.1 is not a public address (--allow-private lets it through)"},
		{"mapped loopback refused", []string{"--timeout", "2s", "http://[::ffff:127.0.0.1]:" + missing.URL[strings.LastIndex(missing.URL, ":")+1:]}, "forbidden address"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(t, "", append([]string{"analyze"}, tc.args...)...)
			if code == 0 {
				t.Fatalf("exit 0, want failure")
			}
			if !strings.Contains(stderr, tc.want) {
				t.Fatalf("stderr %q lacks %q", stderr, tc.want)
			}
			if n := strings.Count(strings.TrimSpace(stderr), "\n"); n != 0 {
				t.Errorf("want one line on stderr, got %d:\n%s", n+1, stderr)
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
				t.Fatalf("panic: %s", stderr)
			}
		})
	}
}

func TestAnalyzeUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no input", []string{"analyze"}},
		{"bad date", []string{"analyze", "--date", "16/07/2020", seedPath}},
		{"bad format", []string{"analyze", "--format", "xml", seedPath}},
		{"bad input format", []string{"analyze", "--input-format", "pdf", seedPath}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, _ := run(t, "", tc.args...); code != 2 {
				t.Fatalf("exit %d, want 2", code)
			}
		})
	}
}

func TestAnalyzeJSONL(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "news.jsonl")
	recs := `{"id":"a1","title":"عنوان أول","text":"قال وزير الخارجية إن المحادثات مستمرة مع الجانب الآخر حتى نهاية الأسبوع.","published":"2018-03-01T10:00:00+03:00"}
{"id":"a2","title":"عنوان ثان","text":"أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.","published":"2018-03-02T10:00:00+03:00"}
{"id":"bad",
`
	if err := os.WriteFile(p, []byte(recs), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := run(t, "", "analyze", p)
	if code == 0 {
		t.Fatalf("a bad record must fail the run")
	}
	if !strings.Contains(stderr, "news.jsonl:3") {
		t.Errorf("stderr %q does not name the bad line", stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 JSON lines, got %d", len(lines))
	}
	for i, want := range []string{"a1", "a2"} {
		var an struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &an); err != nil || an.ID != want {
			t.Errorf("line %d: id %q, err %v", i, an.ID, err)
		}
		if err := schema.ValidateAnalysis([]byte(lines[i])); err != nil {
			t.Error(err)
		}
	}
}

// TestAnalyzeURL: analyze fetches through the ingest fetcher: a page on a
// private address is read only with --allow-private, and a redirect from
// it is followed.
func TestAnalyzeURL(t *testing.T) {
	page, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/old":
			http.Redirect(w, r, "/seed", http.StatusMovedPermanently)
		default:
			hits.Add(1)
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(page)
		}
	}))
	defer srv.Close()
	code, out, stderr := run(t, "", "analyze", "--allow-private", "--date", "2020-07-16", srv.URL+"/old")
	if code != 0 || !strings.Contains(out, `"url":"`+srv.URL+`/seed"`) {
		t.Fatalf("exit %d: %s\n%.300s", code, stderr, out)
	}
	if code, _, _ := run(t, "", "analyze", srv.URL+"/seed"); code != 1 || hits.Load() != 1 {
		t.Errorf("without --allow-private: exit %d, %d hits", code, hits.Load())
	}
}

// TestAnalyzeOneParagraph: a one-paragraph text on standard input is
// analysed as a body with no title (issue #17: "no article body found").
func TestAnalyzeOneParagraph(t *testing.T) {
	code, out, stderr := run(t, "قال وزير الخارجية المصري سامح شكري إن القاهرة ستدعم الحل السياسي في ليبيا.\n", "analyze", "-")
	var an struct {
		Title, Body string
		Quotes      []json.RawMessage
	}
	if code != 0 || json.Unmarshal([]byte(out), &an) != nil || an.Title != "" || !strings.HasPrefix(an.Body, "قال وزير") || len(an.Quotes) == 0 {
		t.Fatalf("exit %d: %s\n%.300s", code, stderr, out)
	}
}
