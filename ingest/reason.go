package ingest

import (
	"context"
	"errors"
	"os"

	"github.com/marsad/marsad/document"
)

// reasonOf names the cause of err for counters and logs.
func reasonOf(err error) string {
	var se *SkipError
	if errors.As(err, &se) && se.Reason != "" {
		return se.Reason
	}
	switch {
	case err == nil:
		return ""
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return "canceled"
	case errors.Is(err, ErrTooLarge), errors.Is(err, document.ErrTooLarge):
		return "too-large"
	case errors.Is(err, ErrTruncated):
		return "truncated"
	case errors.Is(err, ErrMalformed):
		return "malformed"
	case errors.Is(err, ErrForbiddenAddress):
		return "forbidden-address"
	case errors.Is(err, ErrScheme):
		return "scheme"
	case errors.Is(err, ErrRobots):
		return "robots"
	case errors.Is(err, ErrTooManyRedirects):
		return "redirects"
	case errors.Is(err, ErrNotModified):
		return "not-modified"
	case errors.Is(err, ErrHTTPStatus):
		return "http-status"
	case errors.Is(err, ErrTransient):
		return "transient"
	case errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrPermission):
		return "open"
	case errors.Is(err, document.ErrEmpty):
		return "empty"
	case errors.Is(err, document.ErrBinary):
		return "binary"
	case errors.Is(err, document.ErrNoBody):
		return "no-body"
	case errors.Is(err, ErrSkipped):
		return "unsupported"
	}
	return "error"
}
