package ingest

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"

	"github.com/marsad/marsad/document"
)

// gzipMagic is the first two bytes of every gzip member.
var gzipMagic = [2]byte{0x1f, 0x8b}

// maybeGunzip returns a reader of br's content, decompressed when it starts
// with the gzip magic bytes (whatever the file name says). Multi-member
// streams, as Common Crawl writes them, are read through. Read errors of a
// cut or corrupt stream come back wrapping ErrTruncated or ErrMalformed.
// With max > 0, reading past max decompressed bytes fails with
// document.ErrTooLarge (reason "too-large").
func maybeGunzip(br *bufio.Reader, max int64) (io.Reader, bool, error) {
	head, err := br.Peek(2)
	if err != nil || head[0] != gzipMagic[0] || head[1] != gzipMagic[1] {
		return br, false, nil // too short or not gzip: plain
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, true, classifyReadErr(err)
	}
	var r io.Reader = &gzipErrReader{r: zr}
	if max > 0 {
		r = document.LimitDecompressed(r, max)
	}
	return r, true, nil
}

// gzipErrReader maps gzip's errors to the package's sentinels.
type gzipErrReader struct{ r io.Reader }

func (g *gzipErrReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = classifyReadErr(err)
	}
	return n, err
}

// classifyReadErr wraps a decompression or read error with ErrTruncated or
// ErrMalformed so callers can count it by reason.
func classifyReadErr(err error) error {
	switch {
	case err == nil || err == io.EOF:
		return err
	case errors.Is(err, ErrTruncated), errors.Is(err, ErrMalformed):
		return err
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: %w", ErrTruncated, err)
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader):
		return fmt.Errorf("%w: gzip: %w", ErrMalformed, err)
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		return fmt.Errorf("%w: gzip: %w", ErrMalformed, err)
	}
	return err
}
