package server

import (
	"cmp"
	"net/http"
	"net/url"

	"github.com/marsad/marsad/store"
)

// actorJSON is one actor of GET /api/actors: an entity aggregated across
// articles by canonical name and type. ID names it in /api/actors/{id}.
type actorJSON struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Type      string `json:"type"`
	ActorID   string `json:"actor_id,omitempty"`
	ActorCode string `json:"actor_code,omitempty"`
	Stories   int    `json:"stories"`
	Articles  int    `json:"articles"`
	Mentions  int    `json:"mentions"`
	URL       string `json:"url"`
}

func newActorJSON(a store.Actor) actorJSON {
	id := cmp.Or(a.ActorID, a.Name)
	return actorJSON{
		ID: id, Name: a.Name, Type: a.Type, ActorID: a.ActorID, ActorCode: a.ActorCode,
		Stories: a.Stories, Articles: a.Articles, Mentions: a.Mentions,
		URL: "/api/actors/" + url.PathEscape(id),
	}
}

// actors answers GET /api/actors: actors, most mentioned first.
func (s *Server) actors(w http.ResponseWriter, r *http.Request) error {
	f, err := s.filter(r, entityOnly)
	if err != nil {
		return err
	}
	p, err := s.store.Actors(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newList(mapSlice(p.Items, newActorJSON), p.Total, f))
}
