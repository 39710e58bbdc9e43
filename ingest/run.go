package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"time"
)

// ProcessFunc handles one Doc. Returning an error wrapping ErrTransient asks
// for a retry within the run; any other error marks the Doc failed (it is not
// checkpointed, so the next run retries it).
type ProcessFunc func(ctx context.Context, d Doc) error

// Config configures Run. Zero fields take defaults.
type Config struct {
	Workers      int           // concurrent process calls; default runtime.GOMAXPROCS(0)
	Retries      int           // extra attempts for ErrTransient errors; default 2, -1 for none
	RetryBackoff time.Duration // wait before the first retry, doubled after each; default 500ms
	Checkpoint   Checkpoint    // optional: skip Docs already done, mark Docs done
	Logger       *slog.Logger  // per-Doc failures, skips and progress lines; default slog.Default()
	// Progress receives a live progress bar when it is a terminal; otherwise
	// progress goes to Logger as structured lines. Nil: no progress output.
	Progress      io.Writer
	ProgressEvery time.Duration // default 500ms for the bar, 10s for log lines
}

func (c Config) withDefaults() Config {
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.Retries == 0 {
		c.Retries = 2
	}
	if c.Retries < 0 {
		c.Retries = 0
	}
	if c.RetryBackoff <= 0 {
		c.RetryBackoff = 500 * time.Millisecond
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// benign reports skips that are routine, not bad input: logged at debug
// level (still counted). A Common Crawl WARC is full of redirects and images.
func benign(reason string) bool {
	switch reason {
	case "http-status", "unsupported", "not-modified":
		return true
	}
	return false
}

// Run reads src to its end and calls process for each Doc on cfg.Workers
// goroutines. Bad source items and failed Docs are logged, counted by reason
// and do not stop the run. It returns when the source is exhausted and every
// started Doc has finished, when the source fails (error wrapped), or when
// ctx is cancelled (the returned error wraps ctx.Err(); Docs in flight see
// the cancelled context and are not checkpointed).
func Run(ctx context.Context, cfg Config, src Source, process ProcessFunc) (Stats, error) {
	cfg = cfg.withDefaults()
	var c counters
	stopProgress := startProgress(ctx, cfg, src, &c)

	jobs := make(chan Doc, cfg.Workers)
	var wg sync.WaitGroup
	for range cfg.Workers {
		wg.Go(func() {
			for d := range jobs {
				handle(ctx, cfg, &c, d, process)
			}
		})
	}

	var runErr error
read:
	for {
		d, err := src.Next(ctx)
		switch {
		case err == nil:
		case err == io.EOF:
			break read
		case ctx.Err() != nil:
			runErr = fmt.Errorf("ingest: run canceled: %w", ctx.Err())
			break read
		case errors.Is(err, ErrSkipped):
			r := reasonOf(err)
			c.add(func(s *Stats) { s.Skipped++; c.reason(r) })
			level := slog.LevelWarn
			if benign(r) {
				level = slog.LevelDebug
			}
			cfg.Logger.Log(ctx, level, "ingest: skipped", "reason", r, "err", err)
			continue
		default:
			runErr = fmt.Errorf("ingest: source: %w", err)
			break read
		}
		c.add(func(s *Stats) { s.Read++ })
		select {
		case jobs <- d:
		case <-ctx.Done():
			c.add(func(s *Stats) { s.Canceled++ })
			runErr = fmt.Errorf("ingest: run canceled: %w", ctx.Err())
			break read
		}
	}
	close(jobs)
	wg.Wait()
	st := c.snapshot()
	stopProgress(st)
	if runErr == nil && ctx.Err() != nil {
		runErr = fmt.Errorf("ingest: run canceled: %w", ctx.Err())
	}
	return st, runErr
}

// handle runs one Doc through the checkpoint and process, with retries.
func handle(ctx context.Context, cfg Config, c *counters, d Doc, process ProcessFunc) {
	if ctx.Err() != nil {
		c.add(func(s *Stats) { s.Canceled++ })
		return
	}
	if cfg.Checkpoint != nil {
		done, err := cfg.Checkpoint.Done(ctx, d)
		if err != nil {
			fail(ctx, cfg, c, d, fmt.Errorf("ingest: checkpoint: %w", err), "checkpoint")
			return
		}
		if done {
			c.add(func(s *Stats) { s.Seen++ })
			return
		}
	}
	backoff := cfg.RetryBackoff
	var err error
	for attempt := 0; ; attempt++ {
		err = safeProcess(ctx, d, process)
		if err == nil || !errors.Is(err, ErrTransient) || attempt >= cfg.Retries || ctx.Err() != nil {
			break
		}
		cfg.Logger.Debug("ingest: retrying", "key", d.Key, "attempt", attempt+1, "err", err)
		t := time.NewTimer(backoff)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
		}
		backoff *= 2
	}
	if err != nil {
		fail(ctx, cfg, c, d, err, "")
		return
	}
	if cfg.Checkpoint != nil {
		if err := cfg.Checkpoint.MarkDone(ctx, d); err != nil {
			fail(ctx, cfg, c, d, fmt.Errorf("ingest: checkpoint: %w", err), "checkpoint")
			return
		}
	}
	c.add(func(s *Stats) { s.Processed++ })
}

func fail(ctx context.Context, cfg Config, c *counters, d Doc, err error, reason string) {
	if ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		c.add(func(s *Stats) { s.Canceled++ })
		return
	}
	if reason == "" {
		reason = reasonOf(err)
	}
	c.add(func(s *Stats) { s.Failed++; c.reason(reason) })
	cfg.Logger.Warn("ingest: failed", "key", d.Key, "reason", reason, "err", err)
}

// safeProcess calls process, turning a panic into an error so one bad Doc
// cannot bring the run down.
func safeProcess(ctx context.Context, d Doc, process ProcessFunc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("ingest: process panicked: %v", r)
		}
	}()
	return process(ctx, d)
}
