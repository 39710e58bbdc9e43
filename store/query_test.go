package store

import (
	"errors"
	"testing"
	"unicode/utf8"
)

func TestParseQuery(t *testing.T) {
	k := Key
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"   ", ""},
		{"!!! ،،", ""},
		{"سرت", k("سرت")},
		{"الْمَدِينَةُ", "(" + k("مدينة") + " OR " + k("مدينته") + ")"}, // ة: also its form before a pronoun
		{"علي عبدالله", "(" + k("علي") + " " + k("عبدالله") + ")"},      // the name علي is no function word
		{"حفتر سرت", "(" + k("حفتر") + " " + k("سرت") + ")"},
		{"حفتر AND سرت", "(" + k("حفتر") + " " + k("سرت") + ")"},
		{"حفتر OR سرت", "(" + k("حفتر") + " OR " + k("سرت") + ")"},
		{"حفتر -سرت", "(" + k("حفتر") + " NOT " + k("سرت") + ")"},
		{"حفتر NOT سرت", "(" + k("حفتر") + " NOT " + k("سرت") + ")"},
		{`"الجيش الليبي"`, `"` + k("الجيش") + " " + k("الليبي") + `"`},
		{`«الجيش الليبي»`, `"` + k("الجيش") + " " + k("الليبي") + `"`},
		{`"الجيش الليبي`, `"` + k("الجيش") + " " + k("الليبي") + `"`},
		{"(حفتر OR السراج) سرت", "((" + k("حفتر") + " OR " + k("السراج") + ") " + k("سرت") + ")"},
		{"حفتر) (سرت", "(" + k("حفتر") + " " + k("سرت") + ")"},
		{"a-b", `"a b"`},
		{"NOT NOT سرت", k("سرت")},
		{"OR AND", ""},
		{"في", k("في")},
		{"حفتر في سرت", "(" + k("حفتر") + " " + k("سرت") + ")"},
		{"من في", "(" + k("من") + " " + k("في") + ")"},
		{`"حفتر في سرت"`, `"` + k("حفتر") + " " + k("في") + " " + k("سرت") + `"`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			n, err := ParseQuery(tc.in)
			if err != nil {
				t.Fatalf("ParseQuery(%q): %v", tc.in, err)
			}
			got := ""
			if n != nil {
				got = n.String()
			}
			if got != tc.want {
				t.Errorf("ParseQuery(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseQueryInvalid(t *testing.T) {
	for _, in := range []string{"NOT سرت", "-سرت", "سرت OR -حفتر", string(make([]byte, MaxQueryBytes+1))} {
		if _, err := ParseQuery(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseQuery(%.30q) = %v, want ErrInvalid", in, err)
		}
	}
}

func TestPositiveKeys(t *testing.T) {
	n, err := ParseQuery(`"الجيش الليبي" OR سرت -حفتر`)
	if err != nil {
		t.Fatal(err)
	}
	keys := n.PositiveKeys()
	for _, w := range []string{"الجيش", "الليبي", "سرت"} {
		if !keys[Key(w)] {
			t.Errorf("missing %s", w)
		}
	}
	if keys[Key("حفتر")] {
		t.Error("negated word counted as positive")
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"", "سرت", `"الجيش الليبي" OR (حفتر -سرت)`, "NOT", "((((", `"`, "-", "a AND OR NOT b", "«»", "على علي عليه وعليه", "هيئة المائة", "ـ\uE001ى"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseQuery(s)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		if n == nil {
			return
		}
		if err := n.check(true); err != nil {
			t.Fatalf("accepted query fails check: %v", err)
		}
		var walk func(*QueryNode)
		walk = func(n *QueryNode) {
			switch n.Kind {
			case QueryWord, QueryPhrase:
				if len(n.Keys) == 0 {
					t.Fatalf("empty term node in %q", s)
				}
				for _, k := range n.Keys {
					if k == "" || !utf8.ValidString(k) || clean(k) != k {
						t.Fatalf("bad key %q in %q", k, s)
					}
				}
			case QueryAnd, QueryOr:
				if len(n.Children) < 2 {
					t.Fatalf("group of %d in %q", len(n.Children), s)
				}
			}
			for _, c := range n.Children {
				walk(c)
			}
		}
		walk(n)
		_ = n.String()
	})
}

// TestPossessiveForms: a one-word query for a noun in ة also finds it
// written before a possessive pronoun (ة written ت), with or without the
// article in the query.
func TestPossessiveForms(t *testing.T) {
	tests := []struct{ query, text string }{
		{"رؤية", "رؤيته"},
		{"البيئة", "بيئتها"},
		{"البيئة", "وبيئته"},
		{"المدينة", "مدينته"},
		{"هيئة", "هيئتها"},
	}
	for _, tc := range tests {
		t.Run(tc.query+" "+tc.text, func(t *testing.T) {
			n, err := ParseQuery(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			keys := n.PositiveKeys()
			for _, tm := range Terms(tc.text) {
				if keys[tm.Key] {
					return
				}
			}
			t.Errorf("query %s (keys %v) does not find %s (keys %v)", tc.query, keys, tc.text, Terms(tc.text))
		})
	}
}
