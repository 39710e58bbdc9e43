// Package memo caches the answers of pure functions of a word, with a bound
// on memory, for the analysis layers that look the same words up again and
// again (nationality adjectives, trigger keys).
package memo

import (
	"strings"
	"sync"
)

// Limit bounds a Memo: past it, answers are computed and not stored, so
// memory stays bounded on an endless stream of new words.
const Limit = 1 << 16

// Memo caches the answers of a pure function of a word. It is safe for
// concurrent use; the zero value is ready, and a nil *Memo computes every
// answer. A plain map under a read-write lock: hits, the common case, cost
// one map look-up and take no write lock.
type Memo[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// Get returns the answer for key, computing and storing it with f on a
// miss. The key is stored as a copy, so that it never pins a larger string
// (a document body) it was cut from; the answer must not pin one either.
func (c *Memo[V]) Get(key string, f func(string) V) V {
	if c == nil {
		return f(key)
	}
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
	if len(c.m) < Limit {
		c.m[strings.Clone(key)] = v
	}
	c.mu.Unlock()
	return v
}

// Len returns how many answers are stored.
func (c *Memo[V]) Len() int {
	if c == nil {
		return 0
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}
