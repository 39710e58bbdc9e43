package storetest

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/marsad/marsad/store"
)

// The analyst's desk: quote search, search newest first, trends and
// volume.

func quoteIDs(p store.Page[store.QuoteRow]) []string {
	out := make([]string, len(p.Items))
	for i, q := range p.Items {
		out[i] = q.ArticleID
	}
	return out
}

func testSearchQuotes(t *testing.T, s store.Store) {
	Load(t, s)
	tests := []struct {
		name  string
		q     store.QuoteQuery
		want  []string // article IDs, newest first
		total int
	}{
		{"word", store.QuoteQuery{Text: "السيطرة"}, []string{"p1", "m3"}, 2},
		{"inflected", store.QuoteQuery{Text: "وسيطرة OR بالسيطرة"}, []string{"p1", "m3"}, 2},
		{"phrase", store.QuoteQuery{Text: `"تحت السيطرة"`}, []string{"p1", "m3"}, 2},
		{"phrase out of order", store.QuoteQuery{Text: `"السيطرة تحت"`}, []string{}, 0},
		// أمطار is in m3's body, not in its quote.
		{"body word", store.QuoteQuery{Text: "أمطار"}, []string{}, 0},
		{"body word and quote word", store.QuoteQuery{Text: "أمطار السيطرة"}, []string{}, 0},
		// The article-level index would drop m3 for -أمطار: the quote alone counts.
		{"not", store.QuoteQuery{Text: "الوضع -أمطار"}, []string{"p1", "m3"}, 2},
		{"not in quote", store.QuoteQuery{Text: "الوضع -تحت"}, []string{}, 0},
		{"speaker", store.QuoteQuery{Text: "السيطرة", Filter: store.Filter{Actor: "أحمد المسماري"}}, []string{"p1"}, 1},
		{"speaker diacritics", store.QuoteQuery{Text: "السيطرة", Filter: store.Filter{Actor: "فايز السّراج"}}, []string{"m3"}, 1},
		{"since", store.QuoteQuery{Text: "السيطرة", Filter: store.Filter{Since: Day().AddDate(0, 0, 3)}}, []string{"p1"}, 1},
		{"until", store.QuoteQuery{Text: "السيطرة", Filter: store.Filter{Until: Day().AddDate(0, 0, 3)}}, []string{"m3"}, 1},
		{"page", store.QuoteQuery{Text: "السيطرة", Filter: store.Filter{Limit: 1, Offset: 1}}, []string{"m3"}, 2},
		{"past the end", store.QuoteQuery{Text: "السيطرة", Filter: store.Filter{Limit: 1, Offset: 5}}, []string{}, 2},
		{"no text", store.QuoteQuery{Filter: store.Filter{Actor: "فايز السراج"}}, []string{"m3"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.SearchQuotes(t.Context(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := quoteIDs(p); !slices.Equal(got, tc.want) || p.Total != tc.total {
				t.Errorf("SearchQuotes(%q) = %v (total %d), want %v (total %d)", tc.q.Text, got, p.Total, tc.want, tc.total)
			}
			for _, it := range p.Items {
				if it.Content != "الوضع تحت السيطرة" || it.Speaker == "" {
					t.Errorf("quote row %+v", it)
				}
			}
		})
	}
	for _, q := range []string{"NOT السيطرة", "-السيطرة"} {
		if _, err := s.SearchQuotes(t.Context(), store.QuoteQuery{Text: q}); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("SearchQuotes(%q) = %v, want ErrInvalid", q, err)
		}
	}
}

func testSearchNewest(t *testing.T, s store.Store) {
	Load(t, s)
	tests := []struct {
		name string
		q    store.SearchQuery
		want []string
	}{
		{"text", store.SearchQuery{Text: "سرت", Sort: store.SortNewest}, []string{"p1", "m2", "m1"}},
		{"text and filter", store.SearchQuery{Text: "المدينة OR مدينة", Sort: store.SortNewest, Filter: store.Filter{Source: "bbc"}}, []string{"m3", "m1"}},
		{"page", store.SearchQuery{Text: "سرت", Sort: store.SortNewest, Filter: store.Filter{Limit: 1, Offset: 1}}, []string{"m2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := search(t, s, tc.q)
			var got []string
			for _, h := range r.Hits {
				got = append(got, h.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Search(%q, newest) = %v, want %v", tc.q.Text, got, tc.want)
			}
			if r.Total < len(tc.want) {
				t.Errorf("total %d", r.Total)
			}
		})
	}
}

func testTrends(t *testing.T, s store.Store) {
	Load(t, s)
	d := func(n int) time.Time { return Day().AddDate(0, 0, n) }
	tests := []struct {
		name string
		q    store.TrendQuery
		want []store.Trend
	}{
		// Window d0–d3: m1 and m2 (story s1), m3.
		{"actors", store.TrendQuery{Since: d(0), Until: d(3)}, []store.Trend{
			{Name: "خليفة حفتر", Type: "PER", Recent: 2}, {Name: "فايز السراج", Type: "PER", Recent: 2}}},
		// Window d4–d6: p1 (p3 is its duplicate), p2; baseline m1–m4.
		{"actors with baseline", store.TrendQuery{BaselineSince: d(-1), Since: d(4), Until: d(6), MinRecent: 1}, []store.Trend{
			{Name: "أحمد المسماري", Type: "PER", Recent: 1}, {Name: "خليفة حفتر", Type: "PER", Recent: 1, Baseline: 2}}},
		{"limit", store.TrendQuery{BaselineSince: d(-1), Since: d(4), Until: d(6), MinRecent: 1, Limit: 1}, []store.Trend{
			{Name: "أحمد المسماري", Type: "PER", Recent: 1}}},
		{"places", store.TrendQuery{Kind: store.TrendPlaces, BaselineSince: d(-1), Since: d(4), Until: d(6), MinRecent: 1}, []store.Trend{
			{Name: "سرت", Type: "LY", Recent: 1, Baseline: 1}}},
		{"places recent", store.TrendQuery{Kind: store.TrendPlaces, Since: d(0), Until: d(6)}, []store.Trend{
			{Name: "سرت", Type: "LY", Recent: 2}}},
		{"nothing", store.TrendQuery{Since: d(10), Until: d(11)}, []store.Trend{}},
		{"types", store.TrendQuery{Since: d(0), Until: d(6), Types: []string{"ORG"}, MinRecent: 1}, []store.Trend{
			{Name: "البلدية", Type: "ORG", Recent: 1}}},
		{"countries", store.TrendQuery{Kind: store.TrendPlaces, Since: d(0), Until: d(6), Types: []string{"EG", "TN"}, MinRecent: 1}, []store.Trend{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Trends(t.Context(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Trends = %+v\nwant %+v", got, tc.want)
			}
		})
	}
	for _, q := range []store.TrendQuery{{}, {Since: d(2), Until: d(1)}, {BaselineSince: d(3), Since: d(2), Until: d(4)}} {
		if _, err := s.Trends(t.Context(), q); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Trends(%+v) = %v, want ErrInvalid", q, err)
		}
	}
}

func testVolume(t *testing.T, s store.Store) {
	Load(t, s)
	d := func(n int) time.Time { return Day().AddDate(0, 0, n) }
	got, err := s.Volume(t.Context(), store.VolumeQuery{Since: d(0), Until: d(6), Bucket: 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	// One article a day (p3 is a duplicate); events in m1, m3 and p1.
	want := make([]store.Volume, 6)
	for i := range want {
		want[i] = store.Volume{Start: d(i).UTC(), Articles: 1, Events: (i + 1) % 2}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Volume by day = %+v\nwant %+v", got, want)
	}
	got, err = s.Volume(t.Context(), store.VolumeQuery{Since: d(0).Add(-time.Hour), Until: d(1), Bucket: 12 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Articles != 1 || got[0].Events != 1 || got[1].Articles+got[2].Articles != 0 {
		t.Errorf("Volume by 12 hours = %+v", got)
	}
	for _, q := range []store.VolumeQuery{{}, {Since: d(1), Until: d(0), Bucket: time.Hour}, {Since: d(0), Until: d(1)},
		{Since: d(0), Until: d(1), Bucket: time.Minute + 500*time.Millisecond}, {Since: d(0), Until: d(100), Bucket: time.Minute}} {
		if _, err := s.Volume(t.Context(), q); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Volume(%+v) = %v, want ErrInvalid", q, err)
		}
	}
}
