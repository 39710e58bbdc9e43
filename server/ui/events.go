package ui

import (
	"cmp"
	"net/http"
	"slices"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/store"
)

// eventsPageSize is the number of events the events page reads at once.
const eventsPageSize = 50

// evRow is an event as a table row: the same event reported by several
// articles (copies, or reports of one story) is one row.
type evRow struct {
	store.EventRow
	When    string // its date, in words
	Period  period
	Reports int // articles of the page reporting it
}

// evGroup is the rows of one period, for the timeline.
type evGroup struct {
	Period period
	Rows   []evRow
}

// eventsView is the data of the events page.
type eventsView struct {
	F          filters
	Total      int
	Shown      int // rows after folding the page's repeats
	Groups     []evGroup
	Pager      pager
	EventTypes []string
}

// eventRows folds repeated events (same type, actors and period) into one
// row each, in order of first appearance; a row the store folded already
// (Filter.DistinctEvents) brings its reports.
func eventRows(evs []store.EventRow) []evRow {
	var out []evRow
	at := map[string]int{}
	for _, e := range evs {
		p := eventPeriod(e.Date, e.Published)
		k := e.Type + "\x00" + arabic.Normalize(e.Actor1) + "\x00" + arabic.Normalize(e.Actor2) + "\x00" + p.Key
		if i, ok := at[k]; ok {
			out[i].Reports += max(1, e.Reports)
			continue
		}
		at[k] = len(out)
		out = append(out, evRow{EventRow: e, When: dateLabel(e.Date, e.Published), Period: p, Reports: max(1, e.Reports)})
	}
	return out
}

// groupByPeriod groups rows by their period, latest period first (a finer
// period before a coarser one that starts with it), undated last.
func groupByPeriod(rows []evRow) []evGroup {
	var out []evGroup
	at := map[string]int{}
	for _, r := range rows {
		i, ok := at[r.Period.Key]
		if !ok {
			i = len(out)
			at[r.Period.Key] = i
			out = append(out, evGroup{Period: r.Period})
		}
		out[i].Rows = append(out[i].Rows, r)
	}
	slices.SortStableFunc(out, func(a, b evGroup) int {
		if a.Period.Start.IsZero() != b.Period.Start.IsZero() {
			if a.Period.Start.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Or(b.Period.Start.Compare(a.Period.Start), cmp.Compare(a.Period.Rank, b.Period.Rank))
	})
	return out
}

// events serves /events: the event timeline, newest article first, each
// event under the period its own date names, filtered by PLOVER type,
// actor and dates.
func (h *Handler) events(w http.ResponseWriter, r *http.Request) {
	f := readFilters(r.URL.Query())
	f.Q = ""
	sf := f.store(eventsPageSize)
	sf.DistinctEvents = true // an event reported by several articles is one row, across pages too
	evs, err := h.st.Events(r.Context(), sf)
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	rows := eventRows(evs.Items)
	v := eventsView{F: f, Total: evs.Total, Shown: len(rows), Groups: groupByPeriod(rows), EventTypes: eventTypes,
		Pager: newPager(f, "/events", evs.Total, eventsPageSize)}
	h.render(w, r, http.StatusOK, "events", "الأحداث", "events", v)
}
