package server

import (
	"net/http"
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
}

func newQuoteJSON(q store.QuoteRow) quoteJSON {
	return quoteJSON{
		ArticleID: q.ArticleID, StoryID: q.StoryID, Source: q.Source, Published: q.Published,
		Speaker: q.Speaker, Kind: q.Kind, Cue: q.Cue, Content: q.Content,
		ContentStart: q.ContentStart, ContentEnd: q.ContentEnd,
	}
}

// quotes answers GET /api/quotes: quotes, newest article first.
func (s *Server) quotes(w http.ResponseWriter, r *http.Request) error {
	f, err := s.filter(r, entityOrEvent)
	if err != nil {
		return err
	}
	p, err := s.store.Quotes(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newList(mapSlice(p.Items, newQuoteJSON), p.Total, f))
}
