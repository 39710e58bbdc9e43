// Package marsad is Marsad's library API: raw Arabic news in, structured
// analysis out.
//
//	az, err := marsad.New(marsad.Config{})
//	an, err := az.Analyze(ctx, marsad.Input{Data: page})
//
// The pipeline runs document (clean) → arabic (text analysis) → extract
// (entities, actors, quotes, events, places, times).
package marsad

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract"
)

// Analysis is the result of analysing one article.
type Analysis = extract.Analysis

// Input is one raw document (a text dump, an HTML page or a JSON record).
type Input struct {
	Data          []byte
	Name          string          // file name; its extension helps detect the format
	URL           string          // origin, if known
	ContentType   string          // HTTP Content-Type, if fetched
	Format        document.Format // "" detects
	ReferenceDate time.Time       // for relative times; zero: the article's date
}

// Config configures an Analyzer.
type Config struct {
	Extract extract.Config
}

// Analyzer cleans and analyses documents. Build one with New and reuse it:
// it holds the loaded models and is safe for concurrent use.
type Analyzer struct {
	ex *extract.Analyzer
}

// New returns an Analyzer with the embedded models loaded.
func New(cfg Config) (*Analyzer, error) {
	ex, err := extract.New(cfg.Extract)
	if err != nil {
		return nil, fmt.Errorf("marsad: %w", err)
	}
	return &Analyzer{ex: ex}, nil
}

// Analyze cleans one raw document and analyses it.
func (a *Analyzer) Analyze(ctx context.Context, in Input) (*Analysis, error) {
	art, err := document.Parse(ctx, document.Input{
		Data: in.Data, Name: in.Name, URL: in.URL, ContentType: in.ContentType, Format: in.Format,
	})
	if err != nil {
		return nil, err
	}
	return a.AnalyzeArticle(ctx, art, in.ReferenceDate)
}

// AnalyzeArticle analyses an already cleaned article.
func (a *Analyzer) AnalyzeArticle(ctx context.Context, art *document.Article, ref time.Time) (*Analysis, error) {
	return a.ex.Analyze(ctx, art, ref)
}

var defaultAnalyzer = sync.OnceValues(func() (*Analyzer, error) { return New(Config{}) })

// Analyze analyses one raw document with a shared default Analyzer.
func Analyze(ctx context.Context, in Input) (*Analysis, error) {
	a, err := defaultAnalyzer()
	if err != nil {
		return nil, err
	}
	return a.Analyze(ctx, in)
}
