package ingest

import (
	"maps"
	"sync"
)

// Stats counts what a Run did.
type Stats struct {
	Read      int64            // Docs the source returned
	Processed int64            // Docs process accepted (and, with a Checkpoint, marked done)
	Seen      int64            // Docs skipped because the Checkpoint had them done
	Failed    int64            // Docs whose processing failed (retried on the next run)
	Canceled  int64            // Docs in flight when the context was cancelled (retried on the next run)
	Skipped   int64            // bad items the source skipped (malformed, too large, ...)
	Reasons   map[string]int64 // Failed and Skipped by reason, e.g. "malformed", "too-large"
}

// counters is the concurrency-safe Stats behind a Run.
type counters struct {
	mu sync.Mutex
	s  Stats
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
	return s
}
