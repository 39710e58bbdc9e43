package ui

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
)

func TestEventPeriod(t *testing.T) {
	pub := time.Date(2018, 6, 27, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		value, key, label, datetime string
		rank                        int
	}{
		{"2018-06-26", "2018-06-26", "2018-06-26", "2018-06-26", rankDay},
		{"2018-06-26T10:00", "2018-06-26", "2018-06-26", "2018-06-26", rankDay},
		{"", "2018-06-27", "2018-06-27", "2018-06-27", rankDay},
		{"2018-W26", "2018-W26", "الأسبوع 26 من 2018 (25 يونيو – 1 يوليو)", "2018-W26", rankWeek},
		{"2018-05", "2018-05", "مايو 2018", "2018-05", rankMonth},
		{"2015-Q1", "2015-Q1", "الربع الأول 2015", "", rankQuarter},
		{"2015-SU", "2015-SU", "صيف 2015", "", rankQuarter},
		{"2015", "2015", "عام 2015", "2015", rankYear},
		{"196", "196", "العقد 1960–1969", "", rankDecade},
		{"relative: hours after the reference date", "other", "تواريخ نسبية أو غير محددة", "", rankOther},
		{"P3D", "other", "تواريخ نسبية أو غير محددة", "", rankOther},
		{"2018-13-40", "other", "تواريخ نسبية أو غير محددة", "", rankOther},
	}
	for _, tc := range tests {
		p := eventPeriod(tc.value, pub)
		if p.Key != tc.key || p.Label != tc.label || p.Datetime != tc.datetime || p.Rank != tc.rank {
			t.Errorf("eventPeriod(%q) = %+v, want key %q label %q datetime %q rank %d", tc.value, p, tc.key, tc.label, tc.datetime, tc.rank)
		}
	}
	for in, want := range map[string]string{
		"relative: hours after the reference date":        "بعد ساعات من تاريخ المقال",
		"relative: a few weeks before the reference date": "قبل بضعة أسابيع من تاريخ المقال",
		"relative: several days after the reference date": "بعد عدة أيام من تاريخ المقال",
		"PAST_REF": "في الماضي",
		"2018-W26": "الأسبوع 26 من 2018 (25 يونيو – 1 يوليو)",
		"P3D":      "P3D",
	} {
		if got := dateLabel(in, pub); got != want {
			t.Errorf("dateLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

var (
	groupHead = regexp.MustCompile(`<li><h2>(?:<time[^>]*>)?([^<]*)`)
	evRowDate = regexp.MustCompile(`<tr[^>]*><td>(?:<time[^>]*>)?([^<]*)`)
)

// TestEventsPage stores events dated by a day, a week, a month, a year,
// relative to the article, and not at all, one of them reported by three
// articles: each row is under its own period (2018-W26 under the week, not
// under a day), latest first, and the repeated event is one row.
func TestEventsPage(t *testing.T) {
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: filepath.Join(t.TempDir(), "e.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	pub := time.Date(2018, 6, 27, 15, 0, 0, 0, time.UTC)
	body := "شنت إسرائيل غارات على غزة."
	ev := func(date string) event.Event {
		return event.Event{Type: "ASSAULT", Source: "إسرائيل", Target: "غزة " + date, Date: date, Evidence: body,
			EvidenceAt: event.Span{Start: 0, End: len(body)}}
	}
	add := func(i int, evs ...event.Event) {
		an := &extract.Analysis{Title: "غارات", Body: body, Events: evs,
			Paragraphs: []document.Paragraph{{Start: 0, End: len(body), Kind: document.KindText}}}
		a := &store.Article{Source: "s", Published: pub, Analysis: an, Raw: []byte(body + strings.Repeat(" ", i))}
		if _, err := db.Put(t.Context(), a); err != nil {
			t.Fatal(err)
		}
	}
	add(0, ev("2018-W26"), ev("2018-06-20"), ev(""), ev("2018-05"), ev("2015"), ev("relative: days before the reference date"))
	add(1, ev("2018-W26"))
	add(2, ev("2018-W26"))
	page := checkPage(t, get(newTestServer(t, db), "/events"), 200)
	var heads []string
	for _, m := range groupHead.FindAllStringSubmatch(page, -1) {
		heads = append(heads, m[1])
	}
	want := []string{"2018-06-27", "الأسبوع 26 من 2018 (25 يونيو – 1 يوليو)", "2018-06-20", "مايو 2018", "عام 2015", "تواريخ نسبية أو غير محددة"}
	if strings.Join(heads, " | ") != strings.Join(want, " | ") {
		t.Errorf("period headings\n got %q\nwant %q", heads, want)
	}
	// The week's row is under the week's heading, and once.
	week := page[strings.Index(page, "الأسبوع 26 من 2018"):]
	week = week[:strings.Index(week, "</li>")]
	rows := evRowDate.FindAllStringSubmatch(week, -1)
	if len(rows) != 1 || rows[0][1] != "الأسبوع 26 من 2018 (25 يونيو – 1 يوليو)" || !strings.Contains(week, "×3") {
		t.Errorf("week group: %d rows %q, want one reported ×3:\n%s", len(rows), rows, week)
	}
	if !strings.Contains(page, "قبل أيام من تاريخ المقال") || !strings.Contains(page, `title="ASSAULT">اعتداء</a>`) {
		t.Error("relative date or event type not in Arabic")
	}
}
