package document

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"
)

// Format is the kind of raw input.
type Format string

// Input formats.
const (
	FormatAuto  Format = ""
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSON  Format = "json"  // one JSON record
	FormatJSONL Format = "jsonl" // JSON Lines, one record a line (see ScanJSONL)
)

// Errors returned for unusable input; check them with errors.Is.
var (
	ErrEmpty    = errors.New("document: empty input")
	ErrBinary   = errors.New("document: binary input, not text")
	ErrNoBody   = errors.New("document: no article body found")
	ErrTooLarge = errors.New("document: input larger than the size limit")
	// ErrManyRecords is returned by Parse for JSON Lines input holding more
	// than one record; read those with ScanJSONL.
	ErrManyRecords = errors.New("document: input holds several records")
	// ErrLineTooLong is reported by ScanJSONL for a line above the limit.
	ErrLineTooLong = errors.New("document: line longer than the limit")
)

// Input is one raw document and what is known about it.
type Input struct {
	Data        []byte
	Name        string    // file name, used to detect the format by extension
	URL         string    // where it came from, if known
	ContentType string    // HTTP Content-Type, if fetched
	Format      Format    // FormatAuto detects
	Fetched     time.Time // fetch time, if known
}

// Default limits used when an Options field is zero.
const (
	DefaultMaxBytes     = 50 << 20 // 50 MB
	DefaultMaxLineBytes = 16 << 20 // 16 MB
)

// Options tunes parsing. The zero value uses the defaults.
type Options struct {
	// MaxBytes caps the raw input (and a decompressed gzip input) of Parse;
	// larger input fails with ErrTooLarge. Zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxLineBytes caps one JSON Lines line in ScanJSONL; a longer line is
	// reported with ErrLineTooLong and skipped. Zero means
	// DefaultMaxLineBytes.
	MaxLineBytes int
	// MaxDecompressedBytes caps a gzip stream read by ScanJSONL once
	// decompressed. Zero means MinInflateCap (see DecompressedCap for a
	// cap that follows the compressed size).
	MaxDecompressedBytes int64
}

func (o Options) maxDecompressedBytes() int64 {
	if o.MaxDecompressedBytes > 0 {
		return o.MaxDecompressedBytes
	}
	return MinInflateCap
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) maxLineBytes() int {
	if o.MaxLineBytes > 0 {
		return o.MaxLineBytes
	}
	return DefaultMaxLineBytes
}

// Parse cleans one raw document into an Article with the default Options.
// See Options.Parse.
func Parse(ctx context.Context, in Input) (*Article, error) {
	return Options{}.Parse(ctx, in)
}

// Parse cleans one raw document into an Article.
//
// The format is in.Format, or else detected by Detect; gzip-compressed data
// is decompressed first. Text and HTML are decoded to UTF-8 from the
// charset of in.ContentType, a byte-order mark, an HTML meta tag or, for
// undeclared data that is not valid UTF-8 and looks Arabic, windows-1256;
// other invalid bytes become U+FFFD.
//
// Article.Format is the format parsed; Article.URL is in.URL unless the
// document states its own; when the document gives no date, Published is
// in.Fetched. Body holds the paragraphs joined by "\n\n", subheadings
// included (KindHeading, also listed in Subheadings); the title is not in
// Body. Authors and Subheadings are never nil.
//
// Errors: ctx.Err() if ctx is done; ErrEmpty for empty or blank input;
// ErrTooLarge above Options.MaxBytes; ErrBinary for binary data; ErrNoBody
// when nothing is left after cleaning; ErrManyRecords for JSON Lines with
// several records; JSON syntax errors wrapped. All are prefixed "document:".
func (o Options) Parse(ctx context.Context, in Input) (*Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if int64(len(in.Data)) > o.maxBytes() {
		return nil, fmt.Errorf("%w (%d bytes, limit %d)", ErrTooLarge, len(in.Data), o.maxBytes())
	}
	data := in.Data
	if isGzip(data) {
		var err error
		if data, err = gunzipAll(data, o.maxBytes()); err != nil {
			return nil, err
		}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	in.Data = data
	f := Detect(in)
	var (
		a   *Article
		err error
	)
	switch f {
	case FormatHTML:
		a, err = parseHTML(ctx, data, in.ContentType)
	case FormatJSON, FormatJSONL:
		a, err = parseJSONInput(data, o)
	default:
		var s string
		if s, err = decodeText(data, in.ContentType, false); err == nil {
			a, err = parseText(s)
		}
	}
	if err != nil {
		return nil, err
	}
	if a.URL == "" {
		a.URL = in.URL
	}
	if a.Published.IsZero() && !in.Fetched.IsZero() {
		a.Published = in.Fetched
	}
	return a, nil
}
