package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/marsad/marsad/document"
)

// Doc is one raw document read from a source.
type Doc struct {
	Data        []byte          // raw bytes (decompressed)
	Name        string          // file name or path; its extension hints the format
	URL         string          // origin URL, if known
	ContentType string          // HTTP Content-Type, if known
	Format      document.Format // format hint; FormatAuto lets document.Parse detect
	Fetched     time.Time       // fetch or crawl time, if known
	Key         string          // stable source key, e.g. "file:a.jsonl#12", "warc:x.warc.gz#4096"
	// Validators are the HTTP cache validators of a fetched page; see
	// Fetcher.Remember.
	Validators Validators
}

// Input converts d to the document package's input.
func (d Doc) Input() document.Input {
	return document.Input{Data: d.Data, Name: d.Name, URL: d.URL, ContentType: d.ContentType, Format: d.Format, Fetched: d.Fetched}
}

// Hash returns the hex SHA-256 of d.Data, a content key for deduplication
// and checkpoints that does not depend on where the bytes came from.
func (d Doc) Hash() string {
	h := sha256.Sum256(d.Data)
	return hex.EncodeToString(h[:])
}

// Source yields raw documents one at a time.
//
// Next returns the next Doc, io.EOF when there are no more, an error wrapping
// ErrSkipped (usually a *SkipError) when it skipped a bad item and may be
// called again, or any other error when it cannot go on. It honours ctx.
// A Source is not safe for concurrent use.
type Source interface {
	Next(ctx context.Context) (Doc, error)
}

// ProgressReporter is implemented by sources that know how far they are,
// in bytes of input: done so far and total (total <= 0 when unknown).
type ProgressReporter interface {
	Progress() (done, total int64)
}
