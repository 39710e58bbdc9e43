package postgres

import (
	"strings"
	"testing"
)

func TestTSVector(t *testing.T) {
	tests := []struct {
		name, title, body, want string
	}{
		{"empty", "", "", ""},
		{"title A, body B after a gap", "تقدم عسكري", "الجيش تقدم",
			`'تقدم':1A,5B 'جيش':4B 'عسكري':2A`},
		{"forms share a key", "", "الْمَدِينَةُ بالمدينة المدينة مدينة",
			`'مدين':2B,3B,4B,5B`},
		{"punctuation gives no position", "", "سرت، طرابلس!",
			`'سرت':2B 'طرابلس':3B`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tsvector(tc.title, tc.body); got != tc.want {
				t.Errorf("tsvector(%q, %q) = %s, want %s", tc.title, tc.body, got, tc.want)
			}
		})
	}
}

func TestTSVectorLimits(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		check func(t *testing.T, v string)
	}{
		{"positions clamped", strings.Repeat("كلمة ", maxPosition+10) + "اخيرة", func(t *testing.T, v string) {
			if !strings.Contains(v, "'اخير':16383B") {
				t.Errorf("last word not at the last position: ...%s", v[len(v)-40:])
			}
		}},
		{"positions per word capped", strings.Repeat("كلمة ", 300), func(t *testing.T, v string) {
			if n := strings.Count(v, ","); n != maxPositions-1 {
				t.Errorf("%d positions, want %d", n+1, maxPositions)
			}
		}},
		{"long word left out", "قصير " + strings.Repeat("x", maxLexemeBytes+1), func(t *testing.T, v string) {
			if v != `'قصير':2B` {
				t.Errorf("got %.40s", v)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, tsvector("", tc.body)) })
	}
}
