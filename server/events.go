package server

import (
	"net/http"
	"time"

	"github.com/marsad/marsad/store"
)

// eventJSON is one coded event with the article it appears in: Actor1 did
// Type to Actor2.
type eventJSON struct {
	ArticleID     string    `json:"article_id"`
	StoryID       string    `json:"story_id,omitempty"`
	Source        string    `json:"source,omitempty"`
	Published     time.Time `json:"published,omitzero"`
	Type          string    `json:"type"`
	CAMEO         string    `json:"cameo,omitempty"`
	Actor1        string    `json:"actor1,omitempty"`
	Actor1Code    string    `json:"actor1_code,omitempty"`
	Actor2        string    `json:"actor2,omitempty"`
	Actor2Code    string    `json:"actor2_code,omitempty"`
	Place         string    `json:"place,omitempty"`
	Date          string    `json:"date,omitempty"`
	Modality      string    `json:"modality"`
	Evidence      string    `json:"evidence"`
	EvidenceStart int       `json:"evidence_start"`
	EvidenceEnd   int       `json:"evidence_end"`
	Confidence    float64   `json:"confidence"`
	Reports       int       `json:"reports,omitempty"`
}

func newEventJSON(e store.EventRow) eventJSON {
	return eventJSON{
		ArticleID: e.ArticleID, StoryID: e.StoryID, Source: e.Source, Published: e.Published,
		Type: e.Type, CAMEO: e.CAMEO, Actor1: e.Actor1, Actor1Code: e.Actor1Code,
		Actor2: e.Actor2, Actor2Code: e.Actor2Code, Place: e.Place, Date: e.Date,
		Modality: e.Modality, Evidence: e.Evidence, EvidenceStart: e.EvidenceStart, EvidenceEnd: e.EvidenceEnd,
		Confidence: e.Confidence, Reports: e.Reports,
	}
}

// events answers GET /api/events: events, newest article first;
// distinct=true lists an event reported by several articles once, with
// its number of reports.
func (s *Server) events(w http.ResponseWriter, r *http.Request) error {
	f, err := s.filter(r, eventOnly)
	if err != nil {
		return err
	}
	if f.DistinctEvents, err = parseBool(r.URL.Query(), "distinct"); err != nil {
		return err
	}
	p, err := s.store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newList(mapSlice(p.Items, newEventJSON), p.Total, f))
}
