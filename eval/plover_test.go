package eval

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/extract/event"
)

func TestSplitCode(t *testing.T) {
	tests := []struct{ code, country, sector string }{
		{"USAMIL", "USA", "MIL"}, {"CVL", "", "CVL"}, {"IMGREB", "IMG", "REB"}, {"EGY", "EGY", ""}, {"", "", ""}, {"LBNREBHEZ", "LBN", "REB"},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			c, s := splitCode(tc.code)
			if c != tc.country || s != tc.sector {
				t.Fatalf("splitCode(%q) = %q, %q", tc.code, c, s)
			}
		})
	}
}

func TestPloverReport(t *testing.T) {
	in := `{"id":"a","category":"ASSAULT","date":"20080101","text":"x","events":[{"plover":"ASSAULT","source_code":"USAMIL","target_code":"CVL"}]}
{"id":"b","category":"PROTEST","date":"20080101","text":"y","events":[{"plover":"PROTEST","source_code":null,"target_code":"GOV"}]}
{"id":"c","category":"PROTEST","date":"20080101","text":"z","events":[{"plover":"PROTEST","source_code":"CVL","target_code":null}]}`
	set, err := ReadPlover(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	r := NewPloverReport()
	r.Add(set[0], []event.Event{{Type: "ASSAULT", SourceCode: "USAGOV", TargetCode: "CVL", Modality: event.Asserted}})
	r.Add(set[1], []event.Event{{Type: "ASSAULT", Modality: event.Asserted}})
	r.Add(set[2], nil)
	if r.Found != 2 || r.CategoryRight != 1 || r.CategoryAcc != 0.5 {
		t.Fatalf("found %d right %d acc %v", r.Found, r.CategoryRight, r.CategoryAcc)
	}
	if r.Source.Country != 1 || r.Source.CountryN != 1 || r.Source.Sector != 0 || r.Source.SectorN != 1 {
		t.Fatalf("source %+v", r.Source)
	}
	if r.Target.Exact != 1 || r.Target.ExactN != 2 {
		t.Fatalf("target %+v", r.Target)
	}
	if r.Confusion["PROTEST"]["NONE"] != 1 || r.Confusion["PROTEST"]["ASSAULT"] != 1 {
		t.Fatalf("confusion %v", r.Confusion)
	}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil || !strings.Contains(b.String(), "confusion") {
		t.Fatalf("text: %v %q", err, b.String())
	}
	if _, err := ReadPlover(strings.NewReader(`{"id":1`)); err == nil {
		t.Fatal("want error on bad JSON")
	}
}
