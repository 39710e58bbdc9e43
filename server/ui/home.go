package ui

import (
	"math"
	"net/http"
	"time"

	"github.com/marsad/marsad/server/monitor"
)

// windowLink switches the desk between its windows.
type windowLink struct {
	Label, URL string
	Active     bool
}

// risingView is a rising actor or place with its link and bar.
type risingView struct {
	monitor.Rising
	URL   string
	Label string  // what the count means
	Width float64 // bar width, 0–100
}

// storyView is a top story with its links.
type storyView struct {
	monitor.Story
	URL string // the story's articles in search
}

// homeView is the data of the desk, the home page.
type homeView struct {
	F          filters // empty: the search form
	EventTypes []string
	D          *monitor.Digest
	Windows    []windowLink
	Stories    []storyView
	Actors     []risingView
	Places     []risingView
	Chart      chartView
	// WindowName is the window in words ("آخر 24 ساعة").
	WindowName string
}

// home serves / without a query or filter: the desk — top stories of the
// last 24 hours or 7 days, actors and places rising against their usual
// volume, article and event volume (see package monitor).
func (h *Handler) home(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("window")
	win, ok := monitor.WindowNamed(name)
	if !ok {
		win = monitor.Day
	}
	d, err := h.digests.Digest(r.Context(), monitor.Options{Window: win})
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	v := homeView{D: d, EventTypes: eventTypes, Chart: volumeChart(d.Volume.Series, time.Duration(d.Volume.BucketSeconds)*time.Second, d.Since)}
	for _, wl := range []struct {
		w     monitor.Window
		label string
	}{{monitor.Day, "آخر 24 ساعة"}, {monitor.Week, "آخر 7 أيام"}} {
		v.Windows = append(v.Windows, windowLink{Label: wl.label, URL: link("/", "window", wl.w.Name), Active: wl.w.Name == win.Name})
		if wl.w.Name == win.Name {
			v.WindowName = wl.label
		}
	}
	for _, s := range d.Stories {
		v.Stories = append(v.Stories, storyView{Story: s, URL: link("/", "story", s.ID)})
	}
	v.Actors = risingViews(d.RisingActors, func(r monitor.Rising) string { return actorURL(r.Name) })
	v.Places = risingViews(d.RisingPlaces, func(r monitor.Rising) string { return link("/", "place", r.Name) })
	h.render(w, r, http.StatusOK, "home", "مرصد", "home", v)
}

// risingViews links rising names and scales their bars to the largest
// count.
func risingViews(rs []monitor.Rising, url func(monitor.Rising) string) []risingView {
	top := 1
	for _, r := range rs {
		top = max(top, r.Recent)
	}
	out := make([]risingView, 0, len(rs))
	for _, r := range rs {
		out = append(out, risingView{Rising: r, URL: url(r), Width: math.Round(100 * float64(r.Recent) / float64(top)),
			Label: count(r.Recent, "story") + " (المتوقع " + trimFloat(r.Expected) + ")"})
	}
	return out
}
