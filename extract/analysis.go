package extract

import (
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/geo"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/extract/timex"
)

// SchemaVersion is the version of the Analysis JSON contract
// (schema/analysis.schema.json). It changes when a field changes meaning or
// is removed; adding fields does not change it.
const SchemaVersion = "1.0"

// Analysis is everything Marsad finds in one article. Its JSON form is the
// public output contract described by schema/analysis.schema.json.
type Analysis struct {
	Version       string                      `json:"version"`
	ID            string                      `json:"id,omitempty"`
	URL           string                      `json:"url,omitempty"`
	Source        string                      `json:"source,omitempty"`
	Format        string                      `json:"format,omitempty"`
	Title         string                      `json:"title"`
	Authors       []string                    `json:"authors"`
	Published     string                      `json:"published,omitempty"`
	ReferenceDate string                      `json:"reference_date,omitempty"`
	Subheadings   []string                    `json:"subheadings"`
	Body          string                      `json:"body"`
	Paragraphs    []document.Paragraph        `json:"paragraphs"`
	Entities      []entity.Entity             `json:"entities"`
	Nationalities []entity.NationalityMention `json:"nationality_mentions"`
	Quotes        []quote.Quote               `json:"quotes"`
	Events        []event.Event               `json:"events"`
	Places        []geo.Place                 `json:"places"`
	Times         []timex.Expression          `json:"times"`
	// Topic is the kind of story the article is (news, sport, culture),
	// with the model's probability.
	Topic *Topic `json:"topic,omitempty"`
	// Truncated is set when the input's body was longer than the
	// analyzer's limit: Body and Paragraphs are then the part analysed.
	Truncated *Truncation `json:"truncated,omitempty"`
	// Document is the shared linguistic analysis of Body (tokens,
	// sentences, segments, parts of speech, dependency trees) that every
	// layer read. It is not part of the JSON output; 'marsad analyze
	// --format conllu' prints it.
	Document *arabic.Document `json:"-"`
}

// Truncation says that a body was cut before analysis, and why.
type Truncation struct {
	OriginalBytes int    `json:"original_bytes"`
	Reason        string `json:"reason"`
}

// Topic is what kind of story an article is (package topic).
type Topic struct {
	Name string  `json:"name"`
	P    float64 `json:"p"`
}
