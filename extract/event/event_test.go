package event

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract/entity"
)

// fakeActors codes a few nationality and agent words for tests.
type fakeActors struct{}

func (fakeActors) Nationality(w string) (string, bool) {
	for _, p := range []struct{ stem, code string }{{"امريكي", "USA"}, {"روسي", "RUS"}, {"ايراني", "IRN"}, {"سوري", "SYR"}, {"عراقي", "IRQ"}, {"اسرائيلي", "ISR"}, {"مصري", "EGY"}} {
		n := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(normalize(w), "و"), "ال"), "ب")
		n = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(n, "ون"), "ين"), "ا"), "ه")
		if n == p.stem {
			return p.code, true
		}
	}
	return "", false
}

func (fakeActors) Sector(w string) (string, bool) {
	n := normalize(w)
	for _, p := range []struct{ word, code string }{{"قوات", "MIL"}, {"جنود", "MIL"}, {"متظاهرين", "CVL"}, {"متظاهرون", "CVL"}, {"مسلحين", "UAF"}, {"مسلحون", "UAF"}, {"الشرطه", "COP"}, {"المدنيين", "CVL"}} {
		if strings.HasSuffix(n, p.word) {
			return p.code, true
		}
	}
	return "", false
}

func normalize(s string) string {
	r := strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ة", "ه", "ى", "ي", "ً", "", "ٌ", "", "ٍ", "")
	return r.Replace(s)
}

func mkInput(text string, ents map[string]string) Input {
	in := Input{Body: text, Paragraphs: []document.Paragraph{{Start: 0, End: len(text), Kind: document.KindText}}}
	for spec, code := range ents {
		typ, name, _ := strings.Cut(spec, ":")
		e := entity.Entity{ID: name, Canonical: name, Type: typ, ActorCode: code}
		for i := 0; ; {
			j := strings.Index(text[i:], name)
			if j < 0 {
				break
			}
			e.Mentions = append(e.Mentions, entity.Mention{Text: name, Start: i + j, End: i + j + len(name)})
			i += j + len(name)
		}
		in.Entities = append(in.Entities, e)
	}
	return in
}

func TestCode(t *testing.T) {
	type want struct{ typ, src, srcCode, dst, dstCode, modality string }
	tests := []struct {
		name string
		text string
		ents map[string]string
		want []want
	}{
		{
			name: "VSO meeting with ب-frame",
			text: "والتقى وزير الخارجية سامح شكري في القاهرة بنظيره الروسي سيرغي لافروف.",
			ents: map[string]string{"PER:سامح شكري": "EGYGOV", "PER:سيرغي لافروف": "RUSGOV"},
			want: []want{{typ: "CONSULT", src: "سامح شكري", dst: "سيرغي لافروف"}},
		},
		{
			name: "SVO rejection of a proposal refers back to the proposer",
			text: "وقدمت واشنطن مقترحا أمريكيا لوقف القتال. لكن الحكومة السورية رفضت هذا المقترح.",
			ents: map[string]string{"ORG:الحكومة السورية": "SYRGOV"},
			want: []want{{typ: "REQUEST", srcCode: "USA"}, {typ: "REJECT", src: "الحكومة السورية", dstCode: "USA"}},
		},
		{
			name: "nominal event qualified by a nationality adjective, with a light verb",
			text: "ونفذت مقاتلات إسرائيلية غارات جوية على مواقع في ريف دمشق.",
			want: []want{{typ: "ASSAULT", srcCode: "ISRMIL"}},
		},
		{
			name: "negated and future",
			text: "وقال المسؤول إن بغداد لن تهاجم المدينة، وإن القوات ستنسحب من المنطقة.",
			ents: map[string]string{"LOC:بغداد": "IRQ"},
			want: []want{{typ: "ASSAULT", src: "بغداد", modality: Negated}, {typ: "RETREAT", modality: Future}},
		},
		{
			name: "place noun adjective is no actor; agent merges with nationality",
			text: "وتظاهر آلاف المتظاهرين العراقيين على الحدود الإيرانية احتجاجا على انقطاع الكهرباء.",
			want: []want{{typ: "PROTEST", srcCode: "IRQCVL"}},
		},
		{
			name: "purpose phrase is no event",
			text: "وأرسلت الحكومة وفدا بهدف التوصل إلى اتفاق.",
			want: nil,
		},
	}
	c, err := New(fakeActors{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := c.Code(mkInput(tc.text, tc.ents))
			if len(got) != len(tc.want) {
				for _, e := range got {
					t.Logf("got %s %s(%s) -> %s(%s) %s trig=%s", e.Type, e.Source, e.SourceCode, e.Target, e.TargetCode, e.Modality, e.Trigger)
				}
				t.Fatalf("got %d events, want %d", len(got), len(tc.want))
			}
			for i, w := range tc.want {
				e := got[i]
				for _, f := range [][3]string{{"type", e.Type, w.typ}, {"source", e.Source, w.src}, {"source_code", e.SourceCode, w.srcCode}, {"target", e.Target, w.dst}, {"target_code", e.TargetCode, w.dstCode}, {"modality", e.Modality, w.modality}} {
					if f[2] != "" && f[1] != f[2] {
						t.Errorf("event %d %s = %q, want %q", i, f[0], f[1], f[2])
					}
				}
				if tc.text[e.EvidenceAt.Start:e.EvidenceAt.End] != e.Evidence {
					t.Errorf("evidence offsets wrong")
				}
			}
		})
	}
}

func FuzzCode(f *testing.F) {
	f.Add("والتقى الرئيس بالوفد. رفض ذلك الاقتراح، التي تدعمها بدعم من")
	f.Add("هجوم على . ، « » ' مقتل")
	c, err := New(fakeActors{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range c.Code(mkInput(s, nil)) {
			if e.EvidenceAt.Start < 0 || e.EvidenceAt.End > len(s) || s[e.EvidenceAt.Start:e.EvidenceAt.End] != e.Evidence {
				t.Fatalf("bad evidence span %+v", e.EvidenceAt)
			}
		}
	})
}
