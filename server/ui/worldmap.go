package ui

import (
	"math"
	"net/http"

	"github.com/marsad/marsad/server/internal/parallel"
	"github.com/marsad/marsad/store"
)

// mapPlaces bounds the places the map page shows, most named first; each
// counts all its events (store.PlaceRow.Events).
const mapPlaces = 300

// placeRow is a place on the map page.
type placeRow struct {
	store.PlaceRow
	URL string
}

// mapPage is the data of the map page.
type mapPage struct {
	F          filters
	Map        mapView
	Places     []placeRow
	Total      int // places
	Events     int // events of the filter, placed or not
	EventTypes []string
}

// Scripts are the map page's: svg-pan-zoom and its set-up.
func (mapPage) Scripts() []string {
	return []string{"/static/js/svg-pan-zoom.min.js", "/static/js/map.js"}
}

// worldMap serves /map: places (red, by number of articles) and events
// (blue, by number of events placed there) on the world map.
func (h *Handler) worldMap(w http.ResponseWriter, r *http.Request) {
	f := readFilters(r.URL.Query())
	f.Q, f.Page = "", 1
	var (
		pl  store.Page[store.PlaceRow]
		evs store.Page[store.EventRow]
	)
	err := parallel.Do(
		func() (err error) { pl, err = h.st.Places(r.Context(), f.store(mapPlaces)); return err },
		func() (err error) { evs, err = h.st.Events(r.Context(), f.store(1)); return err },
	)
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	v := mapPage{F: f, Total: pl.Total, Events: evs.Total, EventTypes: eventTypes}
	var places, events []marker
	for _, p := range pl.Items {
		row := placeRow{PlaceRow: p, URL: link("/", "place", p.Name)}
		v.Places = append(v.Places, row)
		if p.Lat == 0 && p.Lon == 0 {
			continue
		}
		x, y := project(p.Lat, p.Lon)
		places = append(places, marker{X: x, Y: y, R: 4 + 3*math.Sqrt(float64(p.Articles)), Class: "place",
			Title: p.Name + " — " + itoa(p.Articles) + " مقال", Href: row.URL})
		if p.Events > 0 {
			events = append(events, marker{X: x, Y: y, R: 3 + 2.5*math.Sqrt(float64(p.Events)), Class: "event",
				Title: p.Name + " — " + itoa(p.Events) + " حدث", Href: link("/events", "place", p.Name, "type", f.Type, "actor", f.Actor)})
		}
	}
	v.Map = newMapView(append(places, events...), false, "خريطة الأماكن والأحداث")
	v.Map.Zoom = true
	h.render(w, r, http.StatusOK, "map", "الخريطة", "map", v)
}
