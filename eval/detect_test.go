package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/extract/event"
)

func TestReadDetection(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "detect-small.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := ReadDetection(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(set) != 6 || set[0].ID != "a1" || set[0].EventType != "ASSAULT" || set[2].Label != LabelDifficultNo || set[5].EventType != "PROTEST" {
		t.Fatalf("read %+v", set)
	}
	if !strings.HasPrefix(set[0].Text, "قصفت") {
		t.Errorf("text %q", set[0].Text)
	}
}

func TestReadDetectionErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"empty", "", "empty input"},
		{"header only", "id,event_type,label,text\n", "no rows"},
		{"missing column", "id,label,text\n1,yes,نص\n", `no "event_type" column`},
		{"unknown label", "id,event_type,label,text\n1,ASSAULT,maybe,نص\n", `line 2: label "maybe"`},
		{"no text", "id,event_type,label,text\n1,ASSAULT,yes,\n", "line 2: no text"},
		{"no type", "id,event_type,label,text\n1,,yes,نص\n", "line 2: no event type"},
		{"bad quoting", "id,event_type,label,text\n1,ASSAULT,yes,\"نص\n", "extraneous"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadDetection(strings.NewReader(tc.in))
			if !errors.Is(err, ErrDetectionFormat) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrDetectionFormat with %q", err, tc.want)
			}
		})
	}
}

func TestReadDetectionLenient(t *testing.T) {
	// A BOM, columns in another order, extra columns, labels in any case
	// and spacing, a row without id.
	in := "\ufefftext,Label,extra,EVENT_TYPE,id\n\"نص أول\",Difficult  No,x,assault,\n\"نص ثان\",YES,y,Assault,b\n"
	set, err := ReadDetection(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(set) != 2 || set[0].Label != LabelDifficultNo || set[0].EventType != "ASSAULT" || set[0].ID != "line 2" || set[1].ID != "b" {
		t.Fatalf("read %+v", set)
	}
}

func TestDetectionReport(t *testing.T) {
	r := NewDetectionReport("assault")
	assault := []event.Event{{Type: "ASSAULT", Modality: event.Asserted}}
	other := []event.Event{{Type: "PROTEST", Modality: event.Asserted}}
	for _, tc := range []struct {
		label string
		evs   []event.Event
	}{
		{LabelYes, assault}, {LabelYes, assault}, {LabelYes, other}, // 2 TP, 1 FN
		{LabelEasyNo, nil}, {LabelEasyNo, assault}, // 1 TN, 1 FP
		{LabelDifficultNo, assault}, {LabelDifficultNo, other}, // 1 FP, 1 TN
		{LabelEasyNo, []event.Event{{Type: "ASSAULT", Modality: event.Negated}}}, // a negated event reports none: TN
		{LabelAmbiguous, assault}, // left out
	} {
		if err := r.Add(DetectionSentence{ID: "x", EventType: "ASSAULT", Label: tc.label, Text: "نص"}, Detected(tc.evs, r.EventType)); err != nil {
			t.Fatal(err)
		}
	}
	want := Counts{TP: 2, SysTP: 2, FN: 1, FP: 2}
	if r.Counts != want || r.TN != 3 || r.Ambiguous != 1 {
		t.Fatalf("counts %+v tn %d ambiguous %d", r.Counts, r.TN, r.Ambiguous)
	}
	if p, rc := r.Counts.Precision(), r.Counts.Recall(); p != 0.5 || rc != 2.0/3 {
		t.Errorf("precision %v recall %v", p, rc)
	}
	if lc := r.ByLabel[LabelDifficultNo]; lc.Sentences != 2 || lc.Detected != 1 {
		t.Errorf("difficult no %+v", lc)
	}
	if len(r.Misses) != 1 || len(r.FalsePositives) != 2 {
		t.Errorf("lists %d misses, %d false positives", len(r.Misses), len(r.FalsePositives))
	}
	if err := r.Add(DetectionSentence{ID: "y", EventType: "PROTEST", Label: LabelYes, Text: "نص"}, true); err == nil {
		t.Error("a sentence of another type was scored")
	}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"ASSAULT detection: 8 sentences scored (1 ambiguous left out)", "precision 0.500  recall 0.667", "difficult no      2 sentences,     1 detected"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("text lacks %q:\n%s", s, b.String())
		}
	}
}

// FuzzReadDetection checks that any input is read or refused with
// ErrDetectionFormat, never a panic, and that what is read is well formed.
func FuzzReadDetection(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("testdata", "detect-small.csv")); err == nil {
		f.Add(data)
	}
	f.Add([]byte("id,event_type,label,text\n1,ASSAULT,yes,\"a\"\"b\"\n"))
	f.Add([]byte("text,label,event_type\nx,ambiguous,PROTEST\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		set, err := ReadDetection(strings.NewReader(string(data)))
		if err != nil {
			if !errors.Is(err, ErrDetectionFormat) {
				t.Fatalf("error not wrapping ErrDetectionFormat: %v", err)
			}
			return
		}
		for _, s := range set {
			if s.EventType == "" || s.Text == "" || s.ID == "" {
				t.Fatalf("ill-formed sentence %+v", s)
			}
			r := NewDetectionReport(s.EventType)
			if err := r.Add(s, true); err != nil {
				t.Fatal(err)
			}
		}
	})
}
