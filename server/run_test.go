package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
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
