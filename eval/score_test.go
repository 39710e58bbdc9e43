package eval

import (
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/geo"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/extract/timex"
	"github.com/marsad/marsad/internal/sharedtest"
)

func TestScorePerfect(t *testing.T) {
	golds := map[string]func(t *testing.T) *Gold{
		"small": func(t *testing.T) *Gold { return loadSmall(t) },
		"seed": func(t *testing.T) *Gold {
			g, err := LoadGold(sharedtest.Path(t, "eval", "gold", "seed-000.json"))
			if err != nil {
				t.Fatal(err)
			}
			return g
		},
	}
	for name, load := range golds {
		t.Run(name, func(t *testing.T) {
			g := load(t)
			r := Score(g, perfect(g))
			c := r.Cleaning
			if !c.TitleOK || !c.AuthorsOK || c.IncludeFound != c.IncludeTotal || c.ExcludeLeaked != 0 || c.SubheadsFound != c.SubheadsTotal {
				t.Errorf("cleaning not perfect: %+v", c)
			}
			for layer, counts := range layers(r) {
				if counts.Precision() != 1 || counts.Recall() != 1 || counts.F1() != 1 {
					t.Errorf("%s: %+v P=%v R=%v", layer, counts, counts.Precision(), counts.Recall())
				}
			}
			for typ, counts := range r.Entities.ByType {
				if counts.F1() != 1 {
					t.Errorf("entities %s: %+v", typ, counts)
				}
			}
			if r.Entities.ReachedMin != r.Entities.Found || r.Quotes.CueAgree != r.Quotes.Counts.TP || r.Quotes.KindAgree != r.Quotes.Counts.TP {
				t.Errorf("min_mentions/cue/kind not perfect: %+v %+v", r.Entities, r.Quotes)
			}
			if r.Events.OptionalFound != r.Events.OptionalTotal {
				t.Errorf("optional events %d/%d", r.Events.OptionalFound, r.Events.OptionalTotal)
			}
		})
	}
}

func TestScoreEmpty(t *testing.T) {
	g := loadSmall(t)
	if r := Score(nil, nil); r.Entities.Counts.F1() != 1 {
		t.Errorf("nil gold and analysis: %+v", r.Entities)
	}
	for name, a := range map[string]*extract.Analysis{"nil": nil, "empty": {}} {
		t.Run(name, func(t *testing.T) {
			r := Score(g, a)
			if r.Cleaning.TitleOK || r.Cleaning.AuthorsOK || r.Cleaning.IncludeFound != 0 {
				t.Errorf("cleaning: %+v", r.Cleaning)
			}
			for layer, counts := range layers(r) {
				if counts.Precision() != 0 || counts.Recall() != 0 || counts.F1() != 0 {
					t.Errorf("%s: %+v P=%v R=%v", layer, counts, counts.Precision(), counts.Recall())
				}
			}
		})
	}
}

func ent(typ, canonical string, mentions ...string) entity.Entity {
	e := entity.Entity{Canonical: canonical, Type: typ}
	for i, m := range mentions {
		e.Mentions = append(e.Mentions, entity.Mention{Text: m, Start: 10 * i, End: 10*i + 1})
	}
	return e
}

// TestScoreCases scores hand-made analyses against the small gold. Each
// case gives one layer's expected counts.
func TestScoreCases(t *testing.T) {
	pt := func(name string, lat, lon float64) geo.Place {
		return geo.Place{Name: name, Country: "LY", Lat: lat, Lon: lon}
	}
	tests := []struct {
		name   string
		a      extract.Analysis
		layer  string
		want   Counts
		check  func(t *testing.T, r *Report)
		byType map[string]Counts
	}{
		{
			name:   "split cluster: one TP one FP",
			a:      extract.Analysis{Entities: []entity.Entity{ent("PER", "خليفة حفتر"), ent("PER", "حفتر", "حفتر")}},
			layer:  "entities",
			want:   Counts{TP: 1, SysTP: 1, FP: 1, FN: 4},
			byType: map[string]Counts{"PER": {TP: 1, SysTP: 1, FP: 1, FN: 1}},
		},
		{
			name:  "found through a mention text, normalised",
			a:     extract.Analysis{Entities: []entity.Entity{ent("per", "", "المشير خليفة حفتر", "حفتر")}},
			layer: "entities",
			want:  Counts{TP: 1, SysTP: 1, FN: 4},
			check: func(t *testing.T, r *Report) {
				if r.Entities.ReachedMin != 0 || len(r.Entities.BelowMin) != 1 {
					t.Errorf("min_mentions: 2 mentions of 3 should be below: %+v", r.Entities)
				}
			},
		},
		{
			name:   "type must agree",
			a:      extract.Analysis{Entities: []entity.Entity{ent("LOC", "حفتر")}},
			layer:  "entities",
			want:   Counts{FP: 1, FN: 5},
			byType: map[string]Counts{"LOC": {FP: 1, FN: 2}, "PER": {FN: 2}},
		},
		{
			name:  "optional entity not counted either way",
			a:     extract.Analysis{Entities: []entity.Entity{ent("ORG", "nutre"), ent("ORG", "صحيفة nutre الروسية")}},
			layer: "entities",
			want:  Counts{FN: 5},
			check: func(t *testing.T, r *Report) {
				if len(r.Entities.Ignored) != 2 || len(r.Entities.FalsePositives) != 0 {
					t.Errorf("ignored %q, fp %q", r.Entities.Ignored, r.Entities.FalsePositives)
				}
			},
		},
		{
			name: "forbidden entities are false positives, even when they also name gold",
			a: extract.Analysis{Entities: []entity.Entity{
				ent("ORG", "البرلمان الليبي"),
				ent("ORG", "حكومة الوفاق", "الوفاق", "البرلمان الليبي"),
				ent("MISC", "WhatsApp"),
			}},
			layer: "entities",
			want:  Counts{FP: 3, FN: 5},
			check: func(t *testing.T, r *Report) {
				for _, fp := range r.Entities.FalsePositives {
					if !strings.HasSuffix(fp, "(forbidden)") {
						t.Errorf("false positive %q not marked forbidden", fp)
					}
				}
			},
		},
		{
			name:  "one system entity matches at most one gold entity",
			a:     extract.Analysis{Entities: []entity.Entity{ent("PER", "حفتر", "المسماري")}},
			layer: "entities",
			want:  Counts{TP: 1, SysTP: 1, FN: 4},
		},
		{
			name: "maximum matching does not depend on order",
			a: extract.Analysis{Entities: []entity.Entity{
				ent("PER", "حفتر", "المسماري"), // could be either
				ent("PER", "خليفة حفتر"),       // only Haftar
			}},
			layer: "entities",
			want:  Counts{TP: 2, SysTP: 2, FN: 3},
		},
		{
			name: "anonymous speaker: half of the tokens",
			a: extract.Analysis{Quotes: []quote.Quote{
				{Speaker: "مصادر ليبية", Content: "مفاوضات سرية تجري بين عدة أطراف لإقناع حفتر"},
			}},
			layer: "quotes",
			want:  Counts{TP: 1, SysTP: 1, FN: 2},
		},
		{
			name: "anonymous speaker: less than half",
			a: extract.Analysis{Quotes: []quote.Quote{
				{Speaker: "مصادر", Content: "مفاوضات سرية تجري حالياً بين عدة أطراف إقليمية ودولية لإقناع حفتر"},
			}},
			layer: "quotes",
			want:  Counts{FP: 1, FN: 3},
		},
		{
			name: "gold speaker_entity is not a speaker",
			a: extract.Analysis{Quotes: []quote.Quote{
				{Speaker: "خليفة حفتر", Content: "بوفد 'الفرصة الأخيرة' للتوصل إلى اتفاق لوقف إطلاق النار"},
			}},
			layer: "quotes",
			want:  Counts{FP: 1, FN: 3},
		},
		{
			name: "named speaker by alias and by entity ID; cue and kind reported",
			a: extract.Analysis{
				Entities: []entity.Entity{{ID: "e7", Canonical: "المسماري", Type: "PER"}},
				Quotes: []quote.Quote{
					{Speaker: "اللواء", SpeakerEntity: "e7", Cue: "أكد", Kind: "direct", Content: "الساعات المقبلة ستشهد معركة كبرى"},
				},
			},
			layer: "quotes",
			want:  Counts{TP: 1, SysTP: 1, FN: 2},
			check: func(t *testing.T, r *Report) {
				if r.Quotes.CueAgree != 1 || r.Quotes.KindAgree != 0 || len(r.Quotes.Disagreements) != 1 {
					t.Errorf("cue/kind: %+v", r.Quotes)
				}
			},
		},
		{
			name: "named speaker: token overlap does not apply",
			a: extract.Analysis{Quotes: []quote.Quote{
				{Speaker: "أحمد", Content: "الساعات المقبلة ستشهد معركة كبرى في محيط سرت والجفرة"},
			}},
			layer: "quotes",
			want:  Counts{FP: 1, FN: 3},
		},
		{
			name: "content F1 below 0.5",
			a: extract.Analysis{Quotes: []quote.Quote{
				{Speaker: "المسماري", Content: "الساعات المقبلة"},
			}},
			layer: "quotes",
			want:  Counts{FP: 1, FN: 3},
		},
		{
			name: "greedy one to one: a duplicate is a false positive",
			a: extract.Analysis{Quotes: []quote.Quote{
				{Speaker: "المسماري", Content: "الساعات المقبلة ستشهد معركة كبرى في محيط سرت"},
				{Speaker: "المسماري", Content: "الساعات المقبلة ستشهد معركة كبرى في محيط سرت"},
			}},
			layer: "quotes",
			want:  Counts{TP: 1, SysTP: 1, FP: 1, FN: 2},
		},
		{
			name: "null source matches anything; code via the gold entity",
			a: extract.Analysis{Events: []event.Event{
				{Type: "CONSULT", Source: "أطراف إقليمية", TargetCode: "LBYMIL"},
			}},
			layer: "events",
			// also matches CONSULT خليفة حفتر → USA? no: its source must agree.
			want: Counts{TP: 1, SysTP: 1, FN: 1},
		},
		{
			name: "source by alias, target by code",
			a: extract.Analysis{Events: []event.Event{
				{Type: "consult", Source: "حفتر", TargetCode: "usa"},
			}},
			layer: "events",
			want:  Counts{TP: 1, SysTP: 1, FN: 1},
		},
		{
			name: "source through a system entity's ID",
			a: extract.Analysis{
				Entities: []entity.Entity{ent("PER", "المشير", "المشير خليفة حفتر")},
				Events:   []event.Event{{Type: "CONSULT", Source: "المشير", Target: "USA"}},
			},
			layer: "events",
			want:  Counts{TP: 1, SysTP: 1, FN: 1},
		},
		{
			name: "code prefix is not enough",
			a: extract.Analysis{Events: []event.Event{
				{Type: "CONSULT", SourceCode: "LBY", TargetCode: "USA"},
			}},
			layer: "events",
			want:  Counts{FP: 1, FN: 2},
		},
		{
			name: "non-required gold event makes a system event correct but is not recall",
			a: extract.Analysis{Events: []event.Event{
				{Type: "REQUEST", SourceCode: "USA", Target: "حفتر"},
				{Type: "REQUEST", SourceCode: "USA", Target: "السراج"},
			}},
			layer: "events",
			want:  Counts{SysTP: 1, FP: 1, FN: 2},
			check: func(t *testing.T, r *Report) {
				if r.Events.OptionalFound != 1 || r.Events.OptionalTotal != 1 {
					t.Errorf("optional %d/%d", r.Events.OptionalFound, r.Events.OptionalTotal)
				}
			},
		},
		{
			name:  "place within tolerance",
			a:     extract.Analysis{Places: []geo.Place{pt("سرت", 31.30, 16.60)}},
			layer: "places",
			want:  Counts{TP: 1, SysTP: 1, FN: 1},
		},
		{
			name:  "place by English name",
			a:     extract.Analysis{Places: []geo.Place{pt("Sirte", 31.2, 16.6)}},
			layer: "places",
			want:  Counts{TP: 1, SysTP: 1, FN: 1},
		},
		{
			name:  "place out of tolerance",
			a:     extract.Analysis{Places: []geo.Place{pt("سرت", 32.0, 16.59)}},
			layer: "places",
			want:  Counts{FP: 1, FN: 2},
			check: func(t *testing.T, r *Report) {
				if !slices.ContainsFunc(r.Places.Misses, func(s string) bool { return strings.Contains(s, "nearest 88 km") }) {
					t.Errorf("misses %q should give the distance", r.Places.Misses)
				}
			},
		},
		{
			name:  "country by code, coordinates ignored",
			a:     extract.Analysis{Places: []geo.Place{{Name: "ليبيا", Country: "ly", Kind: "country"}}},
			layer: "places",
			want:  Counts{TP: 1, SysTP: 1, FN: 1},
		},
		{
			name:  "country code must agree",
			a:     extract.Analysis{Places: []geo.Place{{Name: "ليبيا", Country: "EG", Lat: 27, Lon: 17}}},
			layer: "places",
			want:  Counts{FP: 1, FN: 2},
		},
		{
			name: "times: text and value",
			a: extract.Analysis{Times: []timex.Expression{
				{Text: "اليوم الخميس", Value: "2020-07-17"},
				{Text: "منذ بضعة أسابيع", Value: "relative:  A few weeks before the reference date "},
				{Text: "2011", Value: "2011"},
			}},
			layer: "times",
			want:  Counts{TP: 1, SysTP: 1, FP: 2, FN: 1},
			check: func(t *testing.T, r *Report) {
				if len(r.Times.Misses) != 1 || !strings.Contains(r.Times.Misses[0], "(got 2020-07-17)") {
					t.Errorf("misses %q", r.Times.Misses)
				}
			},
		},
		{
			name: "times: relative prose must be worded as the gold's",
			a: extract.Analysis{Times: []timex.Expression{
				{Text: "منذ بضعة أسابيع", Value: "relative: weeks before the reference date"},
			}},
			layer: "times",
			want:  Counts{FP: 1, FN: 2},
		},
	}
	g := loadSmall(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(g, &tt.a)
			if got := layers(r)[tt.layer]; got != tt.want {
				t.Errorf("%s = %+v, want %+v", tt.layer, got, tt.want)
			}
			for typ, want := range tt.byType {
				if got := r.Entities.ByType[typ]; got != want {
					t.Errorf("entities %s = %+v, want %+v", typ, got, want)
				}
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

// TestScoreQuotesBestPair checks that a gold quote takes the system quote
// that overlaps it best, not merely the first that overlaps enough.
func TestScoreQuotesBestPair(t *testing.T) {
	g := &Gold{File: "x", Quotes: []GoldQuote{
		{Speaker: "محمد المصباحي", Cue: "حذر", Kind: "indirect", Content: "إذا تمادت تركيا والميليشيات في التدخل في الشأن الليبي فستتدخل مصر عسكريا"},
		{Speaker: "محمد المصباحي", Cue: "قال", Kind: "direct", Content: "إذا تمادت تركيا والميليشيات في التدخل في الشأن الليبي فسيتدخل الجانب المصري"},
	}}
	a := &extract.Analysis{Quotes: []quote.Quote{
		{Speaker: "محمد المصباحي", Cue: "قال", Kind: "direct", Content: "إذا تمادت تركيا والميليشيات في التدخل في الشأن الليبي فسيتدخل الجانب المصري"},
		{Speaker: "محمد المصباحي", Cue: "حذر", Kind: "indirect", Content: "إذا تمادت تركيا والميليشيات في التدخل في الشأن الليبي فستتدخل مصر عسكريا"},
	}}
	q := Score(g, a).Quotes
	if q.Counts.TP != 2 || q.CueAgree != 2 || q.KindAgree != 2 {
		t.Errorf("pairs crossed: %+v", q)
	}
}

func TestScoreCleaning(t *testing.T) {
	g := loadSmall(t)
	a := &extract.Analysis{
		Title:   "  ماذا طلب الوفد الأمريكى من \"حفتر\" ",
		Authors: []string{"سها صلاح"},
		Body:    "كَشفت صحيفة روسية أن المشير خليفة حفتر\nالتقى بمقره في الرجمة. إعلان",
	}
	c := Score(g, a).Cleaning
	if !c.TitleOK || !c.AuthorsOK {
		t.Errorf("title/authors: %+v", c)
	}
	if c.IncludeFound != 1 || len(c.MissingIncludes) != 1 || c.ExcludeLeaked != 1 || c.LeakedExcludes[0] != "اعلان" {
		t.Errorf("body: %+v", c)
	}
	if c.SubheadsFound != 0 || c.SubheadsTotal != 1 || len(c.MissingSubheads) != 1 {
		t.Errorf("subheadings: %+v", c)
	}
	a.Subheadings = []string{"تركيا حاولت ضرب مقر حفتر"}
	if c := Score(g, a).Cleaning; c.SubheadsFound != 1 {
		t.Errorf("subheading not found: %+v", c)
	}
	a.Authors = []string{"سها صلاح", "محرر"}
	if c := Score(g, a).Cleaning; c.AuthorsOK || len(c.ExtraAuthors) != 1 {
		t.Errorf("extra author not reported: %+v", c)
	}
}
