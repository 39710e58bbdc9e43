// Package geo resolves place names in an article to gazetteer entries.
package geo

// Place is a geocoded place named in the article.
type Place struct {
	Name     string  `json:"name"`
	Country  string  `json:"country"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	Kind     string  `json:"kind"`
	Mentions []int   `json:"mentions,omitempty"`
}
