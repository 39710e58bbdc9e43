package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/geo"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/extract/timex"
)

// loadSmall loads the hand-made gold of testdata.
func loadSmall(t testing.TB) *Gold {
	t.Helper()
	g, err := LoadGold(filepath.Join("testdata", "small-gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// perfect builds the analysis a perfect system would output for g.
func perfect(g *Gold) *extract.Analysis {
	a := &extract.Analysis{
		Title:       g.Title,
		Authors:     append([]string(nil), g.Authors...),
		Subheadings: append([]string(nil), g.Subheadings...),
		Body:        strings.Join(g.Body.MustInclude, "\n\n"),
	}
	for i, e := range g.Entities {
		se := entity.Entity{ID: "e" + string(rune('a'+i%26)), Canonical: e.Canonical, Type: e.Type, ActorCode: e.ActorCode}
		for k := range min(max(1, e.MinMentions), 1000) {
			se.Mentions = append(se.Mentions, entity.Mention{Text: e.Canonical, Start: 10 * k, End: 10*k + 5})
		}
		a.Entities = append(a.Entities, se)
	}
	for _, q := range g.Quotes {
		a.Quotes = append(a.Quotes, quote.Quote{Speaker: q.Speaker, SpeakerKind: q.SpeakerKind, Cue: q.Cue, Kind: q.Kind, Content: q.Content})
	}
	for _, e := range g.Events {
		a.Events = append(a.Events, event.Event{Type: e.Type, Source: strOr(e.Source), Target: strOr(e.Target)})
	}
	for _, p := range g.Places {
		sp := geo.Place{Name: p.Name, Country: p.Country, Kind: p.Kind}
		if p.Lat != nil && p.Lon != nil {
			sp.Lat, sp.Lon = *p.Lat, *p.Lon
		}
		a.Places = append(a.Places, sp)
	}
	for _, tm := range g.Times {
		a.Times = append(a.Times, timex.Expression{Text: tm.Text, Value: tm.Value})
	}
	return a
}

func strOr(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// layers returns the counts of every scored layer by name.
func layers(r *Report) map[string]Counts {
	return map[string]Counts{
		"entities": r.Entities.Counts,
		"quotes":   r.Quotes.Counts,
		"events":   r.Events.Counts,
		"places":   r.Places.Counts,
		"times":    r.Times.Counts,
	}
}
