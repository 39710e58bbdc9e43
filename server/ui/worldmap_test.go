package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/geo"
	"github.com/marsad/marsad/server/internal/memstore"
	"github.com/marsad/marsad/store"
)

// TestMapCountsAllEvents: the map page counts every event at a place, not
// those of the newest 300 events (issue #16).
func TestMapCountsAllEvents(t *testing.T) {
	st := memstore.New()
	t.Cleanup(func() { _ = st.Close() })
	day := time.Date(2018, 5, 1, 12, 0, 0, 0, time.UTC)
	put := func(i int, place string, lat, lon float64) {
		body := fmt.Sprintf("اشتباكات في %s اليوم رقم %d.", place, i)
		an := &extract.Analysis{Version: extract.SchemaVersion, Title: "خبر", Body: body, Authors: []string{}, Subheadings: []string{},
			Entities: []entity.Entity{},
			Places:   []geo.Place{{Name: place, Country: "LY", Lat: lat, Lon: lon, Kind: "city"}},
			Events:   []event.Event{{Type: "ASSAULT", Place: place, Modality: "asserted", Evidence: body}}}
		if _, err := st.Put(t.Context(), &store.Article{Title: "خبر", Body: body, Raw: []byte(body), Published: day.Add(time.Duration(i) * time.Hour), Analysis: an}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 40 { // the oldest
		put(i, "بنغازي", 32.1, 20.1)
	}
	for i := 40; i < 400; i++ {
		put(i, "سرت", 31.2, 16.6)
	}
	page := get(newTestServer(t, st), "/map").Body.String()
	for place, want := range map[string]int{"سرت": 360, "بنغازي": 40} {
		re := regexp.MustCompile(`<bdi>` + place + `</bdi></a></td><td>[^<]*</td><td>[^<]*</td><td>\d+</td><td>(\d+)</td>`)
		m := re.FindStringSubmatch(page)
		if m == nil || m[1] != strconv.Itoa(want) {
			t.Errorf("%s: events %v, want %d", place, m, want)
		}
	}
	var fc struct {
		Features []struct {
			Properties struct {
				Name   string
				Events int
			}
		}
	}
	getJSON(t, newTestServer(t, st), "/api/places", &fc)
	for _, f := range fc.Features {
		if f.Properties.Name == "بنغازي" && f.Properties.Events != 40 {
			t.Errorf("/api/places: بنغازي has %d events, want 40", f.Properties.Events)
		}
	}
}
