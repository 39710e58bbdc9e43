package document

import "time"

// ParagraphKind says what role a paragraph plays in the article body.
type ParagraphKind string

// Paragraph kinds.
const (
	KindText    ParagraphKind = "text"
	KindHeading ParagraphKind = "heading"
)

// Paragraph is one block of the cleaned body. Start and End are byte
// offsets into Article.Body (End exclusive).
type Paragraph struct {
	Start int           `json:"start"`
	End   int           `json:"end"`
	Kind  ParagraphKind `json:"kind"`
}

// Article is a cleaned news article.
//
// Body holds the paragraphs (subheadings included, as KindHeading
// paragraphs) joined by "\n\n"; every offset produced downstream is a byte
// offset into Body.
type Article struct {
	ID          string      `json:"id,omitempty"`
	URL         string      `json:"url,omitempty"`
	Source      string      `json:"source,omitempty"`
	Category    string      `json:"category,omitempty"`
	Format      string      `json:"format,omitempty"`
	Title       string      `json:"title"`
	Authors     []string    `json:"authors"`
	Published   time.Time   `json:"published,omitzero"`
	Subheadings []string    `json:"subheadings"`
	Body        string      `json:"body"`
	Paragraphs  []Paragraph `json:"paragraphs"`
}

// Text returns the text of paragraph p.
func (a *Article) Text(p Paragraph) string { return a.Body[p.Start:p.End] }
