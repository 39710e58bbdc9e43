package eval

import (
	"math"
	"slices"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"alef forms", "أإآٱ", "اااا"},
		{"ya ta marbuta", "مصطفى مدرسة", "مصطفي مدرسه"},
		{"hamza seats", "مؤتمر رئيس", "موتمر رييس"},
		{"tashkeel", "مُحَمَّدٌ", "محمد"},
		{"superscript alef", "هٰذا", "هذا"},
		{"tatweel", "حفـــتر", "حفتر"},
		{"presentation forms NFKC", "\uFEE3\uFEE4\uFEE2", "ممم"},
		{"lam-alef ligature", "\uFEFB", "لا"},
		{"decomposed hamza composes then folds", "\u0627\u0654", "ا"},
		{"white space runs", " سها \t\n  صلاح  ", "سها صلاح"},
		{"nbsp", "سها\u00a0صلاح", "سها صلاح"},
		{"trim punctuation both ends", "«حفتر»؟", "حفتر"},
		{"punctuation then space", "\" حفتر .", "حفتر"},
		{"inner punctuation kept", "من \"حفتر\"؟", "من \"حفتر"},
		{"no case folding", "WhatsApp", "WhatsApp"},
		{"no digit folding", "٢٠١١", "٢٠١١"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"quotes and commas", "'حفتر' رفض، ذلك", []string{"حفتر", "رفض", "ذلك"}},
		{"digits and letters", "في 2011م.", []string{"في", "2011م"}},
		{"normalised", "أكّد", []string{"اكد"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenF1(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       float64
	}{
		{"equal", "أ ب ج", "ا ب ج", 1},
		{"empty", "", "ا", 0},
		{"disjoint", "ا ب", "ج د", 0},
		{"half", "ا ب ج د", "ا ب", 2 * 1 * 0.5 / 1.5},
		{"multiset", "ا ا ب", "ا ب ب", 2.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TokenF1(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("TokenF1 = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name    string
		c       Counts
		p, r, f float64
	}{
		{"nothing at all", Counts{}, 1, 1, 1},
		{"empty output", Counts{FN: 3}, 0, 0, 0},
		{"only false positives", Counts{FP: 2}, 0, 1, 0},
		{"perfect", Counts{TP: 2, SysTP: 2}, 1, 1, 1},
		{"half", Counts{TP: 1, SysTP: 1, FP: 1, FN: 1}, 0.5, 0.5, 0.5},
		{"optional events only", Counts{SysTP: 2}, 1, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); p != tt.p || r != tt.r || f != tt.f {
				t.Errorf("P/R/F1 = %v/%v/%v, want %v/%v/%v", p, r, f, tt.p, tt.r, tt.f)
			}
		})
	}
}

func TestHaversine(t *testing.T) {
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want                   float64
	}{
		{"same point", 30, 31, 30, 31, 0},
		{"one degree of longitude at the equator", 0, 0, 0, 1, 111.195},
		{"Cairo to Sirte", 30.0444, 31.2357, 31.2089, 16.5887, 1402},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Haversine(tt.lat1, tt.lon1, tt.lat2, tt.lon2); math.Abs(got-tt.want) > 0.01*tt.want+0.01 {
				t.Errorf("Haversine = %.3f, want ≈ %.3f", got, tt.want)
			}
		})
	}
}
