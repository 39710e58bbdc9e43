package geo

import "github.com/marsad/marsad/extract/gazetteer"

// Kinds of place.
const (
	KindCountry = gazetteer.KindCountry
	KindCity    = gazetteer.KindCity
	KindRegion  = gazetteer.KindRegion
	KindSite    = gazetteer.KindSite
	KindWater   = gazetteer.KindWater
)

// Place is a geocoded place named in the article.
type Place struct {
	// Name is the name as written in the text, without proclitics.
	Name string `json:"name"`
	// Country is the ISO 3166-1 alpha-2 code ("" for seas and regions that
	// span several countries).
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	// Kind is one of KindCountry, KindCity, KindRegion, KindSite, KindWater.
	Kind string `json:"kind"`
	// Mentions holds the byte offset in the body where each mention starts.
	Mentions []int `json:"mentions,omitempty"`
	// Spans holds each mention's byte span in the body (End exclusive).
	Spans []Span `json:"spans,omitempty"`
	// Population is the gazetteer population (0 when unknown).
	Population int64 `json:"population,omitempty"`
}

// Span is a byte range of the body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}
