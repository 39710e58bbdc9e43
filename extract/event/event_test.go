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
	for _, p := range []struct{ stem, code string }{{"امريكي", "USA"}, {"روسي", "RUS"}, {"ايراني", "IRN"}, {"سوري", "SYR"}, {"عراقي", "IRQ"}, {"اسرائيلي", "ISR"}, {"مصري", "EGY"}, {"فرنسي", "FRA"}, {"اممي", "IGOUNO"}} {
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
	for _, p := range []struct{ word, code string }{{"قوات", "MIL"}, {"جنود", "MIL"}, {"متظاهرين", "CVL"}, {"متظاهرون", "CVL"}, {"مسلح", "REB"}, {"مجهول", "UAF"}, {"الشرطه", "COP"}, {"المدنيين", "CVL"}, {"مصور", "MED"}, {"مبعوث", "GOV"}} {
		if strings.Contains(n, p.word) {
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
			name: "passive kill verb before a number: the victims are the target",
			text: "وقتل 28 من الجنود الأمريكيين أمس.",
			want: []want{{typ: "ASSAULT", srcCode: "-", dstCode: "USAMIL", modality: Asserted}},
		},
		{
			name: "do-verb with a masdar: قام X بـ; unknown gunmen are UAF",
			text: "وقام مسلحون مجهولون بخطف المدنيين في المدينة.",
			want: []want{{typ: "ASSAULT", srcCode: "UAF", dstCode: "CVL"}},
		},
		{
			name: "an international body's adjective makes the agent before it that body's",
			text: "وطالب المبعوث الأممي القوات الروسية بالانسحاب من المدينة.",
			want: []want{{typ: "REQUEST", src: "المبعوث الأممي", srcCode: "IGOUNO", dstCode: "RUSMIL"}},
		},
		{
			name: "فجر before a day is dawn; ما two words back is a relative, not a negation",
			text: "وسقطت قذائف على حي سكني فجر الخميس ما أدى إلى مقتل مدنيين.",
			want: []want{{typ: "ASSAULT", modality: Asserted}},
		},
		{
			name: "bare gunmen are unidentified armed forces",
			text: "وهاجم مسلحون المدنيين في السوق.",
			want: []want{{typ: "ASSAULT", srcCode: "UAF", dstCode: "CVL"}},
		},
		{
			name: "light verb شن with an attack noun",
			text: "وشنت القوات الإسرائيلية هجوما على المدنيين.",
			want: []want{{typ: "ASSAULT", srcCode: "ISRMIL", dstCode: "CVL"}},
		},
		{
			name: "protesters stand for a protest",
			text: "ورفع المتظاهرون لافتات كبيرة في الساحة.",
			want: []want{{typ: "PROTEST", srcCode: "CVL"}},
		},
		{
			name: "a demand voiced by protesters is a protest",
			text: "وطالب المتظاهرون بإطلاق سراح المعتقلين.",
			want: []want{{typ: "PROTEST", srcCode: "CVL"}},
		},
		{
			name: "a protest noun with no actor is of unnamed civilians",
			text: "واندلعت مظاهرات في العاصمة.",
			want: []want{{typ: "PROTEST", srcCode: "CVL"}},
		},
		{
			name: "a bombing with no author: unidentified armed forces",
			text: "وانفجرت سيارة مفخخة في سوق مما أدى إلى مقتل خمسة أشخاص.",
			want: []want{{typ: "ASSAULT", srcCode: "UAF"}},
		},
		{
			name: "undergoing an attack: the subject is the target, من X the source",
			text: "وتعرضت الشرطة لهجوم من مسلحين.",
			want: []want{{typ: "ASSAULT", srcCode: "UAF", dstCode: "COP"}},
		},
		{
			name: "the author of an attack after a claim verb",
			text: "وقتل خمسة أشخاص في هجوم شنه مسلحون مجهولون.",
			want: []want{{typ: "ASSAULT", srcCode: "UAF"}},
		},
		{
			name: "clashes between X and Y; protesters also protest",
			text: "واندلعت اشتباكات بين القوات الإسرائيلية والمتظاهرين.",
			want: []want{{typ: "ASSAULT", srcCode: "ISRMIL", dstCode: "CVL"}, {typ: "PROTEST", srcCode: "CVL"}},
		},
		{
			name: "main event first: the killing protested is in the background",
			text: "واحتج المتظاهرون على مقتل شاب برصاص الشرطة.",
			want: []want{{typ: "PROTEST", srcCode: "CVL"}, {typ: "ASSAULT", srcCode: "COP"}},
		},
		{
			name: "a verb form ending in ي or ا is another word",
			text: "وكانت مجموعة من ثلاثين طالبا في وزارتي الداخلية والدفاع.",
			want: nil,
		},
		{
			name: "an attack noun with no actor and no occurrence is not coded",
			text: "وتحدث التقرير عن هجوم محتمل.",
			want: nil,
		},
		{
			name: "a definite attack noun undergone, its author after a claim verb",
			text: "وتعرضت 55 سفينة للهجوم في خليج عدن في عمليات نفذها مسلحون مجهولون.",
			want: []want{{typ: "ASSAULT", srcCode: "UAF"}},
		},
		{
			name: "تم with a masdar and an agent phrase",
			text: "وأكدت أنه تم اغتصابها من قبل جنود أمريكيين.",
			want: []want{{typ: "ASSAULT", srcCode: "USAMIL"}},
		},
		{
			name: "shooting down needs an aircraft object",
			text: "وأسقطت القوات الروسية طائرتين فوق المدينة. وأسقط البرلمان القانون.",
			want: []want{{typ: "ASSAULT", srcCode: "RUSMIL"}},
		},
		{
			name: "a protest with no target is against the state where it happens",
			text: "وتجمع مئات المتظاهرين في شوارع العراق.",
			ents: map[string]string{"LOC:العراق": "IRQ"},
			want: []want{{typ: "PROTEST", srcCode: "CVL", dstCode: "IRQ"}},
		},
		{
			name: "a killing verb after its subject with no object: the subject is the victim",
			text: "وكان ثلاثة جنود عراقيين قد قتلوا في انفجار عبوة.",
			want: []want{{typ: "ASSAULT", dstCode: "IRQMIL"}},
		},
		{
			name: "the same verb with an object is active",
			text: "وكانت القوات قد قتلت ثلاثة مسلحين.",
			want: []want{{typ: "ASSAULT", srcCode: "MIL", dstCode: "UAF"}},
		},
		{
			name: "a noun the actors code by sector, with a nationality, is one actor",
			text: "وخطف مسلحون مصورا فرنسيا في الصومال.",
			want: []want{{typ: "ASSAULT", srcCode: "UAF", dstCode: "FRAMED"}},
		},
		{
			name: "the object after a relative clause set off by commas",
			text: "واتهم لافروف، الذي كان يتحدث في أستانا، بريطانيا بانتهاك القانون الدولي.",
			ents: map[string]string{"PER:لافروف": "RUSGOV", "LOC:بريطانيا": "GBR"},
			want: []want{{typ: "ACCUSE", src: "لافروف", dst: "بريطانيا"}},
		},
		{
			name: "joined targets make one event each",
			text: "وأشاد هادي بمواقف السعودية والإمارات.",
			ents: map[string]string{"PER:هادي": "YEMGOV", "LOC:السعودية": "SAU", "LOC:الإمارات": "ARE"},
			want: []want{{typ: "SUPPORT", src: "هادي", dst: "السعودية"}, {typ: "SUPPORT", src: "هادي", dst: "الإمارات"}},
		},
		{
			name: "casting doubt on someone disapproves of him",
			text: "وشكك كوشنير في قدرة عباس على تقديم تنازلات.",
			ents: map[string]string{"PER:كوشنير": "USAGOV", "PER:عباس": "PSEGOV"},
			want: []want{{typ: "DISAPPROVE", src: "كوشنير", dst: "عباس"}},
		},
		{
			name: "holding someone responsible accuses him; carrying is no event",
			text: "وحملت الحكومة السورية إيران المسؤولية. وحمل الجنود الأسلحة.",
			ents: map[string]string{"ORG:الحكومة السورية": "SYRGOV", "LOC:إيران": "IRN"},
			want: []want{{typ: "ACCUSE", src: "الحكومة السورية", dst: "إيران"}},
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
					if f[2] == "-" && f[1] != "" || f[2] != "" && f[2] != "-" && f[1] != f[2] {
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
