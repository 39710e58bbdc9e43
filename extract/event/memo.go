package event

import (
	"strings"
	"sync"
)

// memoLimit bounds a memo: past it, answers are computed and not stored,
// so memory stays bounded on an endless stream of new words.
const memoLimit = 1 << 17

// memo caches the answers of a pure function of a word. It is safe for
// concurrent use; the zero value is ready. A plain map under a read-write
// lock: hits, the common case, cost one map look-up and take no write lock.
type memo[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// get returns the answer for key, computing and storing it with f on a
// miss. The key is stored as a copy, so that it never pins a larger string
// (a document body) it was cut from; the answer must not pin one either.
func (c *memo[V]) get(key string, f func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = f(key)
	c.mu.Lock()
	if c.m == nil {
		c.m = make(map[string]V, 1024)
	}
	if len(c.m) < memoLimit {
		c.m[strings.Clone(key)] = v
	}
	c.mu.Unlock()
	return v
}
