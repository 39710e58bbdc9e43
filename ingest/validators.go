package ingest

import (
	"context"
	"sync"
)

// Validators are the HTTP cache validators of a fetched page, sent back on
// the next fetch as If-None-Match / If-Modified-Since.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// IsZero reports whether v holds no validator.
func (v Validators) IsZero() bool { return v.ETag == "" && v.LastModified == "" }

// ValidatorCache stores Validators by URL. The caller implements it to
// persist them (e.g. in its store); MemoryValidators is an in-memory one.
// Implementations must be safe for concurrent use.
type ValidatorCache interface {
	Get(ctx context.Context, url string) (Validators, error)
	Put(ctx context.Context, url string, v Validators) error
}

// MemoryValidators is an in-memory ValidatorCache. The zero value is ready.
type MemoryValidators struct {
	mu sync.Mutex
	m  map[string]Validators
}

// Get returns the validators stored for url (zero if none).
func (m *MemoryValidators) Get(_ context.Context, url string) (Validators, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.m[url], nil
}

// Put stores v for url.
func (m *MemoryValidators) Put(_ context.Context, url string, v Validators) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = make(map[string]Validators)
	}
	m.m[url] = v
	return nil
}
