package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"

	"github.com/marsad/marsad/ingest"
)

// inputLimits bounds what a command will read.
type inputLimits struct {
	MaxBytes int64         // largest input accepted
	Timeout  time.Duration // for fetching a URL
	// MaxDecompressed caps a gzip input once decompressed; 0: see
	// document.DecompressedCap.
	MaxDecompressed int64
}

// rawInput is one input read whole, with what is known about it.
type rawInput struct {
	Name        string
	URL         string
	ContentType string
	Data        []byte
}

// readInput reads a file, a URL (through g) or "-" (standard input) within
// the limits.
func readInput(ctx context.Context, env *Env, g ingest.Getter, arg string, lim inputLimits) (*rawInput, error) {
	switch {
	case arg == "-":
		data, err := readCapped(env.Stdin, lim.MaxBytes, "standard input")
		if err != nil {
			return nil, err
		}
		return &rawInput{Name: "-", Data: data}, nil
	case strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://"):
		return fetchURL(ctx, g, arg, lim)
	default:
		return readFile(arg, lim.MaxBytes)
	}
}

func readFile(path string, max int64) (*rawInput, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file", path)
		}
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory (give files, or use 'marsad ingest' for directories)", path)
	}
	if st.Mode().IsRegular() && st.Size() > max {
		return nil, fmt.Errorf("%s: %s is over the %s input limit (raise --max-bytes)", path, ingest.HumanBytes(st.Size()), ingest.HumanBytes(max))
	}
	data, err := readCapped(f, max, path)
	if err != nil {
		return nil, err
	}
	return &rawInput{Name: path, Data: data}, nil
}

func readCapped(r io.Reader, max int64, what string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: over the %s input limit (raise --max-bytes)", what, ingest.HumanBytes(max))
	}
	return data, nil
}

// fetchURL GETs url through g, the fetcher every command shares (the same
// address policy, robots.txt, limits and reasons as ingest).
func fetchURL(ctx context.Context, g ingest.Getter, url string, lim inputLimits) (*rawInput, error) {
	ctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	d, err := g.Fetch(ctx, url)
	switch {
	case err == nil:
	case errors.Is(err, ingest.ErrSkipped) && d.Data != nil:
		// A media type ingest would not store: let the document layer judge it.
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ingest.ErrTransient) && (ctx.Err() != nil || isNetTimeout(err)):
		return nil, fmt.Errorf("%s: no answer within %s (raise --timeout)", url, lim.Timeout)
	case errors.Is(err, ingest.ErrForbiddenAddress):
		return nil, fmt.Errorf("%w (--allow-private lets it through)", err)
	case errors.Is(err, ingest.ErrTooLarge):
		return nil, fmt.Errorf("%w (raise --max-bytes)", err)
	default:
		return nil, err
	}
	return &rawInput{Name: url, URL: d.URL, ContentType: d.ContentType, Data: d.Data}, nil
}

// isNetTimeout reports whether err is a network timeout (an HTTP client's
// own deadline rather than the context's).
func isNetTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
