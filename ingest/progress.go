package ingest

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// isTerminal reports whether w is a character device (a terminal), without
// depending on golang.org/x/term. A *Console is judged by its output.
func isTerminal(w io.Writer) bool {
	if c, ok := w.(*Console); ok {
		w = c.out
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// Console is a terminal (or log file) shared by the progress of a Run and
// log lines: give it as Config.Progress and write logs through it, and
// while a progress bar is drawn the log lines are printed above the bar
// instead of through it. It is safe for concurrent use.
type Console struct {
	mu  sync.Mutex
	out io.Writer
	bar *mpb.Progress // non-nil while a bar is drawn
}

// NewConsole returns a Console writing to out.
func NewConsole(out io.Writer) *Console { return &Console{out: out} }

// Write writes p above the progress bar, if one is drawn, else to the
// output.
func (c *Console) Write(p []byte) (int, error) {
	c.mu.Lock()
	bar := c.bar
	c.mu.Unlock()
	if bar != nil {
		if n, err := bar.Write(p); err == nil {
			return n, nil
		}
	}
	return c.out.Write(p)
}

func (c *Console) attach(p *mpb.Progress) {
	c.mu.Lock()
	c.bar = p
	c.mu.Unlock()
}

// startProgress starts reporting progress as cfg says and returns the
// function that stops it. On a terminal it draws a bar (mpb) with the
// share of the input read, the documents done, their rate, what failed
// and the time left; elsewhere it writes a plain line every
// cfg.ProgressEvery (default 10 s). The summary at the end is the
// caller's; without cfg.Progress, Run logs one ("ingest: done").
func startProgress(ctx context.Context, cfg Config, src Source, c *counters) func(Stats) {
	start := time.Now()
	if cfg.Progress == nil {
		return func(s Stats) { logSummary(cfg, s, time.Since(start)) }
	}
	pr, _ := src.(ProgressReporter)
	if isTerminal(cfg.Progress) || cfg.forceBar {
		return startBar(ctx, cfg, pr, c, start)
	}
	every := cfg.ProgressEvery
	if every <= 0 {
		every = 10 * time.Second
	}
	stop := tick(ctx, every, false, func() {
		fmt.Fprintln(cfg.Progress, "ingest: "+progressLine(c.snapshot(), pr, time.Since(start)))
	})
	return func(Stats) { stop() }
}

// tick calls fn every d (first at once when now is set) until the
// returned stop func is called or ctx is done; stop waits for fn to return.
func tick(ctx context.Context, d time.Duration, now bool, fn func()) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(d)
		defer t.Stop()
		if now {
			fn()
		}
		for {
			select {
			case <-t.C:
				fn()
			case <-done:
				return
			case <-ctx.Done():
				return
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}

// startBar draws the terminal progress bar until the returned func is
// called.
func startBar(ctx context.Context, cfg Config, pr ProgressReporter, c *counters, start time.Time) func(Stats) {
	every := cfg.ProgressEvery
	if every <= 0 {
		every = 200 * time.Millisecond
	}
	out := cfg.Progress
	console, _ := out.(*Console)
	if console != nil {
		out = console.out
	}
	p := mpb.NewWithContext(ctx, mpb.WithOutput(out), mpb.WithRefreshRate(every), mpb.WithWidth(32),
		mpb.ContainerOptional(mpb.ForceAutoRefresh(), cfg.forceBar))
	counts := decor.Any(func(decor.Statistics) string {
		s := c.snapshot()
		return docsLine(s, time.Since(start))
	})
	var bar *mpb.Bar
	if pr != nil {
		// Built with no total, so that it completes when the run ends, not
		// when the last byte is read (documents are still in flight then).
		bar = p.New(0, mpb.BarStyle().Lbound("[").Rbound("]"),
			mpb.PrependDecorators(decor.Name("ingest "), decor.Percentage(decor.WCSyncSpace)),
			mpb.AppendDecorators(counts, decor.OnComplete(decor.Name(", ETA "), ""), decor.OnComplete(decor.AverageETA(decor.ET_STYLE_GO), "")),
		)
	} else {
		bar = p.New(0, mpb.SpinnerStyle(), mpb.PrependDecorators(decor.Name("ingest ")), mpb.AppendDecorators(counts))
	}
	if console != nil {
		console.attach(p)
	}
	stop := tick(ctx, every, true, func() {
		if pr == nil {
			return
		}
		if done, total := pr.Progress(); total > 0 {
			bar.SetTotal(total, false)
			bar.SetCurrent(min(done, total))
		}
	})
	return func(Stats) {
		stop()
		if ctx.Err() != nil {
			bar.Abort(false)
		} else {
			bar.SetTotal(-1, true) // complete: the bar fills
		}
		if console != nil {
			console.attach(nil)
		}
		p.Wait()
	}
}

func statsArgs(s Stats, elapsed time.Duration) []any {
	args := []any{"read", s.Read, "processed", s.Processed, "seen", s.Seen, "failed", s.Failed,
		"skipped", s.Skipped, "canceled", s.Canceled, "elapsed", elapsed.Round(time.Millisecond),
		"docs_per_sec", rate(s.Processed+s.Seen, elapsed)}
	for r, n := range s.Reasons {
		args = append(args, "reason_"+r, n)
	}
	return args
}

func logSummary(cfg Config, s Stats, elapsed time.Duration) {
	cfg.Logger.Info("ingest: done", statsArgs(s, elapsed)...)
}

func rate(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(int64(float64(n)/d.Seconds()*10)) / 10
}

// docsLine is the count part of a progress report: documents done, their
// rate, and what went wrong so far.
func docsLine(s Stats, elapsed time.Duration) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d docs, %.1f/s", s.Processed+s.Seen, rate(s.Processed+s.Seen, elapsed))
	if s.Seen > 0 {
		fmt.Fprintf(&b, " (%d already stored)", s.Seen)
	}
	if s.Failed > 0 {
		fmt.Fprintf(&b, ", %d failed", s.Failed)
	}
	if s.Skipped > 0 {
		fmt.Fprintf(&b, ", %d skipped", s.Skipped)
	}
	return b.String()
}

// progressLine is one plain progress line: the documents, and the share
// of the input read with the time left when the source knows its size.
func progressLine(s Stats, pr ProgressReporter, elapsed time.Duration) string {
	line := docsLine(s, elapsed)
	if pr == nil {
		return line
	}
	done, total := pr.Progress()
	if total <= 0 {
		return line
	}
	frac := min(float64(done)/float64(total), 1)
	line += fmt.Sprintf("; %.1f%% of %s read", frac*100, HumanBytes(total))
	if frac > 0 && frac < 1 {
		eta := time.Duration(float64(elapsed) * (1 - frac) / frac)
		line += fmt.Sprintf(", about %s left", eta.Round(time.Second))
	}
	return line
}

// HumanBytes writes n bytes in B, KB, MB or GB (powers of 1024).
func HumanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
