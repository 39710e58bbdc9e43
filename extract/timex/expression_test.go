package timex

import (
	"testing"
	"time"
)

func TestGroup(t *testing.T) {
	in := []Expression{
		{Text: "اليوم الخميس", Value: "2020-07-16", Start: 0, End: 10},
		{Text: "2011", Value: "2011", Start: 20, End: 24},
		{Text: "اليوم الخميس", Value: "2020-07-16", Start: 40, End: 50},
	}
	got := Group(in)
	if len(got) != 2 || len(got[0].Mentions) != 2 || got[0].Mentions[1].Start != 40 || got[1].Text != "2011" {
		t.Fatalf("Group = %+v", got)
	}
}

func TestFindWithoutReference(t *testing.T) {
	text := "والتقى الرئيس اليوم الخميس بالوفد، بعد الإطاحة به في 2011 منذ بضعة أسابيع."
	got := map[string]string{}
	for _, e := range Find(text, time.Time{}) {
		got[e.Text] = e.Value
	}
	want := map[string]string{
		"اليوم الخميس":    "XXXX-XX-XX",
		"2011":            "2011",
		"منذ بضعة أسابيع": "relative: a few weeks before the reference date",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}
