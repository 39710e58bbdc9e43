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
		{"coordinated complement", "طالب المجلس الأعلى لعمال وموظفي الموانئ المصرية بزيادة الأجور", []string{"ORG:المجلس الأعلى لعمال وموظفي الموانئ المصرية"}, nil},
		{"plural complement", "قال المرصد المصري لحقوق الطفل إن الأرقام ارتفعت", []string{"ORG:المرصد المصري لحقوق الطفل"}, nil},
		{"purpose complement", "تقدم الجيش المصري لاستعادة المدينة", []string{"ORG:الجيش المصري"}, []string{"ORG:الجيش المصري لاستعادة المدينة"}},
		{"coordinated heads", "انتشر الجيش والشرطة المصرية في الشوارع", nil, []string{"ORG:الجيش والشرطة المصرية"}},
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

// tokenIndex returns the index in sentence 0 of the token spelled word.
func tokenIndex(t *testing.T, d *docState, word string) int {
	t.Helper()
	for i, tok := range d.sents[0].toks {
		if tok.Text == word {
			return i
		}
	}
	t.Fatalf("no token %q", word)
	return -1
}

// TestPersonSpan checks how a person mention the tagger found (the words
// from first to last) is widened or trimmed at its start.
func TestPersonSpan(t *testing.T) {
	tests := []struct {
		name, text, first, last, want string
	}{
		{"given name after a comma", "قال وزير الزراعة، سامي النجار، إن المحصول جيد", "النجار", "النجار", "سامي النجار"},
		{"given name after a nationality", "قال الوزير المصري سامي النجار إن المحصول جيد", "النجار", "النجار", "سامي النجار"},
		{"given name after a verb", "رفض كريم النجار العرض", "النجار", "النجار", "النجار"},
		{"proclitic kept on an unknown name", "ونقل موقع إخباري عن بكير النجار قوله", "بكير", "النجار", "بكير النجار"},
		{"proclitic cut before a known name", "ونقل موقع إخباري عن بسامي النجار قوله", "بسامي", "النجار", "سامي النجار"},
		{"nationality before the name", "سجل الأرجنتيني سامي النجار هدفين", "الأرجنتيني", "النجار", "سامي النجار"},
		{"conjunction cut", "وقال وسامي النجار إن المحصول جيد", "وسامي", "النجار", "سامي النجار"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleState(t, tt.text)
			d.addMention(0, PER, tokenIndex(t, d, tt.first), tokenIndex(t, d, tt.last)+1, nil)
			if got := mentionForms(d); !slices.Equal(got, []string{"PER:" + tt.want}) {
				t.Errorf("%q: mentions %v, want PER:%s", tt.text, got, tt.want)
			}
		})
	}
}

// TestSplitPersons checks that a person mention running over two names
// (verb, subject, object) is cut when the second is named alone elsewhere.
func TestSplitPersons(t *testing.T) {
	text := "انتقد الرئيس دونالد ترامب كيم بشدة. ورد كيم على الانتقادات."
	d := ruleState(t, text)
	d.addMention(0, PER, tokenIndex(t, d, "دونالد"), tokenIndex(t, d, "كيم")+1, nil)
	d.addMention(1, PER, 1, 2, nil)
	d.splitPersons()
	got := mentionForms(d)
	for _, w := range []string{"PER:دونالد ترامب", "PER:كيم"} {
		if !slices.Contains(got, w) {
			t.Errorf("mentions %v, want %s", got, w)
		}
	}
	// Without the second name alone elsewhere, the span stays whole.
	d = ruleState(t, "انتقد الرئيس دونالد ترامب كيم بشدة.")
	d.addMention(0, PER, tokenIndex(t, d, "دونالد"), tokenIndex(t, d, "كيم")+1, nil)
	d.splitPersons()
	if got := mentionForms(d); !slices.Equal(got, []string{"PER:دونالد ترامب كيم"}) {
		t.Errorf("mentions %v, want the span whole", got)
	}
}

func TestSeatPlaces(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"عقد المجلس اجتماعه بمقره في الزاوية أمس", []string{"LOC:الزاوية"}},
		{"تقع الشركة ومقرها في مدينة صغيرة", nil},   // a head word, not a name
		{"نقل الفريق مقره في 2015 إلى الشمال", nil}, // a number
		{"وصل الوفد إلى الزاوية أمس", nil},          // no seat
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := ruleState(t, tt.text)
			d.seatPlaces()
			if got := mentionForms(d); !slices.Equal(got, tt.want) {
				t.Errorf("%q: mentions %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestKnownNameNotTitle checks that a found person name that is a title
// phrase (the tagger took it for a name in the news) is no mention.
func TestKnownNameNotTitle(t *testing.T) {
	d := ruleState(t, "استقبل ولي العهد الوفد في القصر")
	if d.lex().kind(wordKey("ولي")+" "+wordKey("العهد"))&kindTitle == 0 {
		t.Skip("ولي العهد is no title of the lexicon")
	}
	d.knownNames()
	for _, m := range mentionForms(d) {
		if strings.Contains(m, "العهد") {
			t.Errorf("mention %s from a title", m)
		}
	}
}
