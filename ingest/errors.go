package ingest

import (
	"errors"
	"fmt"
)

// Sentinel errors; check them with errors.Is.
var (
	// ErrSkipped marks a non-fatal Source error: one bad item was skipped
	// and Next may be called again.
	ErrSkipped = errors.New("ingest: item skipped")
	// ErrMalformed marks input that does not parse (WARC, feed, JSON line).
	ErrMalformed = errors.New("ingest: malformed input")
	// ErrTooLarge marks a body, record, line or decompressed stream over its cap.
	ErrTooLarge = errors.New("ingest: too large")
	// ErrTruncated marks input that ended early (e.g. a cut gzip stream).
	ErrTruncated = errors.New("ingest: truncated input")
	// ErrForbiddenAddress marks a URL whose host resolves to a loopback,
	// private, link-local or otherwise non-public address.
	ErrForbiddenAddress = errors.New("ingest: forbidden address")
	// ErrScheme marks a URL whose scheme is not http or https.
	ErrScheme = errors.New("ingest: unsupported URL scheme")
	// ErrRobots marks a URL disallowed by the site's robots.txt.
	ErrRobots = errors.New("ingest: disallowed by robots.txt")
	// ErrTooManyRedirects marks a redirect chain over the limit (loops included).
	ErrTooManyRedirects = errors.New("ingest: too many redirects")
	// ErrNotModified is returned by Fetcher.Fetch when the server answered
	// 304 Not Modified to a conditional GET: the caller already has the page.
	ErrNotModified = errors.New("ingest: not modified")
	// ErrHTTPStatus marks a non-2xx, non-304 HTTP answer.
	ErrHTTPStatus = errors.New("ingest: unexpected HTTP status")
	// ErrTransient marks a process error worth retrying within the same run.
	ErrTransient = errors.New("ingest: transient error")
	// ErrFatal marks a process or checkpoint error that no other document
	// would escape (the store cannot be written: disk full, read-only,
	// gone): Run stops at once instead of failing every document in turn.
	// Fatal marks an error so.
	ErrFatal = errors.New("ingest: fatal error")
	// ErrTooManyFailures is returned by Run when Config.MaxFailures
	// documents have failed.
	ErrTooManyFailures = errors.New("ingest: too many failures")
)

// SkipError is the error a Source returns for one skipped item. It wraps
// ErrSkipped and the cause, so errors.Is works for both.
type SkipError struct {
	Key    string // source key of the skipped item
	Reason string // short machine-friendly reason, e.g. "warc-malformed"
	Err    error  // cause
	// Named is set when the item is a source the user named (a file,
	// directory or URL on the command line, a feed), not something found
	// inside one: Run lists it in Stats.Unreadable.
	Named bool
}

// Error implements error.
func (e *SkipError) Error() string {
	return fmt.Sprintf("ingest: skipped %s (%s): %v", e.Key, e.Reason, e.Err)
}

// Unwrap returns ErrSkipped and the cause.
func (e *SkipError) Unwrap() []error { return []error{ErrSkipped, e.Err} }

// Fatal marks err as fatal to the run (it then wraps ErrFatal) without
// changing its message.
func Fatal(err error) error { return fatalError{err} }

type fatalError struct{ err error }

func (e fatalError) Error() string   { return e.err.Error() }
func (e fatalError) Unwrap() []error { return []error{ErrFatal, e.err} }

// skip builds a *SkipError.
func skip(key, reason string, err error) error {
	return &SkipError{Key: key, Reason: reason, Err: err}
}

// skipNamed builds a *SkipError for a source the user named.
func skipNamed(key, reason string, err error) error {
	return &SkipError{Key: key, Reason: reason, Err: err, Named: true}
}
