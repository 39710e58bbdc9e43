package cli

import (
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// TestServeReadToken serves with --token-read: the API, the feeds and the
// web UI need the token (bearer, or HTTP Basic password), /healthz not.
func TestServeReadToken(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(t.Context(), storetest.Corpus()[0].Article()); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr}
	exit := make(chan int, 1)
	go func() {
		exit <- Main(ctx, []string{"serve", "--db", path, "--addr", "127.0.0.1:0", "--analyze=false", "--token-read", "r3ad"}, env)
	}()
	addrRE := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == ""; time.Sleep(20 * time.Millisecond) {
		if m := addrRE.FindStringSubmatch(stderr.String()); m != nil {
			base = "http://" + m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("no address logged: %q", stderr.String())
		}
	}
	get := func(path string, auth func(*http.Request)) int {
		req, _ := http.NewRequest("GET", base+path, nil)
		if auth != nil {
			auth(req)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	bearer := func(r *http.Request) { r.Header.Set("Authorization", "Bearer r3ad") }
	basic := func(r *http.Request) { r.SetBasicAuth("", "r3ad") }
	for _, tc := range []struct {
		path string
		auth func(*http.Request)
		code int
	}{
		{"/api/search", nil, 401},
		{"/api/search", bearer, 200},
		{"/feed.atom", nil, 401},
		{"/feed.atom", basic, 200},
		{"/", nil, 401},
		{"/", basic, 200},
		{"/healthz", nil, 200},
	} {
		if code := get(tc.path, tc.auth); code != tc.code {
			t.Errorf("%s (auth %v): %d, want %d", tc.path, tc.auth != nil, code, tc.code)
		}
	}
	cancel()
	select {
	case code := <-exit:
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop on cancel")
	}
}
