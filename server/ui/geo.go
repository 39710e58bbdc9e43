package ui

import (
	"fmt"
	"math"
)

// The world map (static/world.svg) is equirectangular in tenths of a
// degree: x = (lon+180)*10, y = (90-lat)*10 on a 3600×1800 plane.
const (
	worldW = 3600
	worldH = 1800
)

// project maps a coordinate onto the world map plane.
func project(lat, lon float64) (x, y float64) {
	return (lon + 180) * 10, (90 - lat) * 10
}

// marker is one point drawn on a map.
type marker struct {
	X, Y, R            float64
	Class, Title, Href string
}

// mapView is an SVG map: the world image and markers, seen through
// ViewBox.
type mapView struct {
	ViewBox string
	Markers []marker
	Label   string // accessible name of the map
	Zoom    bool   // the map page's: zoomed and panned by static/js/map.js
}

// newMapView frames the markers: the whole inhabited world (80°N–60°S)
// when zoom is false, else the markers' bounding box with a margin, no
// smaller than 20°×13°.
func newMapView(ms []marker, zoom bool, label string) mapView {
	v := mapView{Markers: ms, Label: label, ViewBox: "0 100 3600 1400"}
	if !zoom || len(ms) == 0 {
		return v
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, m := range ms {
		x0, y0 = math.Min(x0, m.X), math.Min(y0, m.Y)
		x1, y1 = math.Max(x1, m.X), math.Max(y1, m.Y)
	}
	w := math.Max(x1-x0+120, 200)
	hgt := math.Max(y1-y0+120, 130)
	if w < hgt*1.5 { // keep a landscape frame
		w = hgt * 1.5
	} else {
		hgt = w / 1.5
	}
	cx, cy := (x0+x1)/2, (y0+y1)/2
	x := math.Max(0, math.Min(worldW-w, cx-w/2))
	y := math.Max(0, math.Min(worldH-hgt, cy-hgt/2))
	v.ViewBox = fmt.Sprintf("%.0f %.0f %.0f %.0f", x, y, w, hgt)
	// Markers keep a readable size whatever the zoom.
	scale := w / worldW
	for i := range v.Markers {
		v.Markers[i].R = math.Max(v.Markers[i].R*scale*2.5, w/150)
	}
	return v
}
