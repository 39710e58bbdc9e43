package server

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/server/internal/memstore"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/storetest"
)

// fakeAnalyzer returns a fixed analysis of whatever it is given and
// remembers the last input.
type fakeAnalyzer struct {
	mu   sync.Mutex
	last marsad.Input
}

func (f *fakeAnalyzer) Analyze(ctx context.Context, in marsad.Input) (*marsad.Analysis, error) {
	f.mu.Lock()
	f.last = in
	f.mu.Unlock()
	if strings.TrimSpace(string(in.Data)) == "no body" {
		return nil, document.ErrNoBody
	}
	an := storetest.Corpus()[2].Article().Analysis
	an.Body = string(in.Data)
	return an, nil
}

func (f *fakeAnalyzer) input() marsad.Input {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.last
}

// loadedStore returns an in-memory store holding the storetest corpus.
func loadedStore(tb testing.TB) store.Store {
	tb.Helper()
	st := memstore.New()
	for _, f := range storetest.Corpus() {
		if _, err := st.Put(context.Background(), f.Article()); err != nil {
			tb.Fatal(err)
		}
	}
	return st
}

// newTestServer returns a Server over the corpus with a fake analyzer.
func newTestServer(tb testing.TB, cfg Config) (*Server, *fakeAnalyzer) {
	tb.Helper()
	az := &fakeAnalyzer{}
	return New(cfg, loadedStore(tb), az), az
}

// do serves one request and returns the recorded answer.
func do(h http.Handler, method, target string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
