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
	// settled waits for a background rebuild and returns the digest then.
	settled := func(now time.Time, w Window, old *Digest) *Digest {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if d := get(now, w); d != old {
				return d
			}
		}
		t.Fatal("stale digest never rebuilt")
		return nil
	}
	first := get(now, Day)
	if again := get(now.Add(30*time.Second), Day); again != first {
		t.Error("unchanged store: digest rebuilt")
	}
	if week := get(now, Week); week == first || week.Window != "7d" {
		t.Error("the week's digest is the day's")
	}
	// Past its TTL the digest is served once more, then replaced.
	if stale := get(now.Add(2*time.Minute), Day); stale != first {
		t.Error("stale digest not served while rebuilding")
	}
	kept := settled(now.Add(2*time.Minute), Day, first)
	put(t, st, storetest.Fixture{ID: "new", Source: "BBC", Title: "خبر جديد", Body: "خبر جديد.", Published: day.Add(8 * time.Hour), StoryID: "new"})
	if after := settled(now.Add(2*time.Minute), Day, kept); !after.Newest.Equal(day.Add(8 * time.Hour)) {
		t.Errorf("digest after an ingest: newest %v", after.Newest)
	}
	w := NewCache(st, 0)
	if err := w.Warm(t.Context()); err != nil || len(w.last) != len(Windows()) {
		t.Errorf("Warm: %v, %d windows", err, len(w.last))
	}
}
