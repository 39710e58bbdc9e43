package server

import (
	"testing"
	"time"

	"github.com/marsad/marsad/server/internal/memstore"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/storetest"
)

// TestMonitor checks the digest of a historical store: the window ends at
// its newest article, and the top story is titled by its central article,
// not by its first (the bug: «البيت الأبيض يعلن عن الوفد…» titled the
// demo store's story of the Iran nuclear deal).
func TestMonitor(t *testing.T) {
	st := memstore.New()
	day := time.Date(2018, 5, 8, 0, 0, 0, 0, time.UTC)
	for i, f := range []storetest.Fixture{
		{Source: "CNN", Title: "البيت الأبيض يعلن عن الوفد الذي سيحضر افتتاح سفارة أمريكا بالقدس"},
		{Source: "france24", Title: "ترامب يعلن انسحاب بلاده من الاتفاق النووي الإيراني"},
		{Source: "BBC", Title: "الاتفاق النووي مع إيران: ترامب يعلن الانسحاب"},
		{Source: "alarabia", Title: "روسيا ستظل ملتزمة بالاتفاق النووي مع إيران"},
	} {
		f.ID, f.Body, f.Published, f.StoryID = string(rune('a'+i)), f.Title+".", day.Add(time.Duration(i)*time.Hour), "deal"
		if _, err := st.Put(t.Context(), f.Article()); err != nil {
			t.Fatal(err)
		}
		if err := st.SetDedup(t.Context(), store.Dedup{ID: f.ID, StoryID: "deal"}); err != nil {
			t.Fatal(err)
		}
	}
	s := New(Config{}, st, nil)
	for _, w := range []string{"", "24h", "7d"} {
		rec := do(s, "GET", "/api/monitor?window="+w, nil)
		if rec.Code != 200 {
			t.Fatalf("window %q: %d %s", w, rec.Code, rec.Body)
		}
		m := decode(t, rec.Body.String())
		if m["historical"] != true || m["until"] != "2018-05-08T04:00:00Z" || m["window"] != map[string]string{"": "24h"}[w]+w {
			t.Errorf("window %q: historical %v, until %v, window %v", w, m["historical"], m["until"], m["window"])
		}
		stories := m["stories"].([]any)
		if len(stories) != 1 {
			t.Fatalf("stories %v", stories)
		}
		top := stories[0].(map[string]any)
		if top["title"] == "البيت الأبيض يعلن عن الوفد الذي سيحضر افتتاح سفارة أمريكا بالقدس" || top["article_id"] == "a" {
			t.Errorf("top story titled by its first article: %v", top["title"])
		}
		if top["articles"] != 4.0 || top["score"] != 16.0 {
			t.Errorf("top story %v", top)
		}
	}
	if rec := do(s, "GET", "/api/monitor?window=1y", nil); rec.Code != 400 {
		t.Errorf("window=1y: %d", rec.Code)
	}
}
