package ingest

import (
	"maps"
	"slices"
	"sync"
)

// Stats counts what a Run did.
type Stats struct {
	Read      int64            // Docs the source returned
	Processed int64            // Docs process accepted (and, with a Checkpoint, marked done)
	Seen      int64            // Docs skipped because the Checkpoint had them done
	Failed    int64            // Docs whose processing failed (retried on the next run)
	Canceled  int64            // Docs in flight when the context was cancelled (retried on the next run)
	Skipped   int64            // items the source skipped (malformed, too large, a WARC's redirects, ...)
	Rejected  int64            // of Skipped, the bad input (not routine skips such as redirects or 304s)
	Reasons   map[string]int64 // Failed and Skipped by reason, e.g. "malformed", "too-large"
	// Unreadable lists the keys of named sources (a file, directory or URL
	// of the command line, a feed) that could not be read at all.
	Unreadable []string
}

// Failures is what Config.MaxFailures counts: failed documents and bad
// input skipped by the source.
func (s Stats) Failures() int64 { return s.Failed + s.Rejected }

// Stored is how many documents are in the store after the run: processed
// now or found done by the Checkpoint.
func (s Stats) Stored() int64 { return s.Processed + s.Seen }

// counters is the concurrency-safe Stats behind a Run.
type counters struct {
	mu          sync.Mutex
	s           Stats
	stop        func(cause error) // cancels the run (first cause kept)
	maxFailures int64
}

func (c *counters) snapshotFailures() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.s.Failures()
}

func (c *counters) add(f func(s *Stats)) {
	c.mu.Lock()
	f(&c.s)
	c.mu.Unlock()
}

func (c *counters) reason(r string) {
	if c.s.Reasons == nil {
		c.s.Reasons = make(map[string]int64)
	}
	c.s.Reasons[r]++
}

func (c *counters) snapshot() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.s
	s.Reasons = maps.Clone(c.s.Reasons)
	s.Unreadable = slices.Clone(c.s.Unreadable)
	return s
}
