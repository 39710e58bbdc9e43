package store

import "time"

// SearchQuery is a full-text search with filters. Text uses the query
// language of ParseQuery; empty Text lists the filtered articles newest
// first.
type SearchQuery struct {
	Text string
	Filter
	// Sort orders the hits: by relevance (the default) or newest first.
	Sort Sort
	// Facets asks for facet counts over all matches (not only the page).
	Facets bool
	// Snippets is the number of snippets per hit (0: 1; negative: none).
	Snippets int
}

// Sort is the order of search hits.
type Sort uint8

// Orders of search hits. Without query text, hits are always newest first.
const (
	SortRelevance Sort = iota // best match first (newest stored first past RankLimit matches)
	SortNewest                // newest published first (unknown dates last)
)

// Span is a byte range [Start, End) in an article's Body (or Title, for
// Hit.TitleHighlights).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Snippet is a passage of the original body around matches. Text is
// Body[Start:End]; Highlights are the matched words, as offsets into Body.
type Snippet struct {
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Highlights []Span `json:"highlights"`
}

// Hit is one matching article.
type Hit struct {
	ID              string    `json:"id"`
	Title           string    `json:"title"`
	URL             string    `json:"url,omitempty"`
	Source          string    `json:"source,omitempty"`
	Published       time.Time `json:"published,omitzero"`
	StoryID         string    `json:"story_id,omitempty"`
	DuplicateOf     string    `json:"duplicate_of,omitempty"`
	Score           float64   `json:"score"` // higher is better (sqlite: negated BM25; postgres: ts_rank)
	TitleHighlights []Span    `json:"title_highlights,omitempty"`
	Snippets        []Snippet `json:"snippets,omitempty"`
}

// FacetCount is one facet value with the number of matching articles.
type FacetCount struct {
	Value string `json:"value"`
	Type  string `json:"type,omitempty"` // entity type, for Entities
	Count int    `json:"count"`
}

// Facets are counts over all matches, largest first (top 10 each).
type Facets struct {
	Sources    []FacetCount `json:"sources"`
	Entities   []FacetCount `json:"entities"`
	EventTypes []FacetCount `json:"event_types"`
}

// SearchResult is one page of hits.
type SearchResult struct {
	Total  int     `json:"total"`
	Hits   []Hit   `json:"hits"`
	Facets *Facets `json:"facets,omitempty"`
}
