package quote

import (
	"reflect"
	"strings"
	"testing"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract/entity"
)

// doc builds a body from paragraphs and entities from name lists (every
// occurrence of each surface form becomes a mention).
func doc(paras []string, ents map[string][]string) (string, []document.Paragraph, []entity.Entity) {
	var body string
	var ps []document.Paragraph
	for _, p := range paras {
		if body != "" {
			body += "\n\n"
		}
		ps = append(ps, document.Paragraph{Start: len(body), End: len(body) + len(p), Kind: document.KindText})
		body += p
	}
	var es []entity.Entity
	for canon, forms := range ents {
		typ, name, _ := strings.Cut(canon, ":")
		e := entity.Entity{ID: name, Canonical: name, Type: typ}
		for _, f := range forms {
			for i := 0; ; {
				j := strings.Index(body[i:], f)
				if j < 0 {
					break
				}
				e.Mentions = append(e.Mentions, entity.Mention{Text: f, Start: i + j, End: i + j + len(f)})
				i += j + len(f)
			}
		}
		es = append(es, e)
	}
	return body, ps, es
}

type want struct {
	speaker, kind, cue, content, via, speakerKind string
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		ents  map[string][]string
		want  []want
	}{
		{
			name:  "VSO with colon, direct",
			paras: []string{"وقال الوزير سامي الخطيب: 'لن نقبل بأي تسوية على حساب حقوقنا'."},
			ents:  map[string][]string{"PER:سامي الخطيب": {"سامي الخطيب"}},
			want:  []want{{speaker: "سامي الخطيب", kind: Direct, cue: "قال", content: "لن نقبل بأي تسوية على حساب حقوقنا", speakerKind: KindPerson}},
		},
		{
			name: "apposition, indirect, then surname in a later paragraph and a dropped subject",
			paras: []string{
				"أكد العقيد نادر الحلبي، المتحدث باسم القوات المسلحة، أن الوحدات أتمت انتشارها على الحدود الشمالية، وأن الوضع مستقر.",
				"وفي سياق آخر، ارتفعت أسعار الوقود في الأسواق المحلية.",
				"وأوضح الحلبي أن العمليات ستستمر حتى نهاية الشهر الجاري.",
				"وأضاف: \"لا توجد أي نية للانسحاب في الوقت الحالي\".",
			},
			ents: map[string][]string{"PER:نادر الحلبي": {"نادر الحلبي", "الحلبي"}},
			want: []want{
				{speaker: "نادر الحلبي", kind: Indirect, cue: "أكد", content: "الوحدات أتمت انتشارها على الحدود الشمالية"},
				{speaker: "نادر الحلبي", kind: Indirect, cue: "أوضح", content: "العمليات ستستمر حتى نهاية الشهر الجاري"},
				{speaker: "نادر الحلبي", kind: Direct, cue: "أضاف", content: "لا توجد أي نية للانسحاب في الوقت الحالي"},
			},
		},
		{
			name:  "SVO anonymous source speaking to an outlet",
			paras: []string{"وفي المقابل، فإن مصادر دبلوماسية لوكالة الأنباء الفرنسية قالت إن الاجتماع المقبل سيعقد في جنيف الأسبوع المقبل."},
			want:  []want{{speaker: "مصادر دبلوماسية", speakerKind: KindAnonymous, via: "وكالة الأنباء الفرنسية", cue: "قالت", kind: Indirect, content: "الاجتماع المقبل سيعقد في جنيف الأسبوع المقبل"}},
		},
		{
			name:  "relay through an outlet",
			paras: []string{"ونقلت وكالة رويترز عن مسؤول أمني رفيع أن قوات الأمن اعتقلت خمسة مشتبه بهم في العاصمة."},
			want:  []want{{speaker: "مسؤول أمني رفيع", speakerKind: KindAnonymous, via: "وكالة رويترز", cue: "نقلت", kind: Indirect, content: "قوات الأمن اعتقلت خمسة مشتبه بهم في العاصمة"}},
		},
		{
			name: "role description resolves to the person introduced with it",
			paras: []string{
				"حذر مدير الهيئة العامة للموانئ، المهندس كريم عادل، من أن الإضراب سيعطل حركة الشحن بالكامل.",
				"وطالب مدير الهيئة العامة للموانئ بتدخل الحكومة لإنهاء الأزمة في أسرع وقت.",
			},
			ents: map[string][]string{"PER:كريم عادل": {"كريم عادل"}},
			want: []want{
				{speaker: "كريم عادل", cue: "حذر", kind: Indirect, content: "الإضراب سيعطل حركة الشحن بالكامل"},
				{speaker: "كريم عادل", cue: "طالب", kind: Indirect, content: "بتدخل الحكومة لإنهاء الأزمة في أسرع وقت"},
			},
		},
		{
			name:  "source cue relays the clause before it; relative pronoun subject",
			paras: []string{"وأكدت الوزيرة ليلى حداد أن المفاوضات حققت تقدما كبيرا في ملف المياه، وفقا للمتحدث باسم الوزارة جمال نصر الذي قال إن الجولة القادمة ستعقد في القاهرة."},
			ents:  map[string][]string{"PER:ليلى حداد": {"ليلى حداد"}, "PER:جمال نصر": {"جمال نصر"}},
			want: []want{
				{speaker: "ليلى حداد", via: "جمال نصر", cue: "أكدت", kind: Indirect, content: "المفاوضات حققت تقدما كبيرا في ملف المياه"},
				{speaker: "جمال نصر", cue: "قال", kind: Indirect, content: "الجولة القادمة ستعقد في القاهرة"},
			},
		},
		{
			name:  "mixed: indirect clause with a quoted fragment; embedded 'ما وصفه' is no new quote",
			paras: []string{"ووصف النائب حسن فارس القرار بأنه 'خطوة في الاتجاه الصحيح'، مشيدا بما وصفه بـ'الشجاعة السياسية'."},
			ents:  map[string][]string{"PER:حسن فارس": {"حسن فارس"}},
			want: []want{
				{speaker: "حسن فارس", cue: "وصف", kind: Mixed, content: "القرار بأنه 'خطوة في الاتجاه الصحيح'"},
				{speaker: "حسن فارس", cue: "مشيدا", kind: Mixed, content: "بما وصفه بـ'الشجاعة السياسية'"},
			},
		},
		{
			name:  "unbalanced mark does not swallow the paragraph",
			paras: []string{"وتحدث التقرير عن 'خطة سرية لإعادة الانتشار، لكن مصادر عسكرية قالت إن الخطة لم تعتمد بعد."},
			want: []want{
				{cue: "تحدث", kind: Indirect},
				{speaker: "مصادر عسكرية", speakerKind: KindAnonymous, cue: "قالت", kind: Indirect, content: "الخطة لم تعتمد بعد"},
			},
		},
		{
			name: "a definite anonymous source refers back to the one introduced before",
			paras: []string{
				"وقال مسؤول في وزارة الصحة إن المستشفى استقبل عشرين مصابا.",
				"وقال المسؤول إن حالة ثلاثة منهم خطيرة.",
			},
			want: []want{
				{speaker: "مسؤول في وزارة الصحة", cue: "قال", content: "المستشفى استقبل عشرين مصابا"},
				{speaker: "مسؤول في وزارة الصحة", cue: "قال", content: "حالة ثلاثة منهم خطيرة"},
			},
		},
		{
			name:  "a detached لـ before a quoted outlet name gives via, not content",
			paras: []string{"وقال خبير اقتصادي لـ\"الشروق\" إن الأسعار سترتفع في الربع المقبل."},
			want:  []want{{speaker: "خبير اقتصادي", via: "الشروق", cue: "قال", content: "الأسعار سترتفع في الربع المقبل"}},
		},
		{
			name: "a negated reporting verb is no statement; its subject goes on",
			paras: []string{
				"ولم تكشف الوزارة عن أسماء المعتقلين.",
				"وأوضحت أن التحقيقات ما زالت جارية.",
			},
			ents: map[string][]string{"ORG:الوزارة": {"الوزارة"}},
			want: []want{{speaker: "الوزارة", cue: "أوضحت", content: "التحقيقات ما زالت جارية"}},
		},
		{
			name: "a kin phrase speaks, named by the apposition after it, and الأم refers back to her; the family reaches past a description",
			paras: []string{
				"وقالت عائلة اللاعب المعتزل كريم ناصر، إن ابنها ترك المنتخب لأسباب صحية.",
				"وقالت والدة ناصر، سلمى منصور، إنها لم تفقد الأمل في عودته.",
				"وتقول الأم إن ابنها سيعود إلى الملاعب قريبا.",
			},
			ents: map[string][]string{"PER:كريم ناصر": {"كريم ناصر", "ناصر"}},
			want: []want{
				{speaker: "عائلة اللاعب المعتزل كريم ناصر", cue: "قالت", content: "ابنها ترك المنتخب لأسباب صحية"},
				{speaker: "سلمى منصور", cue: "قالت", content: "لم تفقد الأمل في عودته"},
				{speaker: "سلمى منصور", cue: "تقول", content: "ابنها سيعود إلى الملاعب قريبا"},
			},
		},
		{
			name:  "no quote without a complement",
			paras: []string{"قال ابن خلدون في مقدمته كلاما كثيرا عن العمران."},
			want:  nil,
		},
		{
			name:  "quote marks only",
			paras: []string{"' \" « » “ ” ' ' \"\" «»"},
			want:  nil,
		},
	}
	runCases(t, tests)
}

// runCases runs extraction table cases and checks the fields each case sets.
func runCases(t *testing.T, tests []struct {
	name  string
	paras []string
	ents  map[string][]string
	want  []want
}) {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, ps, es := doc(tc.paras, tc.ents)
			got := x.Extract(body, ps, es)
			if tg := x.ExtractDocument(arabic.NewDocument(body), ps, es); !reflect.DeepEqual(tg, got) {
				t.Errorf("ExtractDocument = %v, Extract = %v", tg, got)
			}
			if len(got) != len(tc.want) {
				for _, q := range got {
					t.Logf("got %s [%s] via=%q %s (%s) «%s»", q.Speaker, q.SpeakerKind, q.Via, q.Cue, q.Kind, q.Content)
				}
				t.Fatalf("got %d quotes, want %d", len(got), len(tc.want))
			}
			for i, w := range tc.want {
				q := got[i]
				check := func(field, g, w string) {
					if w != "" && g != w {
						t.Errorf("quote %d %s = %q, want %q", i, field, g, w)
					}
				}
				check("speaker", q.Speaker, w.speaker)
				check("kind", q.Kind, w.kind)
				check("cue", q.Cue, w.cue)
				check("content", q.Content, w.content)
				check("via", q.Via, w.via)
				check("speaker_kind", q.SpeakerKind, w.speakerKind)
				if body[q.ContentStart:q.ContentEnd] != q.Content || body[q.CueStart:q.CueEnd] != q.Cue {
					t.Errorf("quote %d offsets do not point at its text", i)
				}
			}
		})
	}
}

func TestExtractLongParagraph(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	p := "وقال المتحدث إن " + strings.Repeat("الحكومة تعمل على تحسين الخدمات ", 2500) + "'غير مغلق"
	body, ps, es := doc([]string{p}, nil)
	for _, q := range x.Extract(body, ps, es) {
		if q.ContentEnd > len(body) || q.ContentStart < 0 {
			t.Fatal("offsets out of range")
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("وقال الوزير: 'لن نقبل'. وأضاف أن «الحل» قريب، وفقا لمصادر.")
	f.Add("' \" « » “ ” نقلت عن أن بحسب")
	f.Add("قالت مصادر لصحيفة الرأي إن 'الخطة")
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		body, ps, es := doc(strings.Split(s, "\n\n"), nil)
		for _, q := range x.Extract(body, ps, es) {
			if q.ContentStart < 0 || q.ContentEnd > len(body) || q.ContentStart > q.ContentEnd ||
				body[q.ContentStart:q.ContentEnd] != q.Content || body[q.CueStart:q.CueEnd] != q.Cue {
				t.Fatalf("bad offsets in %+v", q)
			}
		}
	})
}
