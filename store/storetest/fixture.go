package storetest

import (
	"strings"
	"time"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/geo"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/extract/timex"
	"github.com/marsad/marsad/store"
)

// Fixture describes a test article; Article builds it with an analysis
// whose offsets point into Body.
type Fixture struct {
	ID, Source, Title, Body string
	Published               time.Time
	Actors                  []string // PER entities, each mentioned where it occurs in Body
	Orgs                    []string
	EventType               string // one event of this type, actor Actors[0] → Actors[1]
	Place                   string // a place mentioned in Body
	Country                 string
	Quote                   string  // quoted content by Actors[0]; must occur in Body
	Confidence              float64 // of its event and its quote
	StoryID, DuplicateOf    string
}

// Day returns the fixtures' reference date.
func Day() time.Time { return time.Date(2018, 3, 14, 9, 30, 0, 0, time.FixedZone("+04", 4*3600)) }

// Article returns the store.Article of f, with raw input and analysis.
func (f Fixture) Article() *store.Article {
	an := &extract.Analysis{
		Version: extract.SchemaVersion, ID: f.ID, Source: f.Source, Title: f.Title,
		Body: f.Body, Published: f.Published.Format(time.RFC3339), Format: "text",
		Authors: []string{}, Subheadings: []string{},
	}
	ent := func(name, typ string, i int) {
		e := entity.Entity{ID: "e" + string(rune('0'+i)), Canonical: name, Type: typ, ActorCode: strings.ToUpper(typ)}
		for off := 0; ; {
			j := strings.Index(f.Body[off:], name)
			if j < 0 {
				break
			}
			s := off + j
			e.Mentions = append(e.Mentions, entity.Mention{Text: name, Start: s, End: s + len(name)})
			off = s + len(name)
		}
		an.Entities = append(an.Entities, e)
	}
	for i, a := range f.Actors {
		ent(a, entity.PER, i)
	}
	for i, o := range f.Orgs {
		ent(o, entity.ORG, len(f.Actors)+i)
	}
	if f.EventType != "" && len(f.Actors) >= 2 {
		an.Events = append(an.Events, event.Event{Type: f.EventType, Source: f.Actors[0], Target: f.Actors[1],
			Place: f.Place, Modality: "asserted", Evidence: f.Title, Confidence: f.Confidence})
	}
	if f.Place != "" {
		p := geo.Place{Name: f.Place, Country: f.Country, Lat: 31.2, Lon: 16.6, Kind: "city"}
		if i := strings.Index(f.Body, f.Place); i >= 0 {
			p.Mentions = []int{i}
		}
		an.Places = append(an.Places, p)
	}
	if f.Quote != "" && len(f.Actors) > 0 {
		i := strings.Index(f.Body, f.Quote)
		an.Quotes = append(an.Quotes, quote.Quote{Speaker: f.Actors[0], Cue: "قال", Kind: "direct",
			Content: f.Quote, ContentStart: i, ContentEnd: i + len(f.Quote), Confidence: f.Confidence})
	}
	an.Times = append(an.Times, timex.Expression{Text: "أمس", Value: f.Published.AddDate(0, 0, -1).Format("2006-01-02"), Type: "DATE"})
	raw := []byte(f.Title + "\n\n" + f.Body)
	return &store.Article{
		ID: f.ID, URL: "https://example.org/" + f.ID, Source: f.Source, Title: f.Title,
		Published: f.Published, Raw: raw, RawFormat: "text",
		StoryID: f.StoryID, DuplicateOf: f.DuplicateOf, Analysis: an,
	}
}

// Corpus is a small set of fixtures the suite searches. The four Medina
// articles spell the word four ways.
func Corpus() []Fixture {
	d := func(n int) time.Time { return Day().AddDate(0, 0, n) }
	return []Fixture{
		{ID: "m1", Source: "bbc", Published: d(0), Title: "زيارة رسمية",
			Body: "وصل خليفة حفتر وفايز السراج إلى الْمَدِينَةُ القديمة صباح اليوم قادمين من سرت في زيارة رسمية.", StoryID: "s1",
			Actors: []string{"خليفة حفتر", "فايز السراج"}, EventType: "CONSULT", Place: "سرت", Country: "LY", Confidence: 0.6},
		{ID: "m2", Source: "cnn", Published: d(1), Title: "احتفال شعبي",
			Body: "أقيم احتفال شعبي كبير بالمدينة بحضور خليفة حفتر في سرت.", StoryID: "s1",
			Actors: []string{"خليفة حفتر"}, Place: "سرت", Country: "LY"},
		{ID: "m3", Source: "bbc", Published: d(2), Title: "أمطار غزيرة",
			Body:   "هطلت أمطار غزيرة على المدينة وقال فايز السراج إن الوضع تحت السيطرة رغم هجوم خليفة حفتر على طرابلس.",
			Actors: []string{"فايز السراج", "خليفة حفتر"}, EventType: "ASSAULT", Place: "طرابلس", Country: "LY",
			Quote: "الوضع تحت السيطرة", Confidence: 0.9},
		{ID: "m4", Source: "france24", Published: d(3), Title: "مشروع جديد",
			Body: "أعلنت البلدية عن مشروع جديد لتطوير مدينة الألعاب للأطفال.", Orgs: []string{"البلدية"}},
		{ID: "p1", Source: "skynews", Published: d(4), Title: "تقدم عسكري",
			Body:   "أعلن أحمد المسماري أن الجيش الليبي تقدم نحو سرت بعد معارك عنيفة مع قوات خليفة حفتر. وقال المتحدث إن الوضع تحت السيطرة.",
			Actors: []string{"أحمد المسماري", "خليفة حفتر"}, Quote: "الوضع تحت السيطرة", EventType: "ASSAULT",
			Place: "سرت", Country: "LY", StoryID: "s2", Confidence: 0.3},
		{ID: "p2", Source: "alarabiya", Published: d(5), Title: "مواقف دولية",
			Body: "رحب الليبي المقيم في الخارج بموقف الجيش من الأزمة.", StoryID: "s2"},
		{ID: "p3", Source: "skynews", Published: d(5), Title: "تقدم عسكري",
			Body:   "أعلن أحمد المسماري أن الجيش الليبي تقدم نحو سرت بعد معارك عنيفة مع قوات خليفة حفتر. وقال المتحدث إن الوضع تحت السيطرة!",
			Actors: []string{"أحمد المسماري", "خليفة حفتر"}, StoryID: "s2", DuplicateOf: "p1"},
	}
}
