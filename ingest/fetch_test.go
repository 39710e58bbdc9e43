package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// testFetcher allows 127.0.0.1 (httptest) and has no rate limit unless set.
func testFetcher(cfg FetcherConfig) *Fetcher {
	cfg.AllowPrivate = true
	if cfg.MinInterval == 0 {
		cfg.MinInterval = -1
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 5 * time.Second
	}
	return NewFetcher(cfg)
}

func newServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h) // listens on 127.0.0.1 only
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchOKAndConditional(t *testing.T) {
	var hits, notModified atomic.Int32
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		hits.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<p>خبر</p>")
	}))
	vc := &MemoryValidators{}
	f := testFetcher(FetcherConfig{Validators: vc})
	ctx := context.Background()
	d, err := f.Fetch(ctx, srv.URL+"/a")
	if err != nil {
		t.Fatal(err)
	}
	if string(d.Data) != "<p>خبر</p>" || d.Format != "html" || d.Key != "url:"+srv.URL+"/a" || d.Validators.ETag != `"v1"` || d.Fetched.IsZero() {
		t.Fatalf("doc = %+v", d)
	}
	// Not remembered yet: a second fetch is unconditional.
	if _, err := f.Fetch(ctx, srv.URL+"/a"); err != nil {
		t.Fatal(err)
	}
	if err := f.Remember(ctx, d); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Fetch(ctx, srv.URL+"/a"); !errors.Is(err, ErrNotModified) {
		t.Fatalf("err = %v, want ErrNotModified", err)
	}
	if hits.Load() != 3 || notModified.Load() != 1 {
		t.Errorf("hits=%d 304s=%d", hits.Load(), notModified.Load())
	}
}

func TestFetchErrors(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: marsad\nDisallow: /private\n")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Path+"x", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/private/x", http.StatusFound) })
	huge := func(w http.ResponseWriter, r *http.Request) { // 1 GB, streamed
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>x</p>"), 4096)
		for sent := 0; sent < 1<<30; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}
	mux.HandleFunc("/huge", huge)
	mux.HandleFunc("/huge-cl", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(1<<30))
		huge(w, r)
	})
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write(make([]byte, 16<<20)) // 16 MiB of zeros → ~16 KiB: 16 times the cap
	zw.Close()
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		w.Write(bomb.Bytes())
	})
	mux.HandleFunc("/status/503", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) })
	mux.HandleFunc("/status/404", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(404) })
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("PNG"))
	})
	srv := newServer(t, mux)
	f := testFetcher(FetcherConfig{Timeout: 300 * time.Millisecond, MaxBodyBytes: 1 << 20})

	tests := []struct {
		name    string
		url     string
		want    error
		maxTime time.Duration
	}{
		{"timeout", srv.URL + "/slow", ErrTransient, 3 * time.Second},
		{"redirect loop", srv.URL + "/loop/a", ErrTooManyRedirects, time.Second},
		{"redirect chain", srv.URL + "/chain/", ErrTooManyRedirects, time.Second},
		{"redirect to ftp", srv.URL + "/to-ftp", ErrScheme, time.Second},
		{"redirect into robots disallow", srv.URL + "/to-private", ErrRobots, time.Second},
		{"1 GB body", srv.URL + "/huge", ErrTooLarge, 3 * time.Second},
		{"1 GB Content-Length", srv.URL + "/huge-cl", ErrTooLarge, time.Second},
		{"gzip bomb", srv.URL + "/bomb", ErrTooLarge, 3 * time.Second},
		{"robots disallow", srv.URL + "/private/page", ErrRobots, time.Second},
		{"503", srv.URL + "/status/503", ErrTransient, time.Second},
		{"404", srv.URL + "/status/404", ErrHTTPStatus, time.Second},
		{"image", srv.URL + "/image", ErrSkipped, time.Second},
		{"file scheme", "file:///etc/passwd", ErrScheme, time.Second},
		{"no host", "http:///x", ErrScheme, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := f.Fetch(context.Background(), tt.url)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if el := time.Since(start); el > tt.maxTime {
				t.Errorf("took %v, want < %v", el, tt.maxTime)
			}
		})
	}
}

func TestFetchRefusesPrivate(t *testing.T) {
	var hits atomic.Int32
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	f := NewFetcher(FetcherConfig{MinInterval: -1, Timeout: 2 * time.Second})
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	for _, u := range []string{srv.URL + "/x", "http://localhost" + port + "/x", "http://[::ffff:127.0.0.1]" + port + "/"} {
		t.Run(u, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), u)
			if !errors.Is(err, ErrForbiddenAddress) || errors.Is(err, ErrRobots) || reasonOf(err) != "forbidden-address" {
				t.Fatalf("err = %v (reason %s), want ErrForbiddenAddress, not robots", err, reasonOf(err))
			}
		})
	}
	// With robots ignored, the page dial itself is refused.
	f = NewFetcher(FetcherConfig{MinInterval: -1, Timeout: 2 * time.Second, IgnoreRobots: true})
	if _, err := f.Fetch(context.Background(), srv.URL+"/x"); !errors.Is(err, ErrForbiddenAddress) {
		t.Fatalf("err = %v, want ErrForbiddenAddress", err)
	}
	if hits.Load() != 0 {
		t.Errorf("server was reached %d times", hits.Load())
	}
}

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"8.8.8.8", true}, {"2a00:1450:4001::1", true},
		{"127.0.0.1", false}, {"10.1.2.3", false}, {"172.16.0.1", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"0.0.0.0", false}, {"100.64.0.1", false}, {"::1", false},
		{"fe80::1", false}, {"fc00::1", false}, {"::ffff:127.0.0.1", false}, {"::ffff:10.0.0.1", false},
		{"224.0.0.1", false}, {"255.255.255.255", false}, {"64:ff9b::a00:1", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := publicAddr(netip.MustParseAddr(tt.addr)); got != tt.want {
				t.Errorf("publicAddr(%s) = %v", tt.addr, got)
			}
			if err := dialControl(nil)("tcp", netip.AddrPortFrom(netip.MustParseAddr(tt.addr), 80).String(), nil); (err == nil) != tt.want {
				t.Errorf("dialControl = %v", err)
			}
		})
	}
}

func TestFetchRobotsCachedAndUnavailable(t *testing.T) {
	var robotsHits atomic.Int32
	status := http.StatusOK
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			w.WriteHeader(status)
			fmt.Fprint(w, "User-agent: *\nDisallow: /no\n")
			return
		}
		fmt.Fprint(w, "ok")
	}))
	f := testFetcher(FetcherConfig{})
	for range 3 {
		if _, err := f.Fetch(context.Background(), srv.URL+"/yes"); err != nil {
			t.Fatal(err)
		}
	}
	if robotsHits.Load() != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", robotsHits.Load())
	}
	status = http.StatusInternalServerError // unreachable robots.txt: disallow all
	f = testFetcher(FetcherConfig{})
	if _, err := f.Fetch(context.Background(), srv.URL+"/yes"); !errors.Is(err, ErrRobots) {
		t.Errorf("err = %v, want ErrRobots", err)
	}
}

func TestFetchRateLimit(t *testing.T) {
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
	f := testFetcher(FetcherConfig{MinInterval: 100 * time.Millisecond, IgnoreRobots: true})
	start := time.Now()
	for range 3 {
		if _, err := f.Fetch(context.Background(), srv.URL+"/"); err != nil {
			t.Fatal(err)
		}
	}
	if el := time.Since(start); el < 200*time.Millisecond {
		t.Errorf("3 fetches took %v, want >= 200ms", el)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	f2 := testFetcher(FetcherConfig{MinInterval: time.Hour, IgnoreRobots: true})
	f2.Fetch(ctx, srv.URL+"/")
	if _, err := f2.Fetch(ctx, srv.URL+"/"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want deadline exceeded while waiting for the rate limit", err)
	}
}

// TestFetchRedirectToPrivate: a public page that redirects to a private
// address is refused with the forbidden-address reason (issue #12: it was
// reported as "robots"), and the private server is never reached.
func TestFetchRedirectToPrivate(t *testing.T) {
	var privateHits atomic.Int32
	private := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { privateHits.Add(1) }))
	public := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/hop":
			http.Redirect(w, r, "/to-private", http.StatusFound)
		default:
			http.Redirect(w, r, private.URL+"/secret", http.StatusFound)
		}
	}))
	pub := netip.MustParseAddrPort(strings.TrimPrefix(public.URL, "http://"))
	f := NewFetcher(FetcherConfig{MinInterval: -1, Timeout: 2 * time.Second, public: func(ap netip.AddrPort) bool { return ap == pub }})
	for _, u := range []string{public.URL + "/to-private", public.URL + "/hop"} {
		t.Run(u, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), u)
			if !errors.Is(err, ErrForbiddenAddress) || reasonOf(err) != "forbidden-address" {
				t.Fatalf("err = %v (reason %s), want forbidden-address", err, reasonOf(err))
			}
		})
	}
	if privateHits.Load() != 0 {
		t.Errorf("the private server was reached %d times", privateHits.Load())
	}
}
