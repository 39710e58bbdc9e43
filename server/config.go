package server

import (
	"log/slog"
	"net/http"
	"runtime"
	"time"

	"github.com/marsad/marsad/server/monitor"
)

// Config configures a Server. The zero value serves with the defaults
// below, without authentication or CORS.
type Config struct {
	// Token, when set, is the bearer token POST endpoints require.
	Token string
	// ReadToken, when set, is the token every other route but /healthz
	// requires (the API's reads, the feeds, the web UI): as a bearer
	// token or as the password of HTTP Basic authentication. Token, when
	// set, is accepted too.
	ReadToken string
	// CORSOrigins lists the origins allowed to call the API from a browser
	// ("*" allows any). Empty: CORS headers are never sent.
	CORSOrigins []string

	// MaxBodyBytes caps a request body (default 4 MiB); larger gets 413.
	MaxBodyBytes int64
	// MaxLimit caps the limit query parameter (default 100).
	MaxLimit int
	// MaxOffset caps the offset query parameter (default 10000).
	MaxOffset int

	// RequestTimeout bounds the work of one read request (default 15s).
	RequestTimeout time.Duration
	// AnalyzeTimeout bounds one POST /api/analyze (default 60s).
	AnalyzeTimeout time.Duration
	// MaxAnalyses caps the analyses running at once (default GOMAXPROCS);
	// a request waits for a slot until its time budget runs out, then
	// gets 503.
	MaxAnalyses int
	// AnalyzeQueue caps the analysis requests waiting for a slot (default
	// 2×MaxAnalyses). Beyond MaxAnalyses+AnalyzeQueue a request is refused
	// at once, before its body is read: 503 with Retry-After. So at most
	// MaxAnalyses+AnalyzeQueue bodies of MaxBodyBytes are held at a time.
	AnalyzeQueue int
	// ReadHeaderTimeout, ReadTimeout and IdleTimeout are the http.Server
	// timeouts Serve uses (defaults 5s, 30s, 120s). The write timeout is
	// derived from the request timeouts.
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	IdleTimeout       time.Duration
	// ShutdownTimeout is how long Serve waits for requests in flight after
	// its context is cancelled (default 10s).
	ShutdownTimeout time.Duration

	// Logger receives the access log and errors (default: discarded).
	Logger *slog.Logger

	// Digests caches the digests of GET /api/monitor (default: a cache of
	// its own); share one with the web UI.
	Digests *monitor.Cache

	// UI, when set, serves GET and HEAD requests outside /api/ and
	// /healthz (the web interface, see package server/ui). It sets its own
	// Content-Security-Policy.
	UI http.Handler
}

// Defaults of Config.
const (
	DefaultMaxBodyBytes   = 4 << 20
	DefaultLimit          = 20
	DefaultMaxLimit       = 100
	DefaultMaxOffset      = 10000
	DefaultRequestTimeout = 15 * time.Second
	DefaultAnalyzeTimeout = 60 * time.Second
)

// withDefaults returns c with zero fields set to their defaults.
func (c Config) withDefaults() Config {
	set := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.MaxLimit <= 0 {
		c.MaxLimit = DefaultMaxLimit
	}
	if c.MaxAnalyses <= 0 {
		c.MaxAnalyses = runtime.GOMAXPROCS(0)
	}
	if c.AnalyzeQueue <= 0 {
		c.AnalyzeQueue = 2 * c.MaxAnalyses
	}
	if c.MaxOffset <= 0 {
		c.MaxOffset = DefaultMaxOffset
	}
	set(&c.RequestTimeout, DefaultRequestTimeout)
	set(&c.AnalyzeTimeout, DefaultAnalyzeTimeout)
	set(&c.ReadHeaderTimeout, 5*time.Second)
	set(&c.ReadTimeout, 30*time.Second)
	set(&c.IdleTimeout, 120*time.Second)
	set(&c.ShutdownTimeout, 10*time.Second)
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// writeTimeout is the http.Server write timeout: the longest request
// budget plus time to send the answer.
func (c Config) writeTimeout() time.Duration {
	return max(c.RequestTimeout, c.AnalyzeTimeout) + 10*time.Second
}
