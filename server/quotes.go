package server

import (
	"net/http"
	"strings"
	"time"

	"github.com/marsad/marsad/store"
)

// quoteJSON is one quote with the article it appears in; the offsets are
// byte offsets into that article's analysis body.
type quoteJSON struct {
	ArticleID    string    `json:"article_id"`
	StoryID      string    `json:"story_id,omitempty"`
	Source       string    `json:"source,omitempty"`
	Published    time.Time `json:"published,omitzero"`
	Speaker      string    `json:"speaker"`
	Kind         string    `json:"kind"`
	Cue          string    `json:"cue"`
	Content      string    `json:"content"`
	ContentStart int       `json:"content_start"`
	ContentEnd   int       `json:"content_end"`
	Confidence   float64   `json:"confidence"`
}

func newQuoteJSON(q store.QuoteRow) quoteJSON {
	return quoteJSON{
		ArticleID: q.ArticleID, StoryID: q.StoryID, Source: q.Source, Published: q.Published,
		Speaker: q.Speaker, Kind: q.Kind, Cue: q.Cue, Content: q.Content,
		ContentStart: q.ContentStart, ContentEnd: q.ContentEnd, Confidence: q.Confidence,
	}
}

// quoteParams are the query parameters of GET /api/quotes: the listing
// filters, q (words of the quote) and speaker (actor's synonym).
var quoteParams = append([]string{"q", "speaker", "min_confidence"}, filterParams...)

// quotes answers GET /api/quotes: quotes, newest article first; q keeps
// those whose own words match (the search query language).
func (s *Server) quotes(w http.ResponseWriter, r *http.Request) error {
	qq, err := s.quoteQuery(r)
	if err != nil {
		return err
	}
	p, err := s.store.SearchQuotes(r.Context(), qq)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newList(mapSlice(p.Items, newQuoteJSON), p.Total, qq.Filter))
}

// quoteQuery reads a quote search: q, speaker (or actor) and the listing
// filters.
func (s *Server) quoteQuery(r *http.Request) (store.QuoteQuery, error) {
	text, f, err := s.searchParams(r)
	if err != nil {
		return store.QuoteQuery{}, err
	}
	if sp := strings.TrimSpace(r.URL.Query().Get("speaker")); sp != "" {
		if f.Actor != "" && f.Actor != sp {
			return store.QuoteQuery{}, badRequest("speaker and actor name the same filter: give one")
		}
		f.Actor = sp
	}
	return store.QuoteQuery{Text: text, Filter: f}, nil
}
