package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/marsad/marsad/document"
)

// recordDoc turns a WARC record into a Doc. ok is false for records that
// carry no document (warcinfo, request, metadata, revisit); err wraps
// ErrMalformed, ErrTooLarge or ErrSkipped for unusable ones.
func recordDoc(rec *WARCRecord, key string, maxBody int64) (d Doc, ok bool, err error) {
	d = Doc{Key: key, URL: rec.TargetURI(), Name: rec.TargetURI()}
	if t, e := time.Parse(time.RFC3339, rec.Header["warc-date"]); e == nil {
		d.Fetched = t
	}
	ct := rec.Header["content-type"]
	switch rec.Type() {
	case "response":
		if !strings.HasPrefix(strings.ToLower(ct), "application/http") {
			d.ContentType, d.Data = ct, rec.Block
			break
		}
		resp, e := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Block)), nil)
		if e != nil {
			return d, false, fmt.Errorf("%w: http response: %w", ErrMalformed, e)
		}
		defer resp.Body.Close()
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			return d, false, fmt.Errorf("%w: HTTP status %d", ErrHTTPStatus, resp.StatusCode)
		}
		body, e := decodeBody(resp.Body, resp.Header.Get("Content-Encoding"), maxBody)
		if e != nil && !errors.Is(e, ErrTooLarge) && !errors.Is(e, ErrSkipped) {
			// Crawlers often store the payload decoded while keeping the
			// original Content-Length or chunked framing: take what follows
			// the header block as is.
			if _, rest, found := bytes.Cut(rec.Block, []byte("\r\n\r\n")); found {
				body, e = decodeBody(bytes.NewReader(rest), resp.Header.Get("Content-Encoding"), maxBody)
			}
		}
		if e != nil {
			return d, false, e
		}
		d.ContentType, d.Data = resp.Header.Get("Content-Type"), body
	case "resource", "conversion":
		d.ContentType, d.Data = ct, rec.Block
	default:
		return d, false, nil
	}
	f, supported := formatOf(d.ContentType)
	if !supported {
		return d, false, fmt.Errorf("%w: content type %q", ErrSkipped, d.ContentType)
	}
	d.Format = f
	return d, true, nil
}

// decodeBody reads an HTTP body of at most max bytes after undoing a gzip
// or deflate Content-Encoding (bounded too: a decompression bomb stops at max).
func decodeBody(r io.Reader, encoding string, max int64) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, _, err := maybeGunzip(bufio.NewReader(r), 0) // readCapped bounds it
		if err != nil {
			return nil, err
		}
		r = zr
	case "deflate":
		r = newDeflateReader(r)
	default:
		return nil, fmt.Errorf("%w: content encoding %q", ErrSkipped, encoding)
	}
	return readCapped(r, max)
}

// readCapped reads all of r, failing with ErrTooLarge past max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, classifyReadErr(err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: body over %d bytes", ErrTooLarge, max)
	}
	return b, nil
}

// formatOf maps a Content-Type to a document format; supported is false for
// media that are not text documents (images, PDF, ...). An empty type is
// supported and left to detection.
func formatOf(contentType string) (f document.Format, supported bool) {
	if strings.TrimSpace(contentType) == "" {
		return document.FormatAuto, true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return document.FormatHTML, true
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return document.FormatJSON, true
	case mt == "text/plain":
		return document.FormatText, true
	case strings.HasPrefix(mt, "text/"):
		return document.FormatAuto, true
	}
	return document.FormatAuto, false
}
