package extract

import (
	"context"
	"fmt"
	"github.com/marsad/marsad/arabic"
	"time"

	"github.com/marsad/marsad/arabic/syntax"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract/actor"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/geo"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/extract/timex"
)

// Config tunes the extraction layers. The zero value runs every layer.
type Config struct {
	// KeepMisc keeps MISC entities (events, works, products) in the output.
	KeepMisc bool
}

// Analyzer runs the extraction layers. It is safe for concurrent use; build
// one with New and share it, since loading the models is the expensive part.
type Analyzer struct {
	cfg    Config
	kb     *actor.KB
	ner    *entity.Recognizer
	quotes *quote.Extractor
	coder  *event.Coder
	gaz    *geo.Gazetteer
	syn    *syntax.Model
}

// New loads the embedded models and returns an Analyzer.
func New(cfg Config) (*Analyzer, error) {
	kb, err := actor.Load()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	tagger, err := entity.DefaultTagger()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	ner, err := entity.New(tagger, entity.Options{Nationalities: kb, KeepMisc: cfg.KeepMisc, Organisations: kb.Organisations()})
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	qx, err := quote.New()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	coder, err := event.New(kb)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	gaz, err := geo.Load()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	syn, err := syntax.DefaultModel()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return &Analyzer{cfg: cfg, kb: kb, ner: ner, quotes: qx, coder: coder, gaz: gaz, syn: syn}, nil
}

// Analyze runs every layer over a cleaned article: entities (linked to
// actors), quotes, times, places, then events, which read all the others.
// ref is the reference date for relative times; the zero time means the
// article's published date, and failing that, times stay unresolved.
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
	}
	if !art.Published.IsZero() {
		an.Published = art.Published.Format(time.RFC3339)
	}
	if !ref.IsZero() {
		an.ReferenceDate = ref.Format(time.DateOnly)
	}
	// Every sentence is tagged; only those that may hold a statement or an
	// event are parsed: the other layers do not read the trees.
	doc := z.syn.AnnotateWith(art.Body, syntax.Options{Parse: func(doc *arabic.Document, k int) bool {
		return z.quotes.MayQuote(doc, k) || z.coder.MayCode(doc, k)
	}})
	an.Document = doc
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res, err := z.ner.AnalyzeDocument(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("extract: entities: %w", err)
	}
	an.Entities = res.Entities
	an.Nationalities = nonNil(res.Nationalities)
	country := z.linkActors(an.Entities, ref)
	toks := doc.Tokens
	an.Places = z.gaz.Find(art.Body, geo.Hints{Locations: locMentions(an.Entities), Countries: isoCountries(z.kb, country), Tokens: toks})
	tagged := len(an.Entities)
	an.Entities = addPlaceEntities(an.Entities, an.Places)
	z.linkActors(an.Entities[tagged:], ref) // codes for the places the tagger missed

	an.Quotes = z.quotes.ExtractDocument(doc, art.Paragraphs, an.Entities)
	an.Times = timex.FindDocument(doc, ref, timex.Options{})

	in := event.Input{Body: art.Body, Paragraphs: art.Paragraphs, Entities: an.Entities, Quotes: an.Quotes, Doc: doc}
	for _, p := range an.Places {
		for _, s := range p.Spans {
			in.Places = append(in.Places, event.Located{Start: s.Start, End: s.End, Value: p.Name})
		}
	}
	for _, t := range an.Times {
		if t.Type == timex.Date {
			in.Dates = append(in.Dates, event.Located{Start: t.Start, End: t.End, Value: t.Value})
		}
	}
	an.Events = z.coder.Code(in)
	an.Times = timex.Group(an.Times)

	an.Entities = nonNil(an.Entities)
	an.Quotes = nonNil(an.Quotes)
	an.Times = nonNil(an.Times)
	an.Places = nonNil(an.Places)
	an.Events = nonNil(an.Events)
	return an, nil
}

func locMentions(ents []entity.Entity) []entity.Mention {
	var out []entity.Mention
	for _, e := range ents {
		if e.Type == entity.LOC {
			out = append(out, e.Mentions...)
		}
	}
	return out
}

func isoCountries(kb *actor.KB, iso3 string) []string {
	if iso3 == "" {
		return nil
	}
	if c, ok := kb.CountryByCode(iso3); ok && c.ISO2 != "" {
		return []string{c.ISO2}
	}
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
