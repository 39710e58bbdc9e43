package server

import (
	"net/http"
	"time"

	"github.com/marsad/marsad/store"
)

// storyJSON is one story (a cluster of articles) with its counts.
type storyJSON struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	First    time.Time `json:"first,omitzero"`
	Last     time.Time `json:"last,omitzero"`
	Articles int       `json:"articles"`
	Sources  int       `json:"sources"`
	Mentions int       `json:"mentions"`
	Events   int       `json:"events"`
	Quotes   int       `json:"quotes"`
}

func newStoryJSON(s store.Story) storyJSON {
	return storyJSON{
		ID: s.ID, Title: s.Title, First: s.First, Last: s.Last, Articles: s.Articles,
		Sources: s.Sources, Mentions: s.Mentions, Events: s.Events, Quotes: s.Quotes,
	}
}

// stories answers GET /api/stories: stories, largest first.
func (s *Server) stories(w http.ResponseWriter, r *http.Request) error {
	f, err := s.filter(r, entityOrEvent)
	if err != nil {
		return err
	}
	p, err := s.store.Stories(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newList(mapSlice(p.Items, newStoryJSON), p.Total, f))
}
