package document

import (
	"context"
	"errors"
	"strings"
	"time"
)

// Format is the kind of raw input.
type Format string

// Input formats.
const (
	FormatAuto Format = ""
	FormatText Format = "text"
	FormatHTML Format = "html"
	FormatJSON Format = "json"
)

// Errors returned for unusable input; check them with errors.Is.
var (
	ErrEmpty  = errors.New("document: empty input")
	ErrBinary = errors.New("document: binary input, not text")
	ErrNoBody = errors.New("document: no article body found")
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

// Parse cleans one raw document into an Article.
//
// PLACEHOLDER: first line is the title, the rest the body. The document
// package's real cleaner replaces this.
func Parse(ctx context.Context, in Input) (*Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s := strings.TrimSpace(string(in.Data))
	if s == "" {
		return nil, ErrEmpty
	}
	title, body, _ := strings.Cut(s, "\n")
	a := &Article{Title: strings.TrimSpace(title), URL: in.URL, Format: string(FormatText)}
	for _, p := range strings.Split(body, "\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if a.Body != "" {
			a.Body += "\n\n"
		}
		a.Paragraphs = append(a.Paragraphs, Paragraph{Start: len(a.Body), End: len(a.Body) + len(p), Kind: KindText})
		a.Body += p
	}
	return a, nil
}
