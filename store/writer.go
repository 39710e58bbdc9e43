package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// WriterConfig bounds the batches of a Writer. Zero fields take defaults.
type WriterConfig struct {
	// MaxArticles is the most articles one transaction stores (default
	// 256).
	MaxArticles int
	// MaxBytes bounds the raw input, title and body bytes of the articles
	// of one transaction (default 32 MiB); an article larger than that
	// goes alone.
	MaxBytes int
	// MaxDelay is the longest an added article waits before its batch is
	// written (default 1 s): a slow trickle is still stored within it.
	MaxDelay time.Duration
}

func (c WriterConfig) withDefaults() WriterConfig {
	if c.MaxArticles <= 0 {
		c.MaxArticles = 256
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = 32 << 20
	}
	if c.MaxDelay <= 0 {
		c.MaxDelay = time.Second
	}
	return c
}

// Writer stores articles many to a transaction, on a goroutine of its
// own, for a bulk load such as an ingest. Unlike Store.Put, Writer.Add
// returns before the article is stored: an article is durable only once
// the done function given to Add has been called without an error, or
// Flush or Close has returned nil. A crash loses the articles of the batch
// being gathered (at most MaxArticles, or MaxDelay's worth), never part of
// one: each batch is one transaction. With a store that is not a Batcher,
// the Writer stores its batches one Put at a time.
//
// The first batches are small (1, 2, 4, ... articles, up to MaxArticles),
// so that a store that cannot be written is found at once, not after a
// full batch. A batch that fails as a whole (the disk is full, the
// database is gone; with a store that is not a Batcher, a Put that fails
// for another reason than its article, store.ErrInvalid) stops the
// Writer: that error is returned by every later Add, Flush and Close, and
// the articles still queued are not written. Its methods are safe for
// concurrent use.
type Writer struct {
	st  Store
	b   Batcher // nil: st does not write batches
	ctx context.Context
	cfg WriterConfig

	mu      sync.RWMutex // held for reading while sending on in; Close takes it to close in
	closed  bool
	in      chan writerMsg
	stopped chan struct{} // closed when loop returns

	errMu sync.Mutex
	err   error // the first batch that failed as a whole
}

// writerMsg is an article to store, or a Flush.
type writerMsg struct {
	art   *Article
	size  int
	done  func(PutResult, error)
	flush chan error
}

// NewWriter returns a Writer storing into s. ctx bounds every write: once
// it is done, the batches still to write fail with its error (give
// context.WithoutCancel(ctx) to have Close store what was added).
func NewWriter(ctx context.Context, s Store, cfg WriterConfig) *Writer {
	cfg = cfg.withDefaults()
	w := &Writer{st: s, ctx: ctx, cfg: cfg, in: make(chan writerMsg, cfg.MaxArticles), stopped: make(chan struct{})}
	w.b, _ = s.(Batcher)
	go w.loop()
	return w
}

// Add queues a to be stored with the next batch and returns, usually
// before a is stored; a must not be changed afterwards. done, if not nil,
// is called on the Writer's goroutine once a's batch is committed (with
// the PutResult Put would return) or has failed; it must be quick and
// must not call the Writer. Add blocks while a batch is full and the one
// before it is still being written, until ctx is done. It returns the
// error of an earlier batch that failed, and ErrClosed after Close.
func (w *Writer) Add(ctx context.Context, a *Article, done func(PutResult, error)) error {
	if a == nil {
		return fmt.Errorf("store: writer: %w: nil article", ErrInvalid)
	}
	return w.send(ctx, writerMsg{art: a, size: len(a.Raw) + len(a.Title) + len(a.Body), done: done})
}

// Flush returns once every article added before it is stored, with the
// error of the first batch that failed, if any.
func (w *Writer) Flush(ctx context.Context) error {
	reply := make(chan error, 1)
	if err := w.send(ctx, writerMsg{flush: reply}); err != nil {
		return err
	}
	select {
	case err := <-reply:
		return err
	case <-ctx.Done():
		return fmt.Errorf("store: writer: flush: %w", ctx.Err())
	}
}

// Close stores what was added, stops the Writer and returns the error of
// the first batch that failed, if any. It does not close the store.
func (w *Writer) Close() error {
	w.mu.Lock()
	if !w.closed {
		w.closed = true
		close(w.in)
	}
	w.mu.Unlock()
	<-w.stopped
	return w.Err()
}

// Err returns the error of the first batch that failed as a whole, or nil.
func (w *Writer) Err() error {
	w.errMu.Lock()
	defer w.errMu.Unlock()
	return w.err
}

func (w *Writer) send(ctx context.Context, m writerMsg) error {
	if err := w.Err(); err != nil {
		return err
	}
	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.closed {
		return fmt.Errorf("store: writer: %w", ErrClosed)
	}
	select {
	case w.in <- m:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("store: writer: %w", ctx.Err())
	}
}

// loop gathers articles into batches and writes each when it is full, when
// its first article has waited MaxDelay, at a Flush and at Close.
func (w *Writer) loop() {
	defer close(w.stopped)
	var (
		batch []writerMsg
		size  int
		most  = 1 // articles in the next batch: doubles up to MaxArticles
		timer = time.NewTimer(time.Hour)
		wait  <-chan time.Time // timer.C while a batch is gathered
	)
	timer.Stop()
	write := func() {
		if len(batch) > 0 {
			w.write(batch)
			most = min(2*most, w.cfg.MaxArticles)
		}
		clear(batch)
		batch, size, wait = batch[:0], 0, nil
		timer.Stop()
	}
	for {
		select {
		case m, ok := <-w.in:
			switch {
			case !ok:
				write()
				return
			case m.flush != nil:
				write()
				m.flush <- w.Err()
				continue
			}
			if len(batch) > 0 && size+m.size > w.cfg.MaxBytes {
				write()
			}
			batch = append(batch, m)
			size += m.size
			if len(batch) == 1 {
				timer.Reset(w.cfg.MaxDelay)
				wait = timer.C
			}
			if len(batch) >= most || size >= w.cfg.MaxBytes {
				write()
			}
		case <-wait:
			write()
		}
	}
}

// write stores one batch and reports each article's outcome.
func (w *Writer) write(batch []writerMsg) {
	report := func(m writerMsg, res PutResult, err error) {
		if m.done != nil {
			m.done(res, err)
		}
	}
	fail := func(err error) {
		w.errMu.Lock()
		if w.err == nil {
			w.err = err
		}
		w.errMu.Unlock()
		for _, m := range batch {
			report(m, PutResult{}, err)
		}
	}
	if err := w.Err(); err != nil {
		fail(err)
		return
	}
	if err := w.ctx.Err(); err != nil {
		fail(fmt.Errorf("store: writer: %w", err))
		return
	}
	if w.b == nil {
		for i, m := range batch {
			res, err := w.st.Put(w.ctx, m.art)
			if err != nil && !errors.Is(err, ErrInvalid) {
				batch = batch[i:]
				fail(err)
				return
			}
			report(m, res, err)
		}
		return
	}
	arts := make([]*Article, len(batch))
	for i, m := range batch {
		arts[i] = m.art
	}
	outs, err := w.b.PutBatch(w.ctx, arts)
	if err == nil && len(outs) != len(arts) {
		err = fmt.Errorf("store: writer: %d outcomes for %d articles", len(outs), len(arts))
	}
	if err != nil {
		fail(err)
		return
	}
	for i, m := range batch {
		report(m, outs[i].PutResult, outs[i].Err)
	}
}
