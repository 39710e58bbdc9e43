package store_test

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/marsad/marsad/store"
)

// batchStore records the batches PutBatch is given (and the Puts, when
// used as a plain Store), failing the batches that hold an article with
// the ID in failOn.
type batchStore struct {
	store.Store // nil: only Put and PutBatch are called
	mu          sync.Mutex
	batches     [][]string
	puts        []string
	failOn      string
}

func (s *batchStore) PutBatch(_ context.Context, arts []*store.Article) ([]store.PutOutcome, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	outs := make([]store.PutOutcome, len(arts))
	for i, a := range arts {
		if a.ID == s.failOn {
			return nil, errors.New("disk full")
		}
		ids = append(ids, a.ID)
		outs[i].PutResult = store.PutResult{ID: a.ID, Created: true}
		if a.ID == "bad" {
			outs[i] = store.PutOutcome{Err: store.ErrInvalid}
		}
	}
	s.batches = append(s.batches, ids)
	return outs, nil
}

func (s *batchStore) sizes() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []int
	for _, b := range s.batches {
		out = append(out, len(b))
	}
	return out
}

// plainStore is a Store without PutBatch.
type plainStore struct {
	store.Store // nil: only Put is called
	bs          *batchStore
}

func (p plainStore) Put(_ context.Context, a *store.Article) (store.PutResult, error) {
	p.bs.mu.Lock()
	defer p.bs.mu.Unlock()
	p.bs.puts = append(p.bs.puts, a.ID)
	return store.PutResult{ID: a.ID, Created: true}, nil
}

func art(i int) *store.Article { return &store.Article{ID: "a" + strconv.Itoa(i), Body: "نص"} }

func TestWriterBatches(t *testing.T) {
	tests := []struct {
		name string
		cfg  store.WriterConfig
		n    int
		body int // bytes of each body
		want []int
	}{
		// The first batches grow from one article: a store that cannot be
		// written is found at once.
		{"count", store.WriterConfig{MaxArticles: 4, MaxDelay: time.Hour}, 14, 1, []int{1, 2, 4, 4, 3}},
		{"bytes", store.WriterConfig{MaxArticles: 100, MaxBytes: 25, MaxDelay: time.Hour}, 8, 10, []int{1, 2, 2, 2, 1}},
		{"larger than MaxBytes alone", store.WriterConfig{MaxArticles: 100, MaxBytes: 5, MaxDelay: time.Hour}, 3, 10, []int{1, 1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bs := &batchStore{}
			w := store.NewWriter(t.Context(), bs, tc.cfg)
			var created sync.WaitGroup
			for i := range tc.n {
				a := art(i)
				a.Body = string(make([]byte, tc.body))
				created.Add(1)
				if err := w.Add(t.Context(), a, func(res store.PutResult, err error) {
					if err != nil || !res.Created || res.ID != a.ID {
						t.Errorf("%s: %+v, %v", a.ID, res, err)
					}
					created.Done()
				}); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			created.Wait()
			if got := bs.sizes(); !equal(got, tc.want) {
				t.Errorf("batches %v, want %v", got, tc.want)
			}
		})
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// An article added alone is written within MaxDelay, without a Flush.
func TestWriterDelay(t *testing.T) {
	bs := &batchStore{}
	w := store.NewWriter(t.Context(), bs, store.WriterConfig{MaxArticles: 100, MaxDelay: 20 * time.Millisecond})
	defer w.Close()
	stored := make(chan struct{})
	if err := w.Add(t.Context(), art(1), func(store.PutResult, error) { close(stored) }); err != nil {
		t.Fatal(err)
	}
	select {
	case <-stored:
	case <-time.After(10 * time.Second):
		t.Fatal("not written after its MaxDelay")
	}
}

func TestWriterFlush(t *testing.T) {
	bs := &batchStore{}
	w := store.NewWriter(t.Context(), bs, store.WriterConfig{MaxArticles: 100, MaxDelay: time.Hour})
	for i := range 3 {
		if err := w.Add(t.Context(), art(i), nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := bs.sizes(); !equal(got, []int{1, 2}) { // the first batches grow from one
		t.Fatalf("after Flush: batches %v", got)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Add(t.Context(), art(9), nil); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Add after Close: %v, want ErrClosed", err)
	}
	if err := w.Flush(t.Context()); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Flush after Close: %v, want ErrClosed", err)
	}
	if err := w.Add(t.Context(), nil, nil); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Add(nil): %v, want ErrInvalid", err)
	}
}

// A batch that fails as a whole stops the Writer: its articles and every
// later one fail with its error; an article that fails alone does not.
func TestWriterError(t *testing.T) {
	bs := &batchStore{failOn: "a3"}
	w := store.NewWriter(t.Context(), bs, store.WriterConfig{MaxArticles: 2, MaxDelay: time.Hour})
	// Batches: [bad], [a1 a2], then a3's fails.
	var mu sync.Mutex
	errs := map[string]error{}
	add := func(a *store.Article) error {
		return w.Add(t.Context(), a, func(_ store.PutResult, err error) {
			mu.Lock()
			errs[a.ID] = err
			mu.Unlock()
		})
	}
	for _, a := range []*store.Article{{ID: "bad"}, art(1), art(2), art(3)} {
		if err := add(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(t.Context()); err == nil {
		t.Fatal("Flush after a failed batch: nil error")
	}
	if err := add(art(4)); err == nil {
		t.Error("Add after a failed batch: nil error")
	}
	if err := w.Close(); err == nil || err.Error() != "disk full" {
		t.Errorf("Close: %v, want the batch's error", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !errors.Is(errs["bad"], store.ErrInvalid) || errs["a1"] != nil || errs["a2"] != nil {
		t.Errorf("first batches: %v", errs)
	}
	if errs["a3"] == nil {
		t.Errorf("failed batch: %v", errs)
	}
}

// A Store without PutBatch is written one Put at a time.
func TestWriterPlainStore(t *testing.T) {
	bs := &batchStore{}
	w := store.NewWriter(t.Context(), plainStore{bs: bs}, store.WriterConfig{})
	for i := range 5 {
		if err := w.Add(t.Context(), art(i), nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if len(bs.puts) != 5 || len(bs.batches) != 0 {
		t.Errorf("puts %v, batches %v", bs.puts, bs.batches)
	}
}

// failingStore is a Store without PutBatch whose Put fails: the disk is
// full, or the article is invalid.
type failingStore struct {
	store.Store // nil: only Put is called
	puts        int
}

func (f *failingStore) Put(_ context.Context, a *store.Article) (store.PutResult, error) {
	f.puts++
	if a.ID == "bad" {
		return store.PutResult{}, store.ErrInvalid
	}
	return store.PutResult{}, syscall.ENOSPC
}

// With a store that is not a Batcher, a Put that fails for its article
// fails alone; one that fails otherwise stops the Writer.
func TestWriterPlainStoreError(t *testing.T) {
	fs := &failingStore{}
	w := store.NewWriter(t.Context(), fs, store.WriterConfig{MaxArticles: 4, MaxDelay: time.Hour})
	if err := w.Add(t.Context(), &store.Article{ID: "bad"}, nil); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(t.Context()); err != nil {
		t.Fatalf("Flush after an invalid article: %v", err)
	}
	for i := range 3 {
		_ = w.Add(t.Context(), art(i), nil)
	}
	if err := w.Close(); !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("Close: %v, want ENOSPC", err)
	}
	if fs.puts != 2 {
		t.Errorf("%d Puts, want 2: none after the one that failed", fs.puts)
	}
}

// Once the Writer's context is done, what is left fails with its error.
func TestWriterCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	bs := &batchStore{}
	w := store.NewWriter(ctx, bs, store.WriterConfig{MaxDelay: time.Hour})
	if err := w.Add(t.Context(), art(1), nil); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := w.Close(); !errors.Is(err, context.Canceled) {
		t.Errorf("Close: %v, want context.Canceled", err)
	}
	if len(bs.batches) != 0 {
		t.Errorf("batches written after cancel: %v", bs.batches)
	}
}
