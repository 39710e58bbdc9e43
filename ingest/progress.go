package ingest

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// isTerminal reports whether w is a character device (a terminal), without
// depending on golang.org/x/term.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// startProgress starts reporting progress as cfg says and returns the
// function that stops it and prints the final state.
func startProgress(ctx context.Context, cfg Config, src Source, c *counters) func(Stats) {
	start := time.Now()
	if cfg.Progress == nil {
		return func(s Stats) { logSummary(cfg, s, time.Since(start)) }
	}
	tty := isTerminal(cfg.Progress)
	every := cfg.ProgressEvery
	if every <= 0 {
		every = 10 * time.Second
		if tty {
			every = 500 * time.Millisecond
		}
	}
	pr, _ := src.(ProgressReporter)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	report := func(final bool) {
		s := c.snapshot()
		if tty {
			fmt.Fprint(cfg.Progress, "\r"+progressLine(s, pr, time.Since(start)))
			if final {
				fmt.Fprintln(cfg.Progress)
			}
			return
		}
		if !final {
			args := statsArgs(s, time.Since(start))
			if pr != nil {
				done, total := pr.Progress()
				args = append(args, "bytes_done", done, "bytes_total", total)
			}
			cfg.Logger.Info("ingest: progress", args...)
		}
	}
	wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				report(false)
			case <-stop:
				return
			case <-ctx.Done():
				return
			}
		}
	})
	return func(s Stats) {
		close(stop)
		wg.Wait()
		report(true)
		logSummary(cfg, s, time.Since(start))
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

// progressLine renders one terminal status line: a bar with percent and ETA
// when the source knows its size, counters and rate always.
func progressLine(s Stats, pr ProgressReporter, elapsed time.Duration) string {
	var b strings.Builder
	if pr != nil {
		done, total := pr.Progress()
		if total > 0 {
			frac := min(float64(done)/float64(total), 1)
			const width = 24
			n := int(frac * width)
			b.WriteString("[" + strings.Repeat("=", n) + strings.Repeat(" ", width-n) + "] ")
			fmt.Fprintf(&b, "%5.1f%% ", frac*100)
			if frac > 0 && frac < 1 {
				eta := time.Duration(float64(elapsed) * (1 - frac) / frac)
				fmt.Fprintf(&b, "ETA %s ", eta.Round(time.Second))
			}
		}
	}
	fmt.Fprintf(&b, "%d docs %.0f/s, %d seen, %d failed, %d skipped   ",
		s.Processed, rate(s.Processed+s.Seen, elapsed), s.Seen, s.Failed, s.Skipped)
	return b.String()
}
