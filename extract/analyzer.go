package extract

import (
	"context"
	"time"

	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/geo"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/extract/timex"
)

// Config selects and tunes the extraction layers.
type Config struct{}

// Analyzer runs the extraction layers. It is safe for concurrent use; build
// one with New and share it, since loading models is the expensive part.
type Analyzer struct {
	cfg Config
}

// New loads the embedded models and returns an Analyzer.
func New(cfg Config) (*Analyzer, error) {
	return &Analyzer{cfg: cfg}, nil
}

// Analyze runs every layer over a cleaned article. ref is the reference date
// for relative times; the zero time means "use the article's published date".
func (z *Analyzer) Analyze(ctx context.Context, art *document.Article, ref time.Time) (*Analysis, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if ref.IsZero() {
		ref = art.Published
	}
	an := &Analysis{
		Version:     SchemaVersion,
		ID:          art.ID,
		URL:         art.URL,
		Source:      art.Source,
		Format:      art.Format,
		Title:       art.Title,
		Authors:     nonNil(art.Authors),
		Subheadings: nonNil(art.Subheadings),
		Body:        art.Body,
		Paragraphs:  nonNil(art.Paragraphs),
		Entities:    []entity.Entity{},
		Quotes:      []quote.Quote{},
		Events:      []event.Event{},
		Places:      []geo.Place{},
		Times:       []timex.Expression{},
	}
	if !art.Published.IsZero() {
		an.Published = art.Published.Format(time.RFC3339)
	}
	if !ref.IsZero() {
		an.ReferenceDate = ref.Format(time.DateOnly)
	}
	return an, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
