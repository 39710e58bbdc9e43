package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// FetcherConfig configures a Fetcher. Zero fields take defaults.
type FetcherConfig struct {
	// UserAgent is the User-Agent header; default
	// "marsad/1.0 (+https://github.com/marsad/marsad)". robots.txt rules
	// are always looked up for the product token "marsad".
	UserAgent    string
	Timeout      time.Duration // whole request, body included; default 30s
	DialTimeout  time.Duration // TCP connect; default 10s
	MaxBodyBytes int64         // cap on the (decompressed) body; default 16 MiB
	MaxRedirects int           // default 5; a loop fails as soon as a URL repeats
	// MinInterval spaces requests to one host; default 1s. A robots.txt
	// Crawl-delay (up to 60s) raises it for that host. Negative: no limit.
	MinInterval  time.Duration
	AllowPrivate bool           // allow loopback/private/link-local peers (tests, intranets)
	IgnoreRobots bool           // do not fetch or obey robots.txt
	RobotsTTL    time.Duration  // how long a host's robots.txt is cached; default 1h
	Validators   ValidatorCache // optional: send conditional GETs
	Logger       *slog.Logger   // default slog.Default()

	// public replaces publicAddr as the address policy (tests: a loopback
	// port that stands for a public host).
	public func(netip.AddrPort) bool
}

// RobotsAgent is the product token Marsad obeys in robots.txt.
const RobotsAgent = "marsad"

func (c FetcherConfig) withDefaults() FetcherConfig {
	if c.UserAgent == "" {
		c.UserAgent = "marsad/1.0 (+https://github.com/marsad/marsad)"
	}
	if c.Timeout <= 0 {
		c.Timeout = 30 * time.Second
	}
	if c.DialTimeout <= 0 {
		c.DialTimeout = 10 * time.Second
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 16 << 20
	}
	if c.MaxRedirects <= 0 {
		c.MaxRedirects = 5
	}
	if c.MinInterval == 0 {
		c.MinInterval = time.Second
	}
	if c.RobotsTTL <= 0 {
		c.RobotsTTL = time.Hour
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Fetcher fetches web pages for ingestion, politely and safely. It is safe
// for concurrent use; build one per process and share it.
type Fetcher struct {
	cfg          FetcherConfig
	client       *http.Client
	robotsClient *http.Client // no robots check on redirects: it would wait on itself
	robots       *robotsCache
	limiter      *hostLimiter
}

// NewFetcher returns a Fetcher.
func NewFetcher(cfg FetcherConfig) *Fetcher {
	cfg = cfg.withDefaults()
	dialer := &net.Dialer{Timeout: cfg.DialTimeout, KeepAlive: 30 * time.Second}
	if !cfg.AllowPrivate {
		dialer.Control = dialControl(cfg.public)
	}
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would dial on our behalf, past the address check
		DialContext:            dialer.DialContext,
		TLSHandshakeTimeout:    cfg.DialTimeout,
		ResponseHeaderTimeout:  cfg.Timeout,
		MaxIdleConnsPerHost:    2,
		IdleConnTimeout:        90 * time.Second,
		MaxResponseHeaderBytes: 64 << 10,
	}
	f := &Fetcher{cfg: cfg, limiter: newHostLimiter(cfg.MinInterval)}
	f.client = &http.Client{Transport: tr, Timeout: cfg.Timeout, CheckRedirect: f.checkRedirect}
	f.robotsClient = &http.Client{Transport: tr, Timeout: cfg.Timeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) > f.cfg.MaxRedirects {
			return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, f.cfg.MaxRedirects)
		}
		return checkScheme(req.URL)
	}}
	f.robots = newRobotsCache(f, cfg.RobotsTTL)
	return f
}

// checkRedirect applies the redirect limit, loop detection, the scheme
// check, robots.txt and the rate limit to each hop.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.cfg.MaxRedirects {
		return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, f.cfg.MaxRedirects)
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("%w: loop back to %s", ErrTooManyRedirects, req.URL.Redacted())
		}
	}
	if err := checkScheme(req.URL); err != nil {
		return err
	}
	return f.admit(req.Context(), req.URL)
}

func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q", ErrScheme, u.Scheme)
	}
	if u.Host == "" {
		return fmt.Errorf("%w: no host in %q", ErrScheme, u.Redacted())
	}
	return nil
}

// admit checks robots.txt for u and waits for the host's rate limit.
func (f *Fetcher) admit(ctx context.Context, u *url.URL) error {
	var delay time.Duration
	if !f.cfg.IgnoreRobots {
		rb, err := f.robots.get(ctx, u)
		switch {
		case errors.Is(err, ErrForbiddenAddress):
			return err // the host itself is refused, whatever its robots.txt would say
		case err != nil && ctx.Err() != nil:
			return ctx.Err() // out of time while asking for robots.txt: not a robots verdict
		case isTimeout(err):
			// The host did not answer for robots.txt in time (the client's
			// own timeout can fire just before the context's): try later.
			return fmt.Errorf("%w: robots.txt: %w", ErrTransient, err)
		}
		if !rb.Allowed(RobotsAgent, u.RequestURI()) {
			return fmt.Errorf("%w: %s", ErrRobots, u.Redacted())
		}
		delay = min(rb.CrawlDelay(RobotsAgent), time.Minute)
	}
	if f.cfg.MinInterval < 0 && delay == 0 {
		return ctx.Err()
	}
	return f.limiter.wait(ctx, u.Host, delay)
}

// Fetch GETs rawURL and returns its body as a Doc (Key "url:"+rawURL, URL
// the final URL after redirects).
//
// Errors wrap ErrScheme, ErrForbiddenAddress, ErrRobots,
// ErrTooManyRedirects, ErrTooLarge, ErrHTTPStatus, ErrNotModified (the
// conditional GET found the page unchanged) or ErrSkipped (not a text
// medium); timeouts, 429 and 5xx answers also wrap ErrTransient.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (Doc, error) {
	d := Doc{Key: "url:" + rawURL, URL: rawURL, Name: rawURL}
	u, err := url.Parse(rawURL)
	if err != nil {
		return d, fmt.Errorf("ingest: fetch: %w: %w", ErrMalformed, err)
	}
	if err := checkScheme(u); err != nil {
		return d, fmt.Errorf("ingest: fetch %s: %w", u.Redacted(), err)
	}
	if err := f.admit(ctx, u); err != nil {
		return d, fmt.Errorf("ingest: fetch %s: %w", u.Redacted(), err)
	}
	body, resp, err := f.get(ctx, u, true)
	if err != nil {
		return d, fmt.Errorf("ingest: fetch %s: %w", u.Redacted(), err)
	}
	d.Data, d.URL, d.Name, d.Fetched = body, resp.Request.URL.String(), resp.Request.URL.String(), time.Now().UTC()
	d.ContentType = resp.Header.Get("Content-Type")
	d.Validators = Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	format, ok := formatOf(d.ContentType)
	if !ok {
		return d, fmt.Errorf("ingest: fetch %s: %w: content type %q", u.Redacted(), ErrSkipped, d.ContentType)
	}
	d.Format = format
	return d, nil
}

// Remember stores d's validators in the ValidatorCache, so the next Fetch
// of d's URL is conditional. Call it once d is safely processed: remembering
// earlier would turn a failed run into a 304 — a lost document — next time.
func (f *Fetcher) Remember(ctx context.Context, d Doc) error {
	if f.cfg.Validators == nil || d.Validators.IsZero() || !strings.HasPrefix(d.Key, "url:") {
		return nil
	}
	if err := f.cfg.Validators.Put(ctx, strings.TrimPrefix(d.Key, "url:"), d.Validators); err != nil {
		return fmt.Errorf("ingest: remember validators: %w", err)
	}
	return nil
}

// get performs one GET (following redirects) and reads the capped body.
func (f *Fetcher) get(ctx context.Context, u *url.URL, conditional bool) ([]byte, *http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5")
	if conditional && f.cfg.Validators != nil {
		v, err := f.cfg.Validators.Get(ctx, u.String())
		if err != nil {
			return nil, nil, fmt.Errorf("validators: %w", err)
		}
		if v.ETag != "" {
			req.Header.Set("If-None-Match", v.ETag)
		}
		if v.LastModified != "" {
			req.Header.Set("If-Modified-Since", v.LastModified)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, nil, classifyNetErr(err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return nil, resp, ErrNotModified
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return nil, resp, fmt.Errorf("%w: %w: %s", ErrTransient, ErrHTTPStatus, resp.Status)
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, resp, fmt.Errorf("%w: %s", ErrHTTPStatus, resp.Status)
	}
	if resp.ContentLength > f.cfg.MaxBodyBytes {
		return nil, resp, fmt.Errorf("%w: Content-Length %d over the %d byte cap", ErrTooLarge, resp.ContentLength, f.cfg.MaxBodyBytes)
	}
	// The transport has undone any gzip it asked for, so the cap bounds the
	// decompressed size too.
	body, err := readCapped(resp.Body, f.cfg.MaxBodyBytes)
	if err != nil {
		return nil, resp, classifyNetErr(err)
	}
	return body, resp, nil
}

// classifyNetErr marks timeouts as transient and keeps sentinels visible.
func classifyNetErr(err error) error {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() && !errors.Is(err, ErrTransient) {
		return fmt.Errorf("%w: timeout: %w", ErrTransient, err)
	}
	return err
}

// getRobots GETs a robots.txt; a 4xx answer returns errRobotsMissing.
func (f *Fetcher) getRobots(ctx context.Context, u *url.URL) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	resp, err := f.robotsClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return nil, errRobotsMissing
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, fmt.Errorf("%w: %s", ErrHTTPStatus, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes))
	if err != nil {
		return nil, err
	}
	return b, nil
}

// isTimeout reports whether err is a network timeout or a deadline.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}
