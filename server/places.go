package server

import (
	"net/http"

	"github.com/marsad/marsad/store"
)

// geoJSONType is the media type of GeoJSON (RFC 7946).
const geoJSONType = "application/geo+json"

// featureCollection is the answer of GET /api/places: a GeoJSON
// FeatureCollection with the paging envelope as foreign members.
type featureCollection struct {
	Type     string    `json:"type"`
	Total    int       `json:"total"`
	Limit    int       `json:"limit"`
	Offset   int       `json:"offset"`
	Next     *int      `json:"next,omitempty"`
	Features []feature `json:"features"`
}

// feature is one place. Geometry is null for a place without coordinates.
type feature struct {
	Type       string      `json:"type"`
	Geometry   *point      `json:"geometry"`
	Properties placeFields `json:"properties"`
}

// point is a GeoJSON Point: [longitude, latitude].
type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

type placeFields struct {
	Name     string `json:"name"`
	Country  string `json:"country,omitempty"`
	Kind     string `json:"kind,omitempty"`
	Stories  int    `json:"stories"`
	Articles int    `json:"articles"`
	Mentions int    `json:"mentions"`
	// Events counts the events placed there (all of them; of the
	// filter's type and actor when given).
	Events int `json:"events"`
}

func newFeature(p store.PlaceRow) feature {
	f := feature{Type: "Feature", Properties: placeFields{
		Name: p.Name, Country: p.Country, Kind: p.Kind,
		Stories: p.Stories, Articles: p.Articles, Mentions: p.Mentions, Events: p.Events,
	}}
	if p.Lat != 0 || p.Lon != 0 {
		f.Geometry = &point{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}}
	}
	return f
}

// places answers GET /api/places: places, most mentioned first, as GeoJSON.
func (s *Server) places(w http.ResponseWriter, r *http.Request) error {
	f, err := s.filter(r, entityOrEvent)
	if err != nil {
		return err
	}
	p, err := s.store.Places(r.Context(), f)
	if err != nil {
		return err
	}
	l := newList(mapSlice(p.Items, newFeature), p.Total, f)
	return writeJSONType(w, http.StatusOK, geoJSONType, featureCollection{
		Type: "FeatureCollection", Total: l.Total, Limit: l.Limit, Offset: l.Offset, Next: l.Next, Features: l.Results,
	})
}
