package arabic

import "testing"

func TestWordLists(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		in   string
		want bool
	}{
		{"protected name", IsProtected, "بغداد", true},
		{"protected spelling", IsProtected, "وزارة", true},
		{"protected derived", IsProtected, "بريطانيا", true},
		{"not protected", IsProtected, "بحفتر", false},
		{"stopword", IsStopword, "في", true},
		{"stopword hamza", IsStopword, "إلى", true},
		{"stopword english", IsStopword, "The", true},
		{"not stopword", IsStopword, "الجيش", false},
		{"abbreviation", isAbbreviation, "Dr", true},
		{"not abbreviation", isAbbreviation, "army", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(tt.in); got != tt.want {
				t.Errorf("%s(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
			}
		})
	}
	for name, set := range map[string]map[string]bool{"protected": protectedWords, "abbreviations": abbreviations, "stopwords": stopwords} {
		if len(set) < 40 {
			t.Errorf("%s list has only %d entries", name, len(set))
		}
		if set[""] {
			t.Errorf("%s list has an empty entry", name)
		}
	}
}
