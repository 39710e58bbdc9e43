package ingest

import (
	"context"
	"errors"
	"net/url"
	"sync"
	"time"
)

// errRobotsMissing marks a 4xx answer for robots.txt: no rules.
var errRobotsMissing = errors.New("ingest: no robots.txt")

// disallowAll is the Robots used while a host's robots.txt is unreachable.
var disallowAll = &Robots{groups: []robotsGroup{{agents: []string{"*"}, rules: []robotsRule{{pattern: "/"}}}}}

// robotsCache fetches and caches robots.txt per scheme+host.
type robotsCache struct {
	f   *Fetcher
	ttl time.Duration
	mu  sync.Mutex
	m   map[string]*robotsEntry
}

type robotsEntry struct {
	ready   chan struct{} // closed once rb is set
	rb      *Robots
	err     error // why robots.txt could not be had, if it could not
	expires time.Time
}

func newRobotsCache(f *Fetcher, ttl time.Duration) *robotsCache {
	return &robotsCache{f: f, ttl: ttl, m: make(map[string]*robotsEntry)}
}

// get returns the robots.txt rules for u's host, fetching them once per TTL
// (concurrent callers wait for the one fetch). A missing robots.txt (4xx)
// allows everything; an unreachable one (5xx, network error) disallows
// everything for a short while, as RFC 9309 asks; err then says why (it
// wraps ErrForbiddenAddress when the host is not a public address).
func (c *robotsCache) get(ctx context.Context, u *url.URL) (*Robots, error) {
	key := u.Scheme + "://" + u.Host
	now := time.Now()
	c.mu.Lock()
	e, ok := c.m[key]
	if ok {
		select {
		case <-e.ready:
			if now.After(e.expires) {
				ok = false
			}
		default:
		}
	}
	if !ok {
		if len(c.m) > 10000 {
			for k, old := range c.m {
				select {
				case <-old.ready:
					if now.After(old.expires) {
						delete(c.m, k)
					}
				default:
				}
			}
		}
		e = &robotsEntry{ready: make(chan struct{})}
		c.m[key] = e
		c.mu.Unlock()
		e.rb, e.expires, e.err = c.fetch(ctx, key)
		close(e.ready)
		return e.rb, e.err
	}
	c.mu.Unlock()
	select {
	case <-e.ready:
		return e.rb, e.err
	case <-ctx.Done():
		return disallowAll, ctx.Err()
	}
}

func (c *robotsCache) fetch(ctx context.Context, base string) (*Robots, time.Time, error) {
	u, err := url.Parse(base + "/robots.txt")
	if err == nil {
		if err = c.f.limiter.wait(ctx, u.Host, 0); err == nil {
			var body []byte
			body, err = c.f.getRobots(ctx, u)
			if err == nil {
				return ParseRobots(body), time.Now().Add(c.ttl), nil
			}
		}
	}
	if errors.Is(err, errRobotsMissing) {
		return allowAll, time.Now().Add(c.ttl), nil
	}
	ttl := min(c.ttl, 5*time.Minute)
	if ctx.Err() != nil {
		ttl = 0 // our own cancellation says nothing about the host
	}
	if errors.Is(err, ErrForbiddenAddress) {
		return disallowAll, time.Now().Add(ttl), err
	}
	c.f.cfg.Logger.Info("ingest: robots.txt unavailable, host disallowed for now", "host", base, "err", err)
	return disallowAll, time.Now().Add(ttl), err
}
