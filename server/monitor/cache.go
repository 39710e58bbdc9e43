package monitor

import (
	"context"
	"sync"
	"time"

	"github.com/marsad/marsad/store"
)

// DefaultTTL is how long a Cache serves a digest as fresh when the store
// shows no change.
const DefaultTTL = time.Minute

// rebuildTimeout bounds a digest rebuilt in the background.
const rebuildTimeout = time.Minute

// Cache keeps the last digest of each window. A digest is fresh while the
// store shows no change (its newest article and its number of articles
// that are not duplicates), the window has not moved on (the clock passed
// an hour) and its TTL has not run out (a re-analysis changes neither
// count). A stale digest is still served, at once, while a new one is
// built in the background: a digest of the demo store costs tens to a
// hundred milliseconds of queries, checking the store one small query.
// Only a window never built before is built while its caller waits (Warm
// builds them ahead). Safe for concurrent use.
type Cache struct {
	st  store.Store
	ttl time.Duration

	mu   sync.Mutex
	last map[string]*cached
}

type cached struct {
	stamp    stamp
	built    time.Time
	d        *Digest
	building bool // a rebuild is running
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
	return &Cache{st: st, ttl: ttl, last: map[string]*cached{}}
}

// Digest returns the digest of opt's window: the cached one, fresh or
// stale (then rebuilt in the background), or, for a window never built,
// a new one. The digest is shared: callers must not modify it.
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
	e := c.last[opt.Window.Name]
	if e != nil {
		d := e.d
		fresh := e.stamp == k && opt.Now.Sub(e.built) < c.ttl && !opt.Now.Before(e.built)
		if !fresh && !e.building {
			e.building = true
			go c.rebuild(context.WithoutCancel(ctx), opt, newest, k)
		}
		c.mu.Unlock()
		return d, nil
	}
	c.mu.Unlock()
	d, err := build(ctx, c.st, opt, newest)
	if err != nil {
		return nil, err
	}
	c.keep(opt, k, d)
	return d, nil
}

// rebuild builds a window's digest in the background; on failure the
// stale digest stays, and the next request tries again.
func (c *Cache) rebuild(ctx context.Context, opt Options, newest *store.SearchResult, k stamp) {
	ctx, cancel := context.WithTimeout(ctx, rebuildTimeout)
	defer cancel()
	d, err := build(ctx, c.st, opt, newest)
	if err != nil {
		c.mu.Lock()
		c.last[opt.Window.Name].building = false
		c.mu.Unlock()
		return
	}
	c.keep(opt, k, d)
}

// keep stores a built digest.
func (c *Cache) keep(opt Options, k stamp, d *Digest) {
	c.mu.Lock()
	c.last[opt.Window.Name] = &cached{stamp: k, built: opt.Now, d: d}
	c.mu.Unlock()
}

// Warm builds the digest of every window, so that no visitor waits for
// one; the first error is returned.
func (c *Cache) Warm(ctx context.Context) error {
	for _, w := range Windows() {
		if _, err := c.Digest(ctx, Options{Window: w}); err != nil {
			return err
		}
	}
	return nil
}
