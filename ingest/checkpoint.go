package ingest

import (
	"context"
	"sync"
)

// Checkpoint remembers which Docs were fully processed, so a rerun skips
// them. The caller implements it, typically over its store: keyed by
// Doc.Hash (content) or Doc.Key (position in the source).
//
// Run calls Done before processing a Doc and MarkDone only after process
// returned nil. A Doc processed but not yet marked when the run stopped is
// processed again next time, so process must be idempotent (e.g. a put keyed
// by content hash); nothing is lost and nothing is stored twice.
// Implementations must be safe for concurrent use.
type Checkpoint interface {
	Done(ctx context.Context, d Doc) (bool, error)
	MarkDone(ctx context.Context, d Doc) error
}

// MemoryCheckpoint is an in-memory Checkpoint keyed by Doc.Hash, for tests
// and single runs. The zero value is ready to use.
type MemoryCheckpoint struct {
	mu   sync.Mutex
	done map[string]bool
}

// Done reports whether a Doc with d's content was marked done.
func (m *MemoryCheckpoint) Done(_ context.Context, d Doc) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.done[d.Hash()], nil
}

// MarkDone records d's content as done.
func (m *MemoryCheckpoint) MarkDone(_ context.Context, d Doc) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.done == nil {
		m.done = make(map[string]bool)
	}
	m.done[d.Hash()] = true
	return nil
}

// Len returns how many distinct contents were marked done.
func (m *MemoryCheckpoint) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.done)
}
