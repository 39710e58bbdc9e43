package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WARCConfig bounds what a WARCReader accepts. Zero fields take defaults.
type WARCConfig struct {
	MaxHeaderBytes int   // per record header block; default 64 KiB
	MaxRecordBytes int64 // per record content block; default 32 MiB
	// MaxDecompressedBytes caps the decompressed size of a gzip stream
	// (ErrTooLarge past it, and the reader stops); 0: no cap.
	MaxDecompressedBytes int64
}

func (c WARCConfig) withDefaults() WARCConfig {
	if c.MaxHeaderBytes <= 0 {
		c.MaxHeaderBytes = 64 << 10
	}
	if c.MaxRecordBytes <= 0 {
		c.MaxRecordBytes = 32 << 20
	}
	return c
}

// WARCRecord is one WARC (or WET) record.
type WARCRecord struct {
	Offset  int64             // byte offset of the record in the decompressed stream
	Version string            // e.g. "WARC/1.0"
	Header  map[string]string // header fields, names lower-cased
	Block   []byte            // content block, Content-Length bytes
}

// Type returns the WARC-Type field ("response", "conversion", ...).
func (r *WARCRecord) Type() string { return r.Header["warc-type"] }

// TargetURI returns the WARC-Target-URI field without angle brackets.
func (r *WARCRecord) TargetURI() string {
	return strings.Trim(r.Header["warc-target-uri"], "<>")
}

// WARCReader reads records from a WARC or WET stream, plain or gzip
// (single or multi-member). It never trusts the input: header blocks and
// record lengths are bounded, and after a malformed record it resynchronises
// on the next "WARC/" version line.
type WARCReader struct {
	cfg    WARCConfig
	cr     *countingReader
	br     *bufio.Reader
	resync bool
	done   bool
}

// NewWARCReader returns a reader of r's records. Gzip is detected by its
// magic bytes.
func NewWARCReader(r io.Reader, cfg WARCConfig) (*WARCReader, error) {
	cfg = cfg.withDefaults()
	in, _, err := maybeGunzip(bufio.NewReaderSize(r, 64<<10), cfg.MaxDecompressedBytes)
	if err != nil {
		return nil, fmt.Errorf("ingest: warc: %w", err)
	}
	cr := &countingReader{r: in}
	return &WARCReader{cfg: cfg, cr: cr, br: bufio.NewReaderSize(cr, 64<<10)}, nil
}

// offset is the position of the next unread byte of the decompressed stream.
func (w *WARCReader) offset() int64 { return w.cr.n.Load() - int64(w.br.Buffered()) }

// Next returns the next record.
//
// Errors: io.EOF at the end; an error wrapping ErrMalformed or ErrTooLarge
// for a bad record that was skipped (call Next again); an error wrapping
// ErrTruncated when the stream ended inside a record or its gzip framing is
// broken (the next call returns io.EOF).
func (w *WARCReader) Next() (*WARCRecord, error) {
	if w.done {
		return nil, io.EOF
	}
	rec, err := w.next()
	if err != nil && w.cr.err != nil {
		// The stream itself is broken (cut or corrupt gzip): nothing more
		// can be read, whatever the record-level error looked like.
		err = w.cr.err
	}
	if err != nil && (w.cr.err != nil || !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrTooLarge)) {
		w.done = true
		if err != io.EOF {
			err = classifyReadErr(err)
			if !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrMalformed) {
				err = fmt.Errorf("%w: %w", ErrTruncated, err)
			}
			err = fmt.Errorf("ingest: warc: at offset %d: %w", w.offset(), err)
		}
	}
	return rec, err
}

func (w *WARCReader) next() (*WARCRecord, error) {
	max := w.cfg.MaxHeaderBytes
	// Find the version line, skipping blank lines (the "\r\n\r\n" after each
	// block) and, after an error, anything up to the next "WARC/" line.
	var start int64
	var version string
	for {
		start = w.offset()
		line, tooLong, err := readLine(w.br, max)
		if err != nil {
			return nil, err
		}
		if tooLong {
			w.resync = true
			continue
		}
		s := string(bytes.TrimSpace(line))
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "WARC/") {
			version, w.resync = s, false
			break
		}
		if !w.resync {
			w.resync = true
			return nil, fmt.Errorf("ingest: warc: at offset %d: %w: expected WARC version line, got %.40q", start, ErrMalformed, s)
		}
	}
	rec := &WARCRecord{Offset: start, Version: version, Header: make(map[string]string, 12)}
	total, last := 0, ""
	for {
		line, tooLong, err := readLine(w.br, max)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		total += len(line) + 2
		if tooLong || total > max {
			w.resync = true
			return nil, fmt.Errorf("ingest: warc: at offset %d: %w: header block over %d bytes", start, ErrTooLarge, max)
		}
		if len(line) == 0 || (len(line) == 1 && line[0] == '\r') {
			break
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			rec.Header[last] += " " + strings.TrimSpace(string(line))
			continue
		}
		name, value, ok := strings.Cut(string(line), ":")
		if !ok || strings.TrimSpace(name) == "" {
			w.resync = true
			return nil, fmt.Errorf("ingest: warc: at offset %d: %w: bad header line %.40q", start, ErrMalformed, line)
		}
		last = strings.ToLower(strings.TrimSpace(name))
		rec.Header[last] = strings.TrimSpace(value)
	}
	cl, err := strconv.ParseInt(rec.Header["content-length"], 10, 64)
	if err != nil || cl < 0 {
		w.resync = true
		return nil, fmt.Errorf("ingest: warc: at offset %d: %w: bad Content-Length %q", start, ErrMalformed, rec.Header["content-length"])
	}
	if cl > w.cfg.MaxRecordBytes {
		// Skip the block without keeping it; a lying length that runs past
		// the end of the stream just ends it.
		n, err := io.CopyN(io.Discard, w.br, cl)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, fmt.Errorf("after %d bytes of an oversized record: %w", n, err)
		}
		return nil, fmt.Errorf("ingest: warc: at offset %d: %w: record of %d bytes (cap %d)", start, ErrTooLarge, cl, w.cfg.MaxRecordBytes)
	}
	rec.Block, err = io.ReadAll(io.LimitReader(w.br, cl))
	if err != nil {
		return nil, err
	}
	if int64(len(rec.Block)) < cl {
		return nil, io.ErrUnexpectedEOF
	}
	return rec, nil
}
