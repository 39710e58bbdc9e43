package entity

import (
	"slices"
	"strings"
	"testing"
)

// ruleState analyses text (invented sentences) with the syntax model and
// returns the working state before any rule ran, every token tagged O: the
// rules are then tested alone, whatever the tagger would find.
func ruleState(t *testing.T, text string) *docState {
	t.Helper()
	r, err := New(defaultTagger(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := annotator(t).Annotate(text)
	var spans []span
	for _, s := range doc.Sentences {
		if s.EndToken > s.FirstToken {
			spans = append(spans, span{doc: doc, lo: s.FirstToken, hi: s.EndToken})
		}
	}
	d := newDocState(r, spans, nil)
	d.collect()
	return d
}

func mentionForms(d *docState) []string {
	var out []string
	for _, m := range d.mentions {
		out = append(out, m.typ+":"+m.form)
	}
	return out
}

func TestNameStart(t *testing.T) {
	tests := []struct {
		word, name string
	}{
		{"والجيش", "الجيش"},      // و cut, the article kept
		{"للجيش", "الجيش"},       // ل + الجيش: the article restored
		{"بغداد", "بغداد"},       // a city the lexicon knows whole
		{"وفرنسا", "فرنسا"},      // a country after و
		{"فلاديمير", "فلاديمير"}, // no clitic
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			d := ruleState(t, "قال "+tt.word+" شيئا")
			if got := d.word(0, 1).name; got != wordKey(tt.name) {
				t.Errorf("name of %s = %s, want %s", tt.word, got, wordKey(tt.name))
			}
		})
	}
}

func TestOrgRules(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"construct", "قالت وزارة الخارجية إن الوفد وصل", []string{"ORG:وزارة الخارجية"}, nil},
		{"place complement", "قالت بلدية طرابلس إن الطريق مغلق", []string{"ORG:بلدية طرابلس"}, nil},
		{"country complement", "نشرت صحيفة لبنان تقريرا طويلا", []string{"ORG:صحيفة لبنان"}, nil},
		{"state body", "رحبت الحكومة اليمنية بالقرار", []string{"ORG:الحكومة اليمنية"}, nil},
		{"preposition", "وصل الملف إلى محكمة بالقاهرة أمس", nil, []string{"ORG:محكمة بالقاهرة"}},
		{"no coordination", "انسحب التحالف والجيش من المدينة", nil, []string{"ORG:التحالف والجيش"}},
		{"function word", "أرسلت هيئة الأمم إلى المدينة قافلة", []string{"ORG:هيئة الأمم"}, []string{"ORG:هيئة الأمم إلى"}},
		{"masdar", "يتولى تنظيم المهرجان فريق صغير", nil, []string{"ORG:تنظيم المهرجان"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleState(t, tt.text)
			d.orgRules()
			got := mentionForms(d)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: mentions %v, want %s", tt.text, got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("%q: mentions %v, must not hold %s", tt.text, got, n)
				}
			}
		})
	}
}

func TestShortForms(t *testing.T) {
	text := "قالت منظمة البلدان المصدرة للنفط (أوبك) إن الإنتاج ارتفع. وأضافت أوبك أن الأسعار مستقرة."
	d := ruleState(t, text)
	d.orgRules()
	d.shortForms()
	d.propagate()
	ents := d.group()
	var org *Entity
	for i := range ents {
		if ents[i].Type == ORG && strings.HasPrefix(ents[i].Canonical, "منظمة") {
			org = &ents[i]
		}
	}
	if org == nil {
		t.Fatalf("no ORG entity for the long name: %+v", ents)
	}
	n := 0
	for _, m := range org.Mentions {
		if m.Text == "أوبك" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("the short form is %d mentions of %s, want 2: %+v", n, org.Canonical, org.Mentions)
	}
}
