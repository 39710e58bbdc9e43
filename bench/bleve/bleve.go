package blevebench

import (
	"context"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/storetest"
)

// bleveEngine is a bleve v2 index (scorch) with its Arabic analyzer ("ar":
// normalisation, stop words, Lucene's light stemmer) on title and body,
// both stored with term vectors for highlighting, the source as a keyword
// and the publication date as a date.
type bleveEngine struct {
	path string
	idx  bleve.Index
}

// bleveDoc is the document bleve indexes.
type bleveDoc struct {
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	Source    string    `json:"source"`
	Published time.Time `json:"published"`
}

// bleveBatch is how many documents go in one bleve batch (as many as
// Marsad's store.Writer puts in a transaction).
const bleveBatch = 256

func newBleve(dir string) (*bleveEngine, error) {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = ar.AnalyzerName
	text.Store = true
	text.IncludeTermVectors = true
	kw := bleve.NewTextFieldMapping()
	kw.Analyzer = keyword.Name
	kw.IncludeInAll = false
	date := bleve.NewDateTimeFieldMapping()
	date.IncludeInAll = false
	doc := bleve.NewDocumentMapping()
	doc.AddFieldMappingsAt("title", text)
	doc.AddFieldMappingsAt("body", text)
	doc.AddFieldMappingsAt("source", kw)
	doc.AddFieldMappingsAt("published", date)
	im := bleve.NewIndexMapping()
	im.DefaultAnalyzer = ar.AnalyzerName
	im.DefaultMapping = doc
	path := filepath.Join(dir, "bleve")
	idx, err := bleve.New(path, im)
	if err != nil {
		return nil, err
	}
	return &bleveEngine{path: path, idx: idx}, nil
}

func (b *bleveEngine) Name() string { return "bleve" }

func (b *bleveEngine) Index(_ context.Context, docs []storetest.NewsDoc) error {
	batch := b.idx.NewBatch()
	for _, d := range docs {
		pub, _ := time.Parse(time.RFC3339, d.Published)
		if err := batch.Index(d.ID, bleveDoc{Title: d.Title, Body: d.Text, Source: d.Source, Published: pub}); err != nil {
			return err
		}
		if batch.Size() >= bleveBatch {
			if err := b.idx.Batch(batch); err != nil {
				return err
			}
			batch.Reset()
		}
	}
	if batch.Size() > 0 {
		if err := b.idx.Batch(batch); err != nil {
			return err
		}
	}
	return b.idx.Close()
}

func (b *bleveEngine) Open(context.Context) error {
	idx, err := bleve.Open(b.path)
	b.idx = idx
	return err
}

func (b *bleveEngine) Search(ctx context.Context, q store.SearchQuery) (int, error) {
	node, err := store.ParseQuery(q.Text)
	if err != nil || node == nil {
		return 0, nil
	}
	var bq query.Query = bleveQuery(node)
	var filters []query.Query
	if q.Source != "" {
		t := bleve.NewTermQuery(q.Source)
		t.SetField("source")
		filters = append(filters, t)
	}
	if !q.Since.IsZero() {
		d := bleve.NewDateRangeQuery(q.Since, time.Time{})
		d.SetField("published")
		filters = append(filters, d)
	}
	if len(filters) > 0 {
		bq = bleve.NewConjunctionQuery(append([]query.Query{bq}, filters...)...)
	}
	req := bleve.NewSearchRequestOptions(bq, q.PageLimit(), q.Offset, false)
	req.Fields = []string{"title", "source", "published"}
	req.Highlight = bleve.NewHighlight()
	if q.Facets {
		req.AddFacet("sources", bleve.NewFacetRequest("source", 10))
	}
	res, err := b.idx.SearchInContext(ctx, req)
	if err != nil {
		return 0, err
	}
	return int(res.Total), nil
}

// bleveQuery is the bleve query of a parsed Marsad query: the words as
// written go through bleve's own analyzer (match and match-phrase
// queries on the composite field of title and body).
func bleveQuery(n *store.QueryNode) query.Query {
	switch n.Kind {
	case store.QueryWord:
		return bleve.NewMatchQuery(n.Text)
	case store.QueryPhrase:
		return bleve.NewMatchPhraseQuery(n.Text)
	case store.QueryOr:
		qs := make([]query.Query, len(n.Children))
		for i, c := range n.Children {
			qs[i] = bleveQuery(c)
		}
		return bleve.NewDisjunctionQuery(qs...)
	case store.QueryAnd:
		var pos, neg []query.Query
		for _, c := range n.Children {
			if c.Kind == store.QueryNot {
				neg = append(neg, bleveQuery(c.Children[0]))
			} else {
				pos = append(pos, bleveQuery(c))
			}
		}
		if len(neg) == 0 {
			return bleve.NewConjunctionQuery(pos...)
		}
		bq := bleve.NewBooleanQuery()
		bq.AddMust(pos...)
		bq.AddMustNot(neg...)
		return bq
	}
	return bleve.NewMatchNoneQuery()
}

func (b *bleveEngine) Bytes() int64 {
	var n int64
	_ = filepath.WalkDir(b.path, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func (b *bleveEngine) ServerCPU() float64 { return 0 }

func (b *bleveEngine) Close() error { return b.idx.Close() }
