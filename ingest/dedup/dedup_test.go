package dedup

import (
	"strings"
	"testing"
	"time"
)

var day = time.Date(2018, 5, 1, 10, 0, 0, 0, time.UTC)

// body is a ~120-word wire-style text used to build duplicates.
const body = `أعلنت وزارة الداخلية الأردنية، السبت، أن عبوة ناسفة بدائية الصنع كانت وراء انفجار حافلة الدرك في الفحيص، الذي أسفر عن مقتل رجل أمن وإصابة آخرين.
وقالت الوزارة في بيان إن الأجهزة الأمنية باشرت التحقيق فور وقوع الانفجار، وإن فرق الهندسة عثرت على بقايا العبوة قرب موقع الحادث.
وأضاف البيان أن الحافلة كانت تقل عناصر من قوات الدرك المكلفين بتأمين مهرجان الفحيص السنوي، وأن المصابين نقلوا إلى المستشفى لتلقي العلاج.
ودان رئيس الوزراء الأردني الهجوم، مؤكدا أن الأجهزة الأمنية ستلاحق المسؤولين عنه وتقدمهم إلى العدالة، فيما أعلنت السلطات تشديد الإجراءات الأمنية في المنطقة.
ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، بينما تواصل الأجهزة المختصة جمع الأدلة وسماع إفادات الشهود.`

func TestTextHash(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"identical", body, body, true},
		{"diacritics and punctuation", "قالَ الوزيرُ: «لا تراجع»!", "قال الوزير لا تراجع", true},
		{"alef forms and spacing", "أعلن  إسرائيل", "اعلن اسرائيل", true},
		{"one word differs", "قال الوزير", "قال الرئيس", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TextHash(tc.a) == TextHash(tc.b); got != tc.same {
				t.Errorf("TextHash equal = %v, want %v", got, tc.same)
			}
		})
	}
}

func TestDetector(t *testing.T) {
	lines := strings.Split(body, "\n")
	edited := strings.Replace(body, "السبت", "الأحد", 1) + "\nوتأتي هذه الحادثة بعد أسابيع من هدوء أمني نسبي."
	trimmed := strings.Join(lines[:4], "\n")
	newLead := "قال مصدر أمني إن التحقيقات ما زالت جارية في قضية انفجار حافلة الفحيص، وإن عددا من المشتبه بهم قيد الاستجواب.\n" + strings.Join(lines[1:], "\n")
	other := `فاز المنتخب البرازيلي على مضيفه الروسي بثلاثة أهداف دون رد في مباراة ودية أقيمت في موسكو ضمن استعدادات الفريقين لكأس العالم، وسجل الأهداف ميراندا وكوتينيو وباولينيو.`
	d := New(Config{})
	steps := []struct {
		doc                   Doc
		exactOf, nearOf, stry string
	}{
		{Doc{ID: "a", Title: "انفجار حافلة الدرك في الفحيص", Body: body, Published: day}, "", "", "a"},
		{Doc{ID: "b", Title: "الأردن: عبوة ناسفة وراء انفجار الفحيص", Body: strings.ReplaceAll(body, "،", " ،"), Published: day}, "a", "a", "a"},
		{Doc{ID: "c", Title: "عبوة ناسفة وراء انفجار حافلة الدرك", Body: edited, Published: day.Add(2 * time.Hour)}, "", "a", "a"},
		{Doc{ID: "d", Title: "الفحيص", Body: trimmed, Published: day.Add(3 * time.Hour)}, "", "a", "a"},
		{Doc{ID: "e", Title: "تحقيقات الفحيص", Body: newLead, Published: day.Add(24 * time.Hour)}, "", "a", "a"},
		{Doc{ID: "f", Title: "البرازيل تهزم روسيا", Body: other, Published: day}, "", "", "f"},
		{Doc{ID: "g", Title: "البرازيل تهزم روسيا في موسكو", Body: "حقق المنتخب البرازيلي فوزا كبيرا على روسيا في موسكو في مباراة ودية استعدادا لكأس العالم.", Published: day.Add(5 * time.Hour)}, "", "", "f"},
		// Same title a month later: outside the story window.
		{Doc{ID: "h", Title: "البرازيل تهزم روسيا في موسكو", Body: "انتصار جديد للبرازيل على روسيا في موسكو في مباراة ودية ثانية.", Published: day.AddDate(0, 1, 0)}, "", "", "h"},
	}
	for _, s := range steps {
		t.Run(s.doc.ID, func(t *testing.T) {
			r := d.Add(s.doc)
			if r.ExactOf != s.exactOf || r.NearOf != s.nearOf || r.StoryID != s.stry {
				t.Errorf("Add(%s) = exact %q near %q (%.2f) story %q; want %q %q %q",
					s.doc.ID, r.ExactOf, r.NearOf, r.Similarity, r.StoryID, s.exactOf, s.nearOf, s.stry)
			}
			if r.DuplicateOf() != s.exactOf && r.DuplicateOf() != s.nearOf {
				t.Errorf("DuplicateOf = %q", r.DuplicateOf())
			}
		})
	}
	if d.Len() != len(steps) {
		t.Errorf("Len = %d", d.Len())
	}
	if r := d.Add(steps[0].doc); r.StoryID != "a" || d.Len() != len(steps) {
		t.Errorf("re-adding a = %+v, len %d", r, d.Len())
	}
	if s, ok := d.Similarity("a", "f"); !ok || s > 0.1 {
		t.Errorf("Similarity(a, f) = %v, %v", s, ok)
	}
	if d.Story("nope") != "" || d.Story("g") != "f" {
		t.Errorf("Story lookups wrong")
	}
}

func TestMerge(t *testing.T) {
	d := New(Config{})
	x := "قمة بين ترامب وكيم في سنغافورة لبحث نزع السلاح النووي في شبه الجزيرة الكورية"
	y := "وزير خارجية سنغافورة يؤكد جاهزية بلاده لاستضافة الحدث التاريخي المرتقب الأسبوع المقبل"
	d.Add(Doc{ID: "1", Title: x, Body: x, Published: day})
	d.Add(Doc{ID: "2", Title: y, Body: y, Published: day})
	r := d.Add(Doc{ID: "3", Title: x + " " + y, Body: x + " " + y, Published: day})
	if r.StoryID != "1" || len(r.Merged) != 1 || r.Merged[0] != "2" {
		t.Errorf("bridge = story %q merged %v; want 1, [2]", r.StoryID, r.Merged)
	}
	if d.Story("2") != "1" {
		t.Errorf("2 now in story %q", d.Story("2"))
	}
}

func BenchmarkAdd(b *testing.B) {
	d := New(Config{})
	for i := 0; b.Loop(); i++ {
		d.Add(Doc{ID: string(rune(i)), Title: "عنوان", Body: body + strings.Repeat(" كلمة", i%7), Published: day})
	}
}
