package ingest

import (
	"context"
	"sync"
	"time"
)

// hostLimiter spaces requests to each host by at least an interval.
type hostLimiter struct {
	mu       sync.Mutex
	interval time.Duration
	next     map[string]time.Time // earliest time of the next request per host
}

func newHostLimiter(interval time.Duration) *hostLimiter {
	return &hostLimiter{interval: interval, next: make(map[string]time.Time)}
}

// wait blocks until a request to host may go out, honouring ctx. extra
// raises the spacing for this host (a robots.txt Crawl-delay).
func (l *hostLimiter) wait(ctx context.Context, host string, extra time.Duration) error {
	if l.interval <= 0 && extra <= 0 {
		return ctx.Err()
	}
	gap := max(l.interval, extra)
	l.mu.Lock()
	now := time.Now()
	if len(l.next) > 10000 { // bound memory: forget hosts that are free again
		for h, t := range l.next {
			if t.Before(now) {
				delete(l.next, h)
			}
		}
	}
	at := l.next[host]
	if at.Before(now) {
		at = now
	}
	l.next[host] = at.Add(gap)
	l.mu.Unlock()
	d := time.Until(at)
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
