package entity

import "testing"

func TestGazetteerNationalities(t *testing.T) {
	g, err := NewGazetteerNationalities()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		code string
		ok   bool
	}{
		{"الأمريكي", "USA", true},
		{"الأميركية", "USA", true},
		{"أمريكياً", "USA", true},
		{"الروس", "RUS", true},
		{"روسية", "RUS", true},
		{"التركي", "TUR", true},
		{"المصرية", "EGY", true},
		{"الليبي", "LBY", true},
		{"العراقيين", "IRQ", true},
		{"أوروبية", "EUR", true},
		{"ليبيا", "", false}, // the country itself
		{"تركيا", "", false},
		{"ترك", "", false}, // a verb, not a plural
		{"الجيش", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			code, ok := g.Nationality(tt.word)
			if ok != tt.ok || code != tt.code {
				t.Errorf("Nationality(%q) = %q, %v; want %q, %v", tt.word, code, ok, tt.code, tt.ok)
			}
		})
	}
}
