package document

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ScanJSONL reads JSON Lines records from r with the default Options.
// See Options.ScanJSONL.
func ScanJSONL(ctx context.Context, r io.Reader, fn func(line int, a *Article, err error) error) error {
	return Options{}.ScanJSONL(ctx, r, fn)
}

// ScanJSONL reads JSON Lines from r — one JSON record a line, as read by
// ParseRecord — and calls fn once for every non-blank line, in order, with
// the 1-based line number and either the Article or the error for that
// line: exactly one of a and err is non-nil. err is a *LineError wrapping
// the cause — a JSON syntax error, ErrNoBody, or ErrLineTooLong for a line
// above Options.MaxLineBytes (default 16 MB), whose bytes are skipped
// without being held in memory. A bad line does not stop the scan. Lines
// may end in "\n" or "\r\n"; a last line without newline is read too.
//
// r may be gzip-compressed (detected by its magic bytes); multi-member gzip
// is read through, up to Options.MaxDecompressedBytes (the scan then fails
// with an error wrapping ErrTooLarge). A leading UTF-8 byte-order mark is
// skipped. ScanJSONL stops and returns fn's error when fn returns
// one, ctx.Err() when ctx is done (checked before each line), and a wrapped
// read or gzip error; it returns nil at the end of input.
func (o Options) ScanJSONL(ctx context.Context, r io.Reader, fn func(line int, a *Article, err error) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); isGzip(magic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("document: gzip: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(LimitDecompressed(zr, o.maxDecompressedBytes()), 64<<10)
	}
	if bom, _ := br.Peek(len(utf8BOM)); bytes.Equal(bom, utf8BOM) {
		_, _ = br.Discard(len(utf8BOM)) // a UTF-8 byte-order mark is not part of the first record
	}
	limit := o.maxLineBytes()
	var buf []byte
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		n += SkipLineEnds(br)
		line, tooLong, err := readLine(br, buf[:0], limit)
		buf = line
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("document: reading line %d: %w", n, err)
		}
		eof := errors.Is(err, io.EOF)
		switch {
		case tooLong:
			if ferr := fn(n, nil, &LineError{Line: n, Err: fmt.Errorf("%w (limit %d bytes)", ErrLineTooLong, limit)}); ferr != nil {
				return ferr
			}
		case len(bytes.TrimSpace(line)) > 0:
			a, perr := o.ParseRecord(line)
			if perr != nil {
				perr = &LineError{Line: n, Err: perr}
			}
			if ferr := fn(n, a, perr); ferr != nil {
				return ferr
			}
		}
		if eof {
			return nil
		}
	}
}

// SkipLineEnds discards the line ends ("\n", "\r") before the next line
// in bulk and returns how many lines they ended, so a stream of empty lines
// (a gzip of newlines is a classic decompression bomb) costs no more than
// decompressing it. Read errors are left for the next read to report.
func SkipLineEnds(br *bufio.Reader) int {
	n := 0
	for {
		if br.Buffered() == 0 {
			if _, err := br.Peek(1); err != nil {
				return n
			}
		}
		b, _ := br.Peek(br.Buffered())
		i := 0
		for i < len(b) && (b[i] == '\n' || b[i] == '\r') {
			if b[i] == '\n' {
				n++
			}
			i++
		}
		_, _ = br.Discard(i)
		if i < len(b) {
			return n
		}
	}
}

// utf8BOM is the UTF-8 encoding of U+FEFF, which some tools write first.
var utf8BOM = []byte("\xef\xbb\xbf")

// readLine appends the next line of br (without its newline) to buf. When
// the line exceeds limit it consumes the rest of the line and reports
// tooLong. err is io.EOF after the last line.
func readLine(br *bufio.Reader, buf []byte, limit int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > limit+1 {
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case err == nil:
			return bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r")), tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return buf, tooLong, err
		}
	}
}

// LineError is the error ScanJSONL reports for one line; it wraps the cause.
type LineError struct {
	Line int
	Err  error
}

// Error implements error: "document: line N: cause".
func (e *LineError) Error() string {
	return fmt.Sprintf("document: line %d: %s", e.Line, strings.TrimPrefix(e.Err.Error(), "document: "))
}

// Unwrap returns the cause, for errors.Is and errors.As.
func (e *LineError) Unwrap() error { return e.Err }
