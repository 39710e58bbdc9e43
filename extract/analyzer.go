package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/syntax"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract/actor"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/geo"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/extract/timex"
	"github.com/marsad/marsad/extract/topic"
)

// Config tunes the extraction layers. The zero value runs every layer.
type Config struct {
	// KeepMisc keeps MISC entities (events, works, products) in the output.
	KeepMisc bool
	// ParseAll parses every sentence (for a CoNLL-U view of the
	// document); by default only the sentences that may hold a statement
	// or an event are parsed, since no other layer reads the trees.
	ParseAll bool
	// MaxBodyBytes bounds the body analysed (default DefaultMaxBodyBytes;
	// negative: no limit). A longer body is cut after the last paragraph
	// that fits, and the analysis says so (Analysis.Truncated): the time
	// and memory of one analysis stay bounded whatever the input.
	MaxBodyBytes int
}

// sportConfidence is how sure the topic model must be that an article is a
// sports report before the event coder reads it as one.
const sportConfidence = 0.9

// DefaultMaxBodyBytes is the default MaxBodyBytes: 512 KiB, a quarter of a
// million Arabic letters, some fifty times a long news article; one
// analysis of a body this size peaks under 300 MB with the models (README,
// Speed and memory).
const DefaultMaxBodyBytes = 512 << 10

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
	topics *topic.Model
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
	topics, err := topic.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return &Analyzer{cfg: cfg, kb: kb, ner: ner, quotes: qx, coder: coder, gaz: gaz, syn: syn, topics: topics}, nil
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
	}
	an.Body, an.Paragraphs, an.Truncated = cutBody(art.Body, art.Paragraphs, z.maxBody())
	an.Paragraphs = nonNil(an.Paragraphs)
	if !art.Published.IsZero() {
		an.Published = art.Published.Format(time.RFC3339)
	}
	if !ref.IsZero() {
		an.ReferenceDate = ref.Format(time.DateOnly)
	}
	// Every sentence is tagged; only those that may hold a statement or an
	// event are parsed: the other layers do not read the trees.
	opts := syntax.Options{Parse: func(doc *arabic.Document, k int) bool {
		return z.quotes.MayQuote(doc, k) || z.coder.MayCode(doc, k)
	}}
	if z.cfg.ParseAll {
		opts.Parse = nil
	}
	doc, err := z.syn.AnnotateContext(ctx, an.Body, opts)
	if err != nil {
		return nil, fmt.Errorf("extract: syntax: %w", err)
	}
	an.Document = doc
	tp := z.topics.Classify(doc)
	an.Topic = &Topic{Name: tp.Topic, P: tp.P}
	res, err := z.ner.AnalyzeDocument(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("extract: entities: %w", err)
	}
	an.Entities = res.Entities
	an.Nationalities = nonNil(res.Nationalities)
	country := z.linkActors(an.Entities, ref)
	sport := tp.Topic == topic.Sport && tp.P >= sportConfidence
	an.Places = z.gaz.Find(an.Body, geo.Hints{Sport: sport, Locations: mentionsOf(an.Entities, entity.LOC), Names: mentionsOf(an.Entities, entity.PER, entity.ORG), Countries: isoCountries(z.kb, country, an.Nationalities), Document: doc})
	tagged := len(an.Entities)
	widenToPlaces(an.Entities, an.Places, an.Body)
	an.Entities = addPlaceEntities(an.Entities, an.Places)
	z.linkActors(an.Entities[tagged:], ref) // codes for the places the tagger missed

	if err := ctx.Err(); err != nil {
		return nil, err
	}
	an.Quotes = z.quotes.ExtractDocument(doc, an.Paragraphs, an.Entities)
	an.Times = timex.FindDocument(doc, ref, timex.Options{})

	in := event.Input{Body: an.Body, Paragraphs: an.Paragraphs, Entities: an.Entities, Quotes: an.Quotes, Doc: doc,
		Sport: sport}
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
	if err := ctx.Err(); err != nil {
		return nil, err
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

// mentionsOf returns the mentions of the entities of the given types.
func mentionsOf(ents []entity.Entity, types ...string) []entity.Mention {
	var out []entity.Mention
	for _, e := range ents {
		if slices.Contains(types, e.Type) {
			out = append(out, e.Mentions...)
		}
	}
	return out
}

// isoCountries returns the ISO alpha-2 codes of the countries an article
// is about: its main country (ISO alpha-3) and those its nationality
// adjectives name (الفلسطيني، اليمنية), each once.
func isoCountries(kb *actor.KB, iso3 string, nats []entity.NationalityMention) []string {
	var out []string
	add := func(code string) {
		if len(code) < 3 {
			return
		}
		if c, ok := kb.CountryByCode(code[:3]); ok && c.ISO2 != "" && !slices.Contains(out, c.ISO2) {
			out = append(out, c.ISO2)
		}
	}
	add(iso3)
	for _, n := range nats {
		add(n.Code)
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (z *Analyzer) maxBody() int {
	switch {
	case z.cfg.MaxBodyBytes < 0:
		return int(^uint(0) >> 1)
	case z.cfg.MaxBodyBytes == 0:
		return DefaultMaxBodyBytes
	}
	return z.cfg.MaxBodyBytes
}

// cutBody returns the body and paragraphs to analyse: all of them when the
// body fits in limit bytes, else the paragraphs that end within it (a
// first paragraph longer than the limit is cut at the last white space
// before it), with a Truncation saying so.
func cutBody(body string, paras []document.Paragraph, limit int) (string, []document.Paragraph, *Truncation) {
	if len(body) <= limit {
		return body, paras, nil
	}
	end := 0
	var kept []document.Paragraph
	for _, p := range paras {
		if p.End > limit {
			break
		}
		kept = append(kept, p)
		end = p.End
	}
	if end == 0 {
		end = strings.LastIndexAny(body[:limit], " \n\t")
		if end <= 0 {
			end = limit
		}
		for end > 0 && !utf8.RuneStart(body[end]) {
			end--
		}
		kept = nil
		for _, p := range paras {
			if p.Start < end {
				p.End = min(p.End, end)
				kept = append(kept, p)
			}
		}
	}
	tr := &Truncation{OriginalBytes: len(body), Reason: fmt.Sprintf("body of %d bytes is longer than the %d-byte limit of one analysis", len(body), limit)}
	return body[:end], kept, tr
}
