package store

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/marsad/marsad/extract"
)

// Article is one stored article: its raw input, its analysis and its dedup
// verdict.
type Article struct {
	// ID is the article's stable identifier. Put fills it with
	// "a-" + ContentHash[:16] when empty.
	ID        string
	URL       string
	Source    string
	Title     string
	Published time.Time // zero: unknown
	// Body is the cleaned body every offset refers to; Put takes it from
	// Analysis.Body when empty.
	Body string

	// Raw is the input exactly as received; RawFormat its format
	// ("text", "html", "json", ...), as document.Format.
	Raw       []byte
	RawFormat string
	// ContentHash is the hex SHA-256 of Raw (of Body when Raw is empty);
	// Put computes it when empty. Put is idempotent on it.
	ContentHash string

	// TextHash is the exact-duplicate key (dedup.TextHash of Body), if known.
	TextHash string
	// DuplicateOf is the ID of the article this one repeats, or "".
	DuplicateOf string
	// StoryID is the story the article belongs to, or "".
	StoryID string

	// Analysis is the full analysis; its structured layers are also stored
	// as rows for the List queries. Nil stores the article unanalysed.
	Analysis *extract.Analysis

	// Added is when the article was first stored (set by the store).
	Added time.Time
}

// HashContent returns the hex SHA-256 of b, the ContentHash of a raw input.
func HashContent(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Prepare fills the derived fields Put relies on (ContentHash, Body, ID,
// Title, URL, Source from the analysis when empty). Implementations call it;
// callers need not.
func (a *Article) Prepare() {
	if a.Analysis != nil {
		an := a.Analysis
		if a.Body == "" {
			a.Body = an.Body
		}
		if a.Title == "" {
			a.Title = an.Title
		}
		if a.URL == "" {
			a.URL = an.URL
		}
		if a.Source == "" {
			a.Source = an.Source
		}
		if a.Published.IsZero() && an.Published != "" {
			if t, err := time.Parse(time.RFC3339, an.Published); err == nil {
				a.Published = t
			}
		}
	}
	if a.ContentHash == "" {
		if len(a.Raw) > 0 {
			a.ContentHash = HashContent(a.Raw)
		} else {
			a.ContentHash = HashContent([]byte(a.Title + "\n\n" + a.Body))
		}
	}
	if a.ID == "" {
		a.ID = "a-" + a.ContentHash[:16]
	}
}

// PutResult says what Put did.
type PutResult struct {
	ID string
	// Created is false when an article with the same ContentHash (or ID)
	// was already stored; the stored one is left unchanged and ID is its ID.
	Created bool
}

// RawInput is one stored raw input, as Raw yields it for re-analysis. Title
// and Body are the stored (cleaned) ones, enough to rebuild a dedup index;
// TextHash, DuplicateOf and StoryID are the stored dedup verdict, so that a
// dedup pass can tell what changed without reading whole articles.
type RawInput struct {
	ID          string
	URL         string
	Source      string
	Title       string
	Body        string
	Published   time.Time
	Raw         []byte
	RawFormat   string
	TextHash    string
	DuplicateOf string
	StoryID     string
}
