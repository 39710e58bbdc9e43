package monitor

import (
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/cputime"
	"github.com/marsad/marsad/server/internal/memstore"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// day is the newest article's day of the test stores: a historical store.
var day = time.Date(2018, 5, 20, 0, 0, 0, 0, time.UTC)

// put stores fixtures and their dedup verdicts.
func put(t testing.TB, st store.Store, fs ...storetest.Fixture) {
	t.Helper()
	for _, f := range fs {
		if _, err := st.Put(t.Context(), f.Article()); err != nil {
			t.Fatal(err)
		}
		if err := st.SetDedup(t.Context(), store.Dedup{ID: f.ID, StoryID: f.StoryID, DuplicateOf: f.DuplicateOf}); err != nil {
			t.Fatal(err)
		}
	}
}

// deal is a story whose first article (the one the store titles it by)
// is not about what the story is about, as in the demo store's story of
// the Iran nuclear deal.
func deal() []storetest.Fixture {
	at := func(h int) time.Time { return day.Add(time.Duration(h) * time.Hour) }
	f := func(id, src, title string, h int) storetest.Fixture {
		return storetest.Fixture{ID: id, Source: src, Title: title, Body: title + ".", Published: at(h), StoryID: "deal"}
	}
	out := []storetest.Fixture{
		f("d1", "CNN", "البيت الأبيض يعلن عن الوفد الذي سيحضر افتتاح سفارة أمريكا بالقدس", 1),
		f("d2", "CNN", "ترامب يكشف موعد إعلان قراره بشأن الاتفاق النووي مع إيران", 2),
		f("d3", "france24", "ترامب يعلن انسحاب بلاده من الاتفاق النووي الإيراني ويعيد العقوبات", 3),
		f("d4", "skynews", "واشنطن تنسحب من الاتفاق النووي وعقوبات قاسية على إيران", 4),
		f("d5", "skynews", "واشنطن تنسحب من الاتفاق النووي وعقوبات قاسية على إيران", 4),
		f("d6", "BBC", "الاتفاق النووي مع إيران: ترامب يعلن الانسحاب", 5),
		f("d7", "alarabia", "لافروف: روسيا ستظل ملتزمة بالاتفاق النووي مع إيران", 6),
	}
	out[4].DuplicateOf = "d4"
	out[4].Body += " "
	return out
}

func TestBuildStories(t *testing.T) {
	st := memstore.New()
	put(t, st, deal()...)
	// A story of one article and its copy from the same source ranks
	// below; a lone article is no top story.
	put(t, st,
		storetest.Fixture{ID: "o1", Source: "CNN", Title: "قمة في سنغافورة", Body: "قمة.", Published: day.Add(2 * time.Hour), StoryID: "other"},
		storetest.Fixture{ID: "o2", Source: "alarabia", Title: "قمة في سنغافورة", Body: "قمة!", Published: day.Add(3 * time.Hour), StoryID: "other", DuplicateOf: "o1"},
		storetest.Fixture{ID: "l1", Source: "BBC", Title: "خبر وحيد", Body: "خبر.", Published: day.Add(20 * time.Hour), StoryID: "lone"},
	)
	d, err := Build(t.Context(), st, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if !d.Historical || !d.Newest.Equal(day.Add(20*time.Hour)) || !d.Until.Equal(day.Add(21*time.Hour)) || !d.Since.Equal(day.Add(-3*time.Hour)) {
		t.Errorf("window %v – %v (historical %v, newest %v)", d.Since, d.Until, d.Historical, d.Newest)
	}
	if len(d.Stories) != 2 {
		t.Fatalf("stories = %+v, want deal and other", d.Stories)
	}
	s := d.Stories[0]
	if s.ID != "deal" || s.Articles != 6 || s.Duplicates != 1 || s.Score != 6*5 || len(s.Sources) != 5 || s.Sources[0] != "CNN" {
		t.Errorf("deal = %+v", s)
	}
	// Titled by its central article, not by its first.
	if s.ArticleID == "d1" || s.Title == deal()[0].Title {
		t.Errorf("deal titled by its first article %s: %q", s.ArticleID, s.Title)
	}
	if s.ArticleID != "d3" && s.ArticleID != "d6" && s.ArticleID != "d4" {
		t.Errorf("deal titled by %s %q, want an article about the withdrawal", s.ArticleID, s.Title)
	}
	if s.Headlines[0].ArticleID != s.ArticleID || len(s.Headlines) != 6 {
		t.Errorf("headlines = %+v", s.Headlines)
	}
	srcs := map[string]bool{}
	for _, h := range s.Headlines[:5] {
		srcs[h.Source] = true
	}
	if len(srcs) != 5 {
		t.Errorf("the first headlines are not one per source: %+v", s.Headlines)
	}
	for _, h := range s.Headlines {
		if (h.ArticleID == "d4") != (h.Copies == 1) || h.ArticleID == "d5" {
			t.Errorf("headline %+v: d5 is folded into d4", h)
		}
	}
	if o := d.Stories[1]; o.ID != "other" || o.Articles != 1 || o.Duplicates != 1 || o.Score != 2 || o.Headlines[0].Copies != 1 {
		t.Errorf("other = %+v", o)
	}
}

func TestBuildWindow(t *testing.T) {
	st := memstore.New()
	put(t, st, deal()...)
	tests := []struct {
		name       string
		now        time.Time
		window     Window
		historical bool
		until      time.Time
	}{
		{"historical", day.AddDate(1, 0, 0), Day, true, day.Add(7 * time.Hour)},
		{"live", day.Add(10*time.Hour + 30*time.Minute), Day, false, day.Add(11 * time.Hour)},
		{"live week", day.AddDate(0, 0, 5), Week, false, day.AddDate(0, 0, 5).Add(time.Hour)},
		{"future dates", day, Day, false, day.Add(time.Hour)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Build(t.Context(), st, Options{Now: tc.now, Window: tc.window})
			if err != nil {
				t.Fatal(err)
			}
			if d.Historical != tc.historical || !d.Until.Equal(tc.until) || d.Until.Sub(d.Since) != tc.window.Length ||
				d.Since.Sub(d.BaselineSince) != tc.window.Baseline {
				t.Errorf("window %v – %v (baseline %v), historical %v; want until %v, historical %v",
					d.Since, d.Until, d.BaselineSince, d.Historical, tc.until, tc.historical)
			}
			if n := int(d.Until.Sub(d.BaselineSince) / tc.window.Bucket); len(d.Volume.Series) != n ||
				d.Volume.BucketSeconds != int64(tc.window.Bucket/time.Second) {
				t.Errorf("volume of %d intervals of %ds, want %d", len(d.Volume.Series), d.Volume.BucketSeconds, n)
			}
		})
	}
	empty, err := Build(t.Context(), memstore.New(), Options{})
	if err != nil || empty.Historical || len(empty.Stories) != 0 || empty.Stories == nil {
		t.Errorf("empty store: %+v, %v", empty, err)
	}
}

func TestBuildRising(t *testing.T) {
	st := memstore.New()
	var fs []storetest.Fixture
	n := 0
	add := func(actor, place, country string, at time.Time) {
		n++
		fs = append(fs, storetest.Fixture{ID: fmt.Sprint("r", n), Source: "s", Title: fmt.Sprint("خبر ", n),
			Body: actor + " في " + place + ".", Published: at, Actors: []string{actor}, Place: place, Country: country})
	}
	h := func(n int) time.Time { return day.Add(time.Duration(n) * time.Hour) }
	// The window is the day; the baseline the week before.
	for i := range 4 {
		add("غولدا مائير", "سنغافورة", "SG", h(i))       // new: 4 against 0
		add("دونالد ترامب", "بغداد", "IQ", h(i))         // usual: 4 against 4 a day
		add("حيدر العبادي", "القاهرة", "EG", h(i+5))     // up: 4 against 1 a week
		add("خليفة حفتر", "القاهرة", "EG", h(-24*(i+1))) // gone quiet
	}
	for i := range 28 {
		add("دونالد ترامب", "بغداد", "IQ", h(-6*(i+1)))
	}
	add("حيدر العبادي", "القاهرة", "EG", h(-72))
	add("فايز السراج", "طرابلس", "LY", h(23))
	put(t, st, fs...)
	d, err := Build(t.Context(), st, Options{Now: day.AddDate(1, 0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	if !d.Since.Equal(day) {
		t.Fatalf("window from %v, want %v", d.Since, day)
	}
	names := func(rs []Rising) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Name)
		}
		return out
	}
	if got, want := names(d.RisingActors), []string{"غولدا مائير", "حيدر العبادي"}; !slices.Equal(got, want) {
		t.Errorf("rising actors = %+v, want %v", d.RisingActors, want)
	}
	if r := d.RisingActors[1]; r.Recent != 4 || r.Baseline != 1 || r.Expected <= 0 || r.Score <= 0 || r.Score >= d.RisingActors[0].Score {
		t.Errorf("العبادي = %+v", r)
	}
	// القاهرة: 4 stories against 5 in the week before (0.7 expected).
	if got, want := names(d.RisingPlaces), []string{"سنغافورة", "القاهرة"}; !slices.Equal(got, want) {
		t.Errorf("rising places = %+v, want %v", d.RisingPlaces, want)
	}
	if got := d.Volume.Series[len(d.Volume.Series)-8:]; got[0].Articles != 6 || got[1].Articles != 3 || got[2].Articles != 3 || got[7].Articles != 1 {
		t.Errorf("volume of the window = %+v", got)
	}
}

func TestWindowNamed(t *testing.T) {
	for name, want := range map[string]string{"": "24h", "24h": "24h", "7d": "7d"} {
		if w, ok := WindowNamed(name); !ok || w.Name != want {
			t.Errorf("WindowNamed(%q) = %v, %v", name, w, ok)
		}
	}
	if _, ok := WindowNamed("1y"); ok {
		t.Error("WindowNamed(1y) ok")
	}
}

// BenchmarkBuild measures a digest of each window on $MARSAD_UI_DB (a
// demo store: marsad demo --no-serve --db FILE); cpu-ms/op is the CPU time
// of one build (its queries run in parallel).
func BenchmarkBuild(b *testing.B) {
	path := os.Getenv("MARSAD_UI_DB")
	if path == "" {
		b.Skip("MARSAD_UI_DB names no demo store")
	}
	db, err := sqlite.Open(b.Context(), sqlite.Options{Path: path})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = db.Close() })
	for _, w := range Windows() {
		b.Run(w.Name, func(b *testing.B) {
			cpu := cputime.Used()
			for b.Loop() {
				if _, err := Build(b.Context(), db, Options{Window: w}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cputime.Used()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		})
	}
}
