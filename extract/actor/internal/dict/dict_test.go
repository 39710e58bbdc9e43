package dict

import (
	"strings"
	"testing"
	"time"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"وزارة_دفاع_أميركي_", "وزاره دفاع اميركي"},
		{"وزارة الدفاع الأميركية", "وزاره دفاع اميركي"},
		{"السيسى", "سيسي"},
		{"الجيش الوطني الليبي", "جيش وطني ليبي"},
		{"  ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Key(tt.in); got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseActors(t *testing.T) {
	src := "نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\n\t[IRQELI 20140908-18000101]\n" +
		" حماس  [PSEREB]\nبلا_رمز_\n\t[MIL?]\nعباس\n\t[PSEGOV >20050508]\n"
	got, err := ParseActors(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d entries, want 3: %+v", len(got), got)
	}
	tests := []struct {
		name string
		idx  int
		want string
	}{
		{"dated", 0, "IRQGOV@20101221-20140908,IRQELI@20140908-"},
		{"inline", 1, "PSEREB"},
		{"from", 2, "PSEGOV@20050508-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if s := FormatSpans(got[tt.idx].Spans); s != tt.want {
				t.Errorf("spans = %q, want %q", s, tt.want)
			}
		})
	}
}

func TestParseAgents(t *testing.T) {
	src := "# c\nNEWSPAPER [~MED]صحيفة \nOBSERVERS_IN [IGO~]المراقبين في\nجيش_تحرير [~REB]\nX [~BAD?]y\n"
	got, err := ParseAgents(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Agent{{"صحيفة", "MED"}, {"المراقبين في", "IGO"}, {"جيش تحرير", "REB"}}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		t.Run(want[i].Phrase, func(t *testing.T) {
			if got[i] != want[i] {
				t.Errorf("got %+v, want %+v", got[i], want[i])
			}
		})
	}
}

func TestSpanValidAt(t *testing.T) {
	sp, err := ParseSpan("EGYGOV@20140608-")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		date string
		want bool
	}{{"2020-07-16", true}, {"2013-01-01", false}}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			d, _ := time.Parse("2006-01-02", tt.date)
			if sp.ValidAt(d) != tt.want {
				t.Errorf("ValidAt(%s) = %v", tt.date, !tt.want)
			}
		})
	}
}

func FuzzParseActors(f *testing.F) {
	f.Add("نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\n حماس [PSEREB]\n")
	f.Add("[[[ ]\n#x\n a [B >1]")
	f.Fuzz(func(t *testing.T, s string) {
		es, err := ParseActors(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, e := range es {
			for _, sp := range e.Spans {
				if !ValidCode(sp.Code) {
					t.Fatalf("invalid code %q", sp.Code)
				}
			}
		}
	})
}

func FuzzParseAgents(f *testing.F) {
	f.Add("NEWSPAPER [~MED]صحيفة\nجيش [~MIL]\n")
	f.Add("[~]\n[IGO~")
	f.Fuzz(func(t *testing.T, s string) {
		as, err := ParseAgents(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, a := range as {
			if !ValidCode(a.Code) || a.Phrase == "" {
				t.Fatalf("bad agent %+v", a)
			}
		}
	})
}

func FuzzParseSpans(f *testing.F) {
	f.Add("LBYMIL,EGYGOV@20140608-,IRQGOV@20101221-20140908")
	f.Fuzz(func(t *testing.T, s string) {
		sp, err := ParseSpans(s)
		if err != nil {
			return
		}
		again, err := ParseSpans(FormatSpans(sp))
		if err != nil || len(again) != len(sp) {
			t.Fatalf("round trip of %q failed: %v", s, err)
		}
	})
}

func FuzzParseTSV(f *testing.F) {
	f.Add("a\tb\n#c\n\nd\te\tf\n", 2)
	f.Fuzz(func(t *testing.T, s string, n int) {
		rows, err := ParseTSV(strings.NewReader(s), n%5)
		if err != nil {
			return
		}
		for _, r := range rows {
			if len(r) < n%5 {
				t.Fatalf("short row %q", r)
			}
		}
	})
}
