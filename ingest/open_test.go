package ingest

import (
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpen(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><rss><channel><item><link>/item1</link></item></channel></rss>`)
	})
	mux.HandleFunc("/item1", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<p>item1</p>") })
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<p>page</p>") })
	srv := newServer(t, mux)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("a"))
	writeFile(t, filepath.Join(dir, "b.txt"), []byte("b"))
	f := testFetcher(FetcherConfig{})
	src := Open([]string{filepath.Join(dir, "a.txt"), srv.URL + "/page", srv.URL + "/missing", filepath.Join(dir, "b.txt")},
		[]string{srv.URL + "/feed"}, f, FileConfig{})
	_, docs, skips := drain(t, src)
	var got []string
	for _, d := range docs {
		got = append(got, string(d.Data))
	}
	if strings.Join(got, ",") != "<p>item1</p>,a,<p>page</p>,b" || strings.Join(skips, ",") != "http-status" {
		t.Errorf("docs = %v, skips = %v", got, skips)
	}
}
