package ui

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/store"
)

func sp(start, end int) store.Span { return store.Span{Start: start, End: end} }

func TestPieces(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		base       int
		spans      []store.Span
		want       string // hits in [brackets]
	}{
		{"none", "abc", 0, nil, "abc"},
		{"one", "قال حفتر أمس", 0, []store.Span{sp(7, 15)}, "قال [حفتر] أمس"},
		{"based", "حفتر أمس", 100, []store.Span{sp(100, 108)}, "[حفتر] أمس"},
		{"out of range", "abc", 0, []store.Span{sp(2, 9)}, "abc"},
		{"overlapping", "abcdef", 0, []store.Span{sp(0, 3), sp(2, 4), sp(4, 6)}, "[abc]d[ef]"},
		{"before base", "abc", 10, []store.Span{sp(0, 2)}, "abc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			for _, p := range pieces(tc.text, tc.base, tc.spans) {
				if p.Hit {
					b.WriteString("[" + p.Text + "]")
				} else {
					b.WriteString(p.Text)
				}
			}
			if b.String() != tc.want {
				t.Errorf("got %q, want %q", b.String(), tc.want)
			}
		})
	}
}

// render flattens annotated paragraphs: mentions as {text}, quotes as
// <text>, evidence chunks as |text|, paragraphs joined by " / ".
func flatten(ps []para) string {
	var out []string
	for _, p := range ps {
		var b strings.Builder
		for _, c := range p.Chunks {
			if c.Ev {
				b.WriteString("|")
			}
			for _, r := range c.Runs {
				s := r.Text
				if r.Ent != nil {
					s = "{" + s + "}"
				}
				if r.Quote != nil {
					s = "<" + s + ">"
				}
				b.WriteString(s)
			}
			if c.Ev {
				b.WriteString("|")
			}
		}
		out = append(out, b.String())
	}
	return strings.Join(out, " / ")
}

func TestAnnotate(t *testing.T) {
	body := "قال حفتر إن المعركة قريبة.\n\nوردّ السراج."
	at := func(s string) int { return strings.Index(body, s) }
	for _, tc := range []struct {
		name    string
		an      extract.Analysis
		want    string
		anchors []string
	}{
		{"plain", extract.Analysis{Body: body}, body, nil},
		{"mentions", extract.Analysis{Body: body, Entities: []entity.Entity{
			{Canonical: "خليفة حفتر", Type: "PER", Mentions: []entity.Mention{{Start: at("حفتر"), End: at("حفتر") + len("حفتر")}}},
			{Canonical: "فايز السراج", Type: "PER", Mentions: []entity.Mention{{Start: at("السراج"), End: at("السراج") + len("السراج")}}},
		}}, "قال {حفتر} إن المعركة قريبة.\n\nوردّ {السراج}.", nil},
		{"bad offsets skipped", extract.Analysis{Body: body, Entities: []entity.Entity{
			{Canonical: "x", Type: "PER", Mentions: []entity.Mention{{Start: 1, End: 3}, {Start: -1, End: 2}, {Start: 5, End: 999}}},
		}}, body, nil},
		{"quote and evidence", extract.Analysis{Body: body,
			Quotes: []quote.Quote{{Speaker: "حفتر", ContentStart: at("المعركة"), ContentEnd: at(".")}},
			Events: []event.Event{{Type: "THREATEN", EvidenceAt: event.Span{Start: 0, End: at(".") + 1}}, {Type: "X", EvidenceAt: event.Span{Start: 0, End: at(".") + 1}}},
		}, "|قال حفتر إن <المعركة قريبة>.|\n\nوردّ السراج.", []string{"ev-0", "ev-0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := tc.an
			ps, anchors := annotate(&an)
			if got := flatten(ps); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			if len(tc.anchors) > 0 && strings.Join(anchors, ",") != strings.Join(tc.anchors, ",") {
				t.Errorf("anchors %v, want %v", anchors, tc.anchors)
			}
		})
	}
}
