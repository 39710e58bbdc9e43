package ui

import (
	"net/http"

	"github.com/marsad/marsad/store"
)

// eventsPageSize is the number of events the events page shows at once.
const eventsPageSize = 50

// eventDay is the events of one day, for the timeline.
type eventDay struct {
	Date   string
	Events []store.EventRow
}

// eventsView is the data of the events page.
type eventsView struct {
	F          filters
	Total      int
	Days       []eventDay
	Pager      pager
	EventTypes []string
}

// events serves /events: the event timeline, newest article first,
// filtered by PLOVER type, actor and dates.
func (h *Handler) events(w http.ResponseWriter, r *http.Request) {
	f := readFilters(r.URL.Query())
	f.Q = ""
	evs, err := h.st.Events(r.Context(), f.store(eventsPageSize))
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	v := eventsView{F: f, Total: evs.Total, EventTypes: eventTypes, Pager: newPager(f, "/events", evs.Total, eventsPageSize)}
	for _, e := range evs.Items {
		d := fmtDate(e.Published)
		if n := len(v.Days); n > 0 && v.Days[n-1].Date == d {
			v.Days[n-1].Events = append(v.Days[n-1].Events, e)
			continue
		}
		v.Days = append(v.Days, eventDay{Date: d, Events: []store.EventRow{e}})
	}
	h.render(w, r, http.StatusOK, "events", "الأحداث", "events", v)
}
