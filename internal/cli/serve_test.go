package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/schema"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"extra argument", []string{"serve", "x"}, 2, "unexpected argument"},
		{"bad max body", []string{"serve", "--max-body", "0"}, 2, "--max-body"},
		{"no database", []string{"serve", "--db", filepath.Join(t.TempDir(), "none.db")}, 1, "no such database"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(t, "", tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.err) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.err)
			}
		})
	}
}

func TestServe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	storetest.Load(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr}
	exit := make(chan int, 1)
	go func() {
		exit <- Main(ctx, []string{"serve", "--db", path, "--addr", "127.0.0.1:0", "--token", "tk"}, env)
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

	resp, err := http.Get(base + "/api/search?q=" + url.QueryEscape("سرت"))
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ Total int }
	err = json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 || res.Total != 3 {
		t.Fatalf("search: %d total %d err %v", resp.StatusCode, res.Total, err)
	}

	req, _ := http.NewRequest("POST", base+"/api/analyze?date=2018-03-14", strings.NewReader("السراج: الوضع تحت السيطرة\n\nقال فايز السراج رئيس المجلس الرئاسي في طرابلس أمس إن الوضع تحت السيطرة، وأضاف أن الحكومة ستواصل العمل مع الشركاء الدوليين."))
	req.Header.Set("Authorization", "Bearer tk")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("analyze: %d %s", resp.StatusCode, body)
	}
	if err := schema.ValidateAnalysis(body); err != nil {
		t.Errorf("analysis: %v", err)
	}

	// Any text is an article: one paragraph in {"text": …} is a body with
	// no title (issue #17: 422).
	req, _ = http.NewRequest("POST", base+"/api/analyze", strings.NewReader(`{"text": "قال فايز السراج رئيس المجلس الرئاسي في طرابلس أمس إن الوضع تحت السيطرة."}`))
	req.Header.Set("Authorization", "Bearer tk")
	req.Header.Set("Content-Type", "application/json")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var one struct{ Title, Body string }
	err = json.NewDecoder(resp.Body).Decode(&one)
	resp.Body.Close()
	if resp.StatusCode != 200 || err != nil || one.Title != "" || !strings.HasPrefix(one.Body, "قال فايز السراج") {
		t.Errorf("one-paragraph text: %d %+v %v", resp.StatusCode, one, err)
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
