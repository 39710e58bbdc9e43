package postgres

import (
	"errors"
	"strings"
	"testing"

	"github.com/marsad/marsad/store"
)

func TestTSQuery(t *testing.T) {
	long := strings.Repeat("س", maxLexemeBytes) // 2 bytes a letter: twice too long
	tests := []struct {
		name, q, want string
	}{
		{"word", `سرت`, `'سرت'`},
		{"forms meet on one key", `بالمدينة`, `('مدين' | 'مدينت')`},
		{"diacritics", `الْمَدِينَةُ`, `('مدين' | 'مدينت')`},
		{"latin lower-cased", `NATO`, `'nato'`},
		{"and", `الجيش الأزمة`, `('جيش' & ('ازم' | 'ازمت'))`},
		{"explicit and", `الجيش AND الأزمة`, `('جيش' & ('ازم' | 'ازمت'))`},
		{"or", `أمطار OR احتفال`, `('امطار' | 'احتفال')`},
		{"phrase", `"الجيش الليبي"`, `('جيش' <-> 'ليبي')`},
		{"phrase of three", `"تحت السيطرة اليوم"`, `('تحت' <-> 'سيطر' <-> 'يوم')`},
		{"not", `الجيش NOT الأزمة`, `('جيش' & !('ازم' | 'ازمت'))`},
		{"minus", `الجيش -الأزمة`, `('جيش' & !('ازم' | 'ازمت'))`},
		{"two nots", `الجيش -الأزمة -سرت`, `(('جيش' & !('ازم' | 'ازمت')) & !'سرت')`},
		{"not a phrase", `الجيش -"تحت السيطرة"`, `('جيش' & !('تحت' <-> 'سيطر'))`},
		{"group minus", `(أمطار OR احتفال) -شعبي`, `(('امطار' | 'احتفال') & !'شعبي')`},
		{"or binds looser", `"الجيش الليبي" OR سرت -طرابلس`, `(('جيش' <-> 'ليبي') | ('سرت' & !'طرابلس'))`},
		{"not a group", `الجيش -(سرت OR طرابلس)`, `('جيش' & !('سرت' | 'طرابلس'))`},
		{"stop words dropped beside content", `في سرت`, `'سرت'`},
		{"operators are words when quoted", `"a | b"`, `('a' <-> 'b')`},
		{"hyphenated word is a phrase", `covid-19`, `('covid' <-> '19')`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := store.ParseQuery(tc.q)
			if err != nil || n == nil {
				t.Fatalf("ParseQuery(%q) = %v, %v", tc.q, n, err)
			}
			got, err := tsQuery(n)
			if err != nil || got != tc.want {
				t.Errorf("tsQuery(%q) = %s, %v; want %s", tc.q, got, err, tc.want)
			}
		})
	}
	t.Run("word too long", func(t *testing.T) {
		n, err := store.ParseQuery(long)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tsQuery(n); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("tsQuery(long word) = %v, want ErrInvalid", err)
		}
	})
	t.Run("lone not", func(t *testing.T) {
		n := &store.QueryNode{Kind: store.QueryNot, Children: []*store.QueryNode{{Kind: store.QueryWord, Keys: []string{"x"}}}}
		if _, err := tsQuery(n); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("tsQuery(NOT x) = %v, want ErrInvalid", err)
		}
	})
}

func TestQuoteLexeme(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "سرت", `'سرت'`},
		{"quote", "o'neil", `'o''neil'`},
		{"backslash", `a\b`, `'a\\b'`},
		{"operators", "a & !b", `'a & !b'`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quoteLexeme(tc.in); got != tc.want {
				t.Errorf("quoteLexeme(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}
