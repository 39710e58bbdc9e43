package monitor

import (
	"testing"
	"time"

	"github.com/marsad/marsad/server/internal/memstore"
	"github.com/marsad/marsad/store/storetest"
)

func TestCache(t *testing.T) {
	st := memstore.New()
	put(t, st, deal()...)
	c := NewCache(st, time.Minute)
	now := day.AddDate(1, 0, 0)
	get := func(now time.Time, w Window) *Digest {
		t.Helper()
		d, err := c.Digest(t.Context(), Options{Now: now, Window: w})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	first := get(now, Day)
	if again := get(now.Add(30*time.Second), Day); again != first {
		t.Error("unchanged store: digest rebuilt")
	}
	if week := get(now, Week); week == first || week.Window != "7d" {
		t.Error("the week's digest is the day's")
	}
	if later := get(now.Add(2*time.Minute), Day); later == first {
		t.Error("digest kept past its TTL")
	}
	kept := get(now.Add(2*time.Minute), Day)
	put(t, st, storetest.Fixture{ID: "new", Source: "BBC", Title: "خبر جديد", Body: "خبر جديد.", Published: day.Add(8 * time.Hour), StoryID: "new"})
	if after := get(now.Add(2*time.Minute), Day); after == kept || !after.Newest.Equal(day.Add(8*time.Hour)) {
		t.Errorf("digest not rebuilt after an ingest: newest %v", after.Newest)
	}
}
