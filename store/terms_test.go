package store

import (
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	// Words that must share a key, and words that must not.
	same := [][]string{
		{"الْمَدِينَةُ", "بالمدينة", "المدينه", "مدينة", "للمدينة"},
		{"هيئة", "الهيئة", "هيئات", "والهيئة"},
		{"علي", "وعلي", "العلي"},
		{"معين", "معينة", "معينين"},
		{"مسؤول", "المسؤول", "مسؤولين", "والمسؤولين"},
		{"إيران", "لإيران", "ايران"},
		{"ألمانيا", "لألمانيا", "وألمانيا"},
		{"وزير", "الوزير", "وزيرة", "ووزير"},
		{"على", "عَلَى"},
		{"إلى", "الى"},
	}
	for _, g := range same {
		for _, w := range g[1:] {
			if Key(w) != Key(g[0]) {
				t.Errorf("Key(%s) = %s, Key(%s) = %s; want equal", w, Key(w), g[0], Key(g[0]))
			}
		}
	}
	apart := [][2]string{
		{"هيئة", "هي"}, {"بيئة", "بي"}, {"المائة", "ماي"}, {"سيئة", "سي"},
		{"علي", "على"}, {"علي", "عليه"}, {"منى", "من"}, {"مني", "من"}, {"معين", "مع"},
		{"مسؤولية", "مسؤول"}, {"اللبناني", "لبنان"}, {"وليد", "ليد"}, {"فعلي", "علي"},
	}
	for _, p := range apart {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%s) = Key(%s) = %s; want apart", p[0], p[1], Key(p[0]))
		}
	}
	for _, w := range []string{"في", "على", "عليه", "وعليه", "هذا", "الذي"} {
		if k := Key(w); !strings.HasPrefix(k, FunctionMark) || !IsFunctionWord(w) && !strings.HasPrefix(w, "و") {
			t.Errorf("Key(%s) = %s; want a function-word key", w, k)
		}
	}
	for _, w := range []string{"علي", "هيئة", "منى", "مدينة"} {
		if k := Key(w); strings.HasPrefix(k, FunctionMark) || IsFunctionWord(w) {
			t.Errorf("Key(%s) = %s; want a content key", w, k)
		}
	}
}

func BenchmarkTerms(b *testing.B) {
	text := strings.Repeat("أعلن رئيس هيئة البيئة في المدينة أن على الحكومة والمسؤولين مراجعة الاتفاق مع إيران وألمانيا. ", 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Terms(text)
	}
}
