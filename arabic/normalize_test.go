package arabic

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"ascii", "hello world", "hello world"},
		{"ascii upper", "Hello NATO", "hello nato"},
		{"plain arabic", "قال المتحدث", "قال المتحدث"},
		{"alef forms", "أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"},
		{"hamza seats", "مؤتمر رئيس", "موتمر رييس"},
		{"alef maksura", "مصطفى", "مصطفي"},
		{"teh marbuta", "مدينة", "مدينه"},
		{"tashkeel", "مُحَمَّدٌ", "محمد"},
		{"tatweel", "ليـــبيا", "ليبيا"},
		{"digits", "٢٠٢٠ و۱۹", "2020 و19"},
		{"separators", "٣٫٥ ١٬٠٠٠", "3.5 1,000"},
		{"lam alef ligature", "ﻻ", "لا"},
		{"salla ligature", "محمد ﷺ", "محمد صلي الله عليه وسلم"},
		{"presentation forms", "ﺑﻐﺪﺍﺩ", "بغداد"},
		{"combining hamza", "ا\u0654حمد", "احمد"},
		{"zero width", "ليـ\u200cبيا\u200f", "ليبيا"},
		{"nbsp", "a\u00a0b", "a b"},
		{"persian letters", "ی ک", "ي ك"},
		{"latin accents", "Élysée", "élysée"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			key, off := NormalizeMap(tt.in)
			if key != tt.want {
				t.Errorf("NormalizeMap(%q) key = %q, want %q", tt.in, key, tt.want)
			}
			checkOffsets(t, tt.in, key, off)
		})
	}
}

// checkOffsets verifies the NormalizeMap contract.
func checkOffsets(t *testing.T, s, key string, off []int) {
	t.Helper()
	if len(off) != len(key)+1 {
		t.Fatalf("len(offsets) = %d, want %d", len(off), len(key)+1)
	}
	if off[len(key)] != len(s) {
		t.Fatalf("last offset = %d, want %d", off[len(key)], len(s))
	}
	for i, o := range off {
		if o < 0 || o > len(s) || (i > 0 && o < off[i-1]) {
			t.Fatalf("offsets %v not monotonic within [0,%d]", off, len(s))
		}
	}
}

func TestNormalizeMapSpans(t *testing.T) {
	s := "قالَ ﻻ «أحمد»"
	key, off := NormalizeMap(s)
	tests := []struct{ find, keyPart, src string }{
		{"قال", "قال", "قالَ"},
		{"لا", "لا", "ﻻ"},
		{"لا", "ل", "ﻻ"},
		{"احمد", "احمد", "أحمد"},
		{"احمد»", "احمد»", "أحمد»"},
	}
	for _, tt := range tests {
		t.Run(tt.keyPart, func(t *testing.T) {
			a := strings.Index(key, tt.find)
			if a < 0 {
				t.Fatalf("%q not in key %q", tt.find, key)
			}
			sp := MapSpan(off, a, a+len(tt.keyPart))
			if got := s[sp.Start:sp.End]; got != tt.src {
				t.Errorf("MapSpan(%q) = %q, want %q", tt.keyPart, got, tt.src)
			}
		})
	}
}

// formatNormalize is the normalisation of shared/eval/FORMAT.md, written
// independently: NFKC, drop tashkeel and tatweel, fold alef, hamza, ى, ة.
func formatNormalize(s string) string {
	s = norm.NFKC.String(s)
	s = regexp.MustCompile("[\u064B-\u065F\u0670\u0640]").ReplaceAllString(s, "")
	return strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ٱ", "ا", "ى", "ي", "ة", "ه", "ؤ", "و", "ئ", "ي").Replace(s)
}

func TestNormalizeAgreesWithFormat(t *testing.T) {
	alphabet := []rune("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيٱ ًٌٍَُِّْٰٔـ\u0653\u0655ﻻﷲﺑ")
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := Normalize(s), formatNormalize(s); got != want {
			t.Fatalf("case %d: Normalize(%q) = %q, FORMAT.md gives %q", i, s, got, want)
		}
	}
}

func TestNormalizeNoAlloc(t *testing.T) {
	s := "قال المتحدث باسم الجيش"
	if n := testing.AllocsPerRun(100, func() { _ = Normalize(s) }); n != 0 {
		t.Errorf("Normalize of a key allocates %v times", n)
	}
}

func TestFoldDigits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"۰۱۲۳۴۵۶۷۸۹", "0123456789"},
		{"عام ٢٠٢٠م", "عام 2020م"},
		{"٣٫٥", "3٫5"},
		{"\xff٣", "\xff3"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := FoldDigits(tt.in); got != tt.want {
				t.Errorf("FoldDigits(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsArabicLetter(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{'ا', true}, {'ء', true}, {'ي', true}, {'پ', true}, {'ﻻ', true},
		{'ـ', false}, {'َ', false}, {'١', false}, {'،', false}, {'a', false}, {'؟', false},
	}
	for _, tt := range tests {
		t.Run(string(tt.r), func(t *testing.T) {
			if got := IsArabicLetter(tt.r); got != tt.want {
				t.Errorf("IsArabicLetter(%q) = %v", tt.r, got)
			}
		})
	}
}

func TestIsTashkeel(t *testing.T) {
	for _, r := range "ًٌٍَُِّْٰ" {
		if !IsTashkeel(r) {
			t.Errorf("IsTashkeel(%U) = false", r)
		}
	}
	for _, r := range "ابـ1a" {
		if IsTashkeel(r) {
			t.Errorf("IsTashkeel(%U) = true", r)
		}
	}
}
