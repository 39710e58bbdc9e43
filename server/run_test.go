package server

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/store"
)

// pausedStore is a store whose Stats takes a while.
type pausedStore struct {
	store.Store
	started chan struct{}
}

func (p pausedStore) Stats(ctx context.Context) (store.Stats, error) {
	close(p.started)
	time.Sleep(200 * time.Millisecond)
	return p.Store.Stats(ctx)
}

func TestServeGracefulShutdown(t *testing.T) {
	ps := pausedStore{loadedStore(t), make(chan struct{})}
	s := New(Config{}, ps, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	resp, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"ok"`) {
		t.Fatalf("healthz: %d %s", resp.StatusCode, body)
	}

	// A request in flight when the context ends still gets its answer.
	slow := make(chan int, 1)
	go func() {
		resp, err := http.Get(base + "/api/stats")
		if err != nil {
			slow <- 0
			return
		}
		resp.Body.Close()
		slow <- resp.StatusCode
	}()
	<-ps.started
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if code := <-slow; code != 200 {
		t.Errorf("request in flight got %d", code)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("still serving after shutdown")
	}
}

func TestRunBadAddress(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	err := s.Run(context.Background(), "127.0.0.1:not-a-port")
	if err == nil || !strings.HasPrefix(err.Error(), "server: ") {
		t.Fatalf("Run: %v", err)
	}
}

// TestServeStalledBody: over a real connection, a request body that stops
// coming answers 408 once the read timeout passes (issue #12: 500), and is
// logged as a client error, not as a server failure.
func TestServeStalledBody(t *testing.T) {
	var logs syncLog
	s := New(Config{ReadTimeout: 300 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(&logs, nil))}, loadedStore(t), &fakeAnalyzer{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Serve(ctx, ln)
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// 10 bytes of a promised 1000, then nothing.
	fmt.Fprintf(conn, "POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n0123456789")
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	status, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil || !strings.Contains(status, " 408 ") {
		t.Fatalf("status line %q, err %v; want 408", status, err)
	}
	if l := logs.String(); !strings.Contains(l, "client error") || strings.Contains(l, "level=ERROR") {
		t.Errorf("log:\n%s", l)
	}
}

// syncLog is a log buffer safe for the server's goroutines.
type syncLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *syncLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *syncLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
