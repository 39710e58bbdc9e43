package timex

import "testing"

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
