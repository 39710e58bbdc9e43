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
// for a retry within the run; one wrapping ErrFatal stops the whole run at
// once; any other error marks the Doc failed (it is not checkpointed, so the
// next run retries it).
type ProcessFunc func(ctx context.Context, d Doc) error

// Config configures Run. Zero fields take defaults.
type Config struct {
	Workers      int           // concurrent process calls; default runtime.GOMAXPROCS(0)
	Retries      int           // extra attempts for ErrTransient errors; default 2, -1 for none
	RetryBackoff time.Duration // wait before the first retry, doubled after each; default 500ms
	Checkpoint   Checkpoint    // optional: skip Docs already done, mark Docs done
	// MaxFailures stops the run, with ErrTooManyFailures, once that many
	// Docs have failed or bad items been skipped (Stats.Failures); 0: never.
	MaxFailures int64
	Logger      *slog.Logger // per-Doc failures, skips and progress lines; default slog.Default()
	// Progress receives a live progress bar when it is a terminal (give a
	// *Console to keep log lines above it), else a plain line every
	// ProgressEvery. The caller then prints the summary at the end. Nil: no
	// progress, and the summary is logged at Info ("ingest: done").
	Progress      io.Writer
	ProgressEvery time.Duration // default 200ms for the bar, 10s for plain lines

	forceBar bool // tests: draw the bar on a Progress that is no terminal
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
// started Doc has finished, when the source fails (error wrapped), when ctx
// is cancelled (the returned error wraps ctx.Err(); Docs in flight see the
// cancelled context and are not checkpointed), when a Doc fails with an
// error wrapping ErrFatal (returned wrapped; Docs in flight are cancelled
// the same way), or when cfg.MaxFailures is reached (ErrTooManyFailures).
func Run(ctx context.Context, cfg Config, src Source, process ProcessFunc) (Stats, error) {
	cfg = cfg.withDefaults()
	var c counters
	stopProgress := startProgress(ctx, cfg, src, &c)
	parent := ctx
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	c.stop = stop
	c.maxFailures = cfg.MaxFailures

	jobs := make(chan Doc, cfg.Workers)
	var wg sync.WaitGroup
	for range cfg.Workers {
		wg.Go(func() {
			for d := range jobs {
				handle(ctx, cfg, &c, d, process)
			}
		})
	}

	var srcErr error
read:
	for {
		d, err := src.Next(ctx)
		switch {
		case err == nil:
		case err == io.EOF:
			break read
		case ctx.Err() != nil:
			break read
		case errors.Is(err, ErrSkipped):
			c.skipped(ctx, cfg, err)
			continue
		default:
			srcErr = fmt.Errorf("ingest: source: %w", err) // Docs read so far still finish
			break read
		}
		c.add(func(s *Stats) { s.Read++ })
		select {
		case jobs <- d:
		case <-ctx.Done():
			c.add(func(s *Stats) { s.Canceled++ })
			break read
		}
	}
	close(jobs)
	wg.Wait()
	st := c.snapshot()
	stopProgress(st)
	switch cause := context.Cause(ctx); {
	case parent.Err() != nil:
		return st, fmt.Errorf("ingest: run canceled: %w", parent.Err())
	case cause != nil:
		return st, cause
	}
	return st, srcErr
}

// skipped counts and logs one item the source skipped.
func (c *counters) skipped(ctx context.Context, cfg Config, err error) {
	r := reasonOf(err)
	var se *SkipError
	named := errors.As(err, &se) && se.Named && r != "not-modified"
	bad := named || !benign(r)
	c.add(func(s *Stats) {
		s.Skipped++
		c.reason(r)
		if bad {
			s.Rejected++
		}
		if named {
			s.Unreadable = append(s.Unreadable, se.Key)
		}
	})
	level := slog.LevelWarn
	if !bad {
		level = slog.LevelDebug
	}
	cfg.Logger.Log(ctx, level, "ingest: skipped", "reason", r, "err", err)
	if bad {
		c.checkFailures()
	}
}

// halt stops the run with err, the first such error winning.
func (c *counters) halt(err error) { c.stop(err) }

// checkFailures halts the run once MaxFailures is reached.
func (c *counters) checkFailures() {
	if c.maxFailures <= 0 {
		return
	}
	if n := c.snapshotFailures(); n >= c.maxFailures {
		c.halt(fmt.Errorf("%w: %d documents failed or were bad input (--max-failures %d)", ErrTooManyFailures, n, c.maxFailures))
	}
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
		if err == nil || !errors.Is(err, ErrTransient) || errors.Is(err, ErrFatal) || attempt >= cfg.Retries || ctx.Err() != nil {
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
	if errors.Is(err, ErrFatal) {
		// Not this document's fault: it is counted as cancelled, like the
		// others in flight, and the run stops with err.
		c.add(func(s *Stats) { s.Canceled++ })
		c.halt(fmt.Errorf("ingest: stopped at %s: %w", d.Key, err))
		return
	}
	if reason == "" {
		reason = reasonOf(err)
	}
	c.add(func(s *Stats) { s.Failed++; c.reason(reason) })
	cfg.Logger.Warn("ingest: failed", "key", d.Key, "reason", reason, "err", err)
	c.checkFailures()
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
