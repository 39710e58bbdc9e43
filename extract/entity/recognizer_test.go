package entity

import (
	"context"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/marsad/marsad/arabic"
)

// loadRecognizer loads the embedded recognizer once per test binary run.
var loadRecognizer = sync.OnceValues(Load)

func recognizer(t testing.TB) *Recognizer {
	t.Helper()
	r, err := loadRecognizer()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// scoreKey normalises a name for comparison in tests (as eval's matching
// does: letters folded, white space collapsed, punctuation trimmed).
func scoreKey(s string) string {
	s = strings.Join(strings.Fields(arabic.Normalize(s)), " ")
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
}

func findEntity(ents []Entity, typ, canonical string) *Entity {
	for i := range ents {
		if ents[i].Type == typ && scoreKey(ents[i].Canonical) == scoreKey(canonical) {
			return &ents[i]
		}
	}
	return nil
}

func TestRecognizerGrouping(t *testing.T) {
	body := "التقى المشير خليفة حفتر وفدا أمريكيا في بنغازي. وقال مصدر مقرب من حفتر إن الوفد طلب من حفتر وقف القتال، وأضاف أن رسالة وصلت لحفتر من ليبيا."
	res, err := recognizer(t).Analyze(context.Background(), body)
	if err != nil {
		t.Fatal(err)
	}
	e := findEntity(res.Entities, PER, "خليفة حفتر")
	if e == nil {
		t.Fatalf("no PER خليفة حفتر in %+v", res.Entities)
	}
	if len(e.Mentions) < 4 {
		t.Errorf("خليفة حفتر has %d mentions, want 4: %+v", len(e.Mentions), e.Mentions)
	}
	for _, m := range e.Mentions {
		if body[m.Start:m.End] != m.Text {
			t.Errorf("mention %q does not match offsets %d:%d", m.Text, m.Start, m.End)
		}
		if strings.HasPrefix(m.Text, "ل") || strings.HasPrefix(m.Text, "المشير") {
			t.Errorf("mention %q keeps a clitic or title", m.Text)
		}
	}
	if !strings.Contains(strings.Join(e.Roles, "|"), "المشير") {
		t.Errorf("roles %v lack المشير", e.Roles)
	}
	var nat bool
	for _, n := range res.Nationalities {
		nat = nat || n.Code == "USA"
	}
	if !nat {
		t.Errorf("no USA nationality mention in %+v", res.Nationalities)
	}
	if findEntity(res.Entities, LOC, "أمريكيا") != nil {
		t.Error("a nationality adjective became a LOC entity")
	}
}

func TestRecognizerCliticPlace(t *testing.T) {
	body := "وصل الوزير إلى ليبيا أمس، وقال إن مستقبل ليبيا مهم لليبيا وللمنطقة."
	ents, err := recognizer(t).Find(context.Background(), body)
	if err != nil {
		t.Fatal(err)
	}
	e := findEntity(ents, LOC, "ليبيا")
	if e == nil {
		t.Fatalf("no LOC ليبيا in %+v", ents)
	}
	for _, m := range e.Mentions {
		if m.Text != "ليبيا" {
			t.Errorf("mention %q, want ليبيا", m.Text)
		}
	}
	if len(e.Mentions) != 3 {
		t.Errorf("%d mentions of ليبيا, want 3", len(e.Mentions))
	}
}

func TestRecognizerRobust(t *testing.T) {
	long := strings.Repeat("قال محمد إن القاهرة جميلة ", 1000) // 5,000 tokens, no sentence end
	tests := []struct{ name, body string }{
		{"empty", ""},
		{"spaces", "   \n\n  "},
		{"punctuation", "... ،،، !!! ؟"},
		{"latin", "The quick brown fox jumps over the lazy dog. Reuters reported it."},
		{"digits", "2020 15 3.5 ١٢٣٤ 7/16"},
		{"long sentence", long},
		{"invalid utf8", "حفتر \xff\xfe ليبيا"},
		{"diacritics only", "\u064e\u064f\u0650"},
	}
	r := recognizer(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := r.Analyze(context.Background(), tt.body)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range res.Entities {
				for _, m := range e.Mentions {
					if m.Start < 0 || m.End > len(tt.body) || m.Start >= m.End || tt.body[m.Start:m.End] != m.Text {
						t.Errorf("bad mention %+v", m)
					}
				}
			}
		})
	}
}

func TestRecognizerConcurrent(t *testing.T) {
	r := recognizer(t)
	body := "قال الرئيس عبد الفتاح السيسي في القاهرة إن مصر تدعم ليبيا."
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if _, err := r.Find(context.Background(), body); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

func TestRecognizerCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := recognizer(t).Find(ctx, "قال محمد في القاهرة."); err == nil {
		t.Error("want an error for a canceled context")
	}
}

type fixedNationalities map[string]string

func (f fixedNationalities) Nationality(w string) (string, bool) {
	c, ok := f[w]
	return c, ok
}

func TestRecognizerPluggedNationalities(t *testing.T) {
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(tg, Options{Nationalities: fixedNationalities{"الموريتاني": "MRT"}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := r.Analyze(context.Background(), "وصل الوفد الموريتاني إلى الرباط.")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Nationalities) != 1 || res.Nationalities[0].Code != "MRT" || res.Nationalities[0].Text != "الموريتاني" {
		t.Errorf("nationalities = %+v", res.Nationalities)
	}
}

func TestPartOf(t *testing.T) {
	tests := []struct {
		name      string
		part, all string
		typ       string
		want      bool
	}{
		{"surname", "حفتر", "خليفة حفتر", PER, true},
		{"first name", "خليفة", "خليفة حفتر", PER, true},
		{"other person", "حفتر", "فايز السراج", PER, false},
		{"org skipping a word", "الجيش الليبي", "الجيش الوطني الليبي", ORG, true},
		{"org suffix", "الوفاق", "حكومة الوفاق", ORG, true},
		{"org other nationality", "الجيش المصري", "الجيش الوطني الليبي", ORG, false},
		{"longer is not part", "خليفة حفتر", "حفتر", PER, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := partOf(strings.Fields(tt.part), strings.Fields(tt.all), tt.typ); got != tt.want {
				t.Errorf("partOf(%q, %q) = %v", tt.part, tt.all, got)
			}
		})
	}
}

func BenchmarkRecognizer(b *testing.B) {
	r := recognizer(b)
	body := strings.Repeat(benchText+"\n", 20)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Find(context.Background(), body); err != nil {
			b.Fatal(err)
		}
	}
}

func TestRecognizerCompoundGivenName(t *testing.T) {
	body := "وصل الرئيس اليمني، عبدربه منصور هادي، مساء الخميس، إلى مدينة عدن. وقال هادي إن ساعة الانتصار قد دنت."
	res, err := recognizer(t).Analyze(context.Background(), body)
	if err != nil {
		t.Fatal(err)
	}
	if e := findEntity(res.Entities, PER, "عبدربه منصور هادي"); e == nil {
		t.Fatalf("no PER عبدربه منصور هادي in %+v", res.Entities)
	}
}

func TestRecognizerKnownOrganisations(t *testing.T) {
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	orgs := []string{"البيت الأبيض", "تنظيم القاعدة", "الحرس الثوري الإيراني"}
	with, err := New(tg, Options{Organisations: orgs})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body, want string
	}{
		{"missed by the tagger", "وقالت المتحدثة باسم البيت الأبيض إن الرئيس سيزور المنطقة.", "البيت الأبيض"},
		{"clitic on the first word", "وأعلن الجيش مقتل قيادي بارز لتنظيم القاعدة في اليمن.", "تنظيم القاعدة"},
		{"longer than the tagger's mention", "واتهمت واشنطن الحرس الثوري الإيراني بتهريب الأسلحة.", "الحرس الثوري الإيراني"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := with.Analyze(context.Background(), tt.body)
			if err != nil {
				t.Fatal(err)
			}
			if findEntity(res.Entities, ORG, tt.want) == nil {
				t.Errorf("no ORG %s in %+v", tt.want, res.Entities)
			}
		})
	}
}

func TestRecognizerCountryNames(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a conjunction before a multi-word country", "وقال إن بريطانيا والولايات المتحدة ستتخذان خطوات جديدة.", "الولايات المتحدة"},
		{"a preposition before a multi-word country", "وعاد الوفد من زيارة للمملكة العربية السعودية استمرت يومين.", "المملكة العربية السعودية"},
		{"a country whose last word is a country too", "وصل الرئيس التركي إلى جنوب أفريقيا للمشاركة في القمة.", "جنوب أفريقيا"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := recognizer(t).Analyze(context.Background(), tt.body)
			if err != nil {
				t.Fatal(err)
			}
			if findEntity(res.Entities, LOC, tt.want) == nil {
				t.Errorf("no LOC %s in %+v", tt.want, res.Entities)
			}
		})
	}
}
