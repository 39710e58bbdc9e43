package monitor

import (
	"context"
	"sync"
	"time"

	"github.com/marsad/marsad/store"
)

// DefaultTTL is how long a Cache keeps a digest when the store shows no
// change.
const DefaultTTL = time.Minute

// Cache keeps the last digest of each window and builds a new one only
// when the store has changed (its newest article or its number of
// articles that are not duplicates), when the window has moved on (the
// clock passed an hour), or after its TTL (a re-analysis changes neither
// count). A digest of the demo store costs tens of milliseconds of
// queries; checking the store costs one small query. Safe for concurrent
// use.
type Cache struct {
	st  store.Store
	ttl time.Duration

	mu   sync.Mutex
	last map[string]cached
}

type cached struct {
	stamp stamp
	built time.Time
	d     *Digest
}

// stamp is what a cached digest was built from.
type stamp struct {
	window                     Window
	hour                       int64 // of the clock
	stories, rising, minRecent int
	total                      int
	newestID                   string
	newestPublished            int64
}

// NewCache returns a cache of digests of st; ttl 0 is DefaultTTL.
func NewCache(st store.Store, ttl time.Duration) *Cache {
	if ttl <= 0 {
		ttl = DefaultTTL
	}
	return &Cache{st: st, ttl: ttl, last: map[string]cached{}}
}

// Digest returns the digest of opt's window, from the cache while it
// holds. The digest is shared: callers must not modify it.
func (c *Cache) Digest(ctx context.Context, opt Options) (*Digest, error) {
	opt = opt.withDefaults()
	newest, err := newestArticle(ctx, c.st)
	if err != nil {
		return nil, err
	}
	k := stamp{window: opt.Window, hour: opt.Now.Unix() / 3600, stories: opt.Stories, rising: opt.Rising,
		minRecent: opt.MinRecent, total: newest.Total}
	if len(newest.Hits) > 0 {
		k.newestID, k.newestPublished = newest.Hits[0].ID, newest.Hits[0].Published.Unix()
	}
	c.mu.Lock()
	e, ok := c.last[opt.Window.Name]
	c.mu.Unlock()
	if ok && e.stamp == k && opt.Now.Sub(e.built) < c.ttl && !opt.Now.Before(e.built) {
		return e.d, nil
	}
	d, err := build(ctx, c.st, opt, newest)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.last[opt.Window.Name] = cached{stamp: k, built: opt.Now, d: d}
	c.mu.Unlock()
	return d, nil
}
