package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test -update to accept):\n%s", name, got)
	}
}

// smallReport scores testdata/small-analysis.json against the small gold.
func smallReport(t *testing.T) *Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "small-analysis.json"))
	if err != nil {
		t.Fatal(err)
	}
	var a extract.Analysis
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	return Score(loadSmall(t), &a)
}

func TestReportGolden(t *testing.T) {
	r := smallReport(t)
	perfectR := Score(loadSmall(t), perfect(loadSmall(t)))
	tests := []struct {
		name   string
		render func() ([]byte, error)
	}{
		{"small.txt", func() ([]byte, error) {
			var b bytes.Buffer
			err := r.WriteText(&b)
			return b.Bytes(), err
		}},
		{"small.json", func() ([]byte, error) { return json.MarshalIndent(r, "", " ") }},
		{"totals.txt", func() ([]byte, error) {
			var b bytes.Buffer
			err := Total([]*Report{r, perfectR}).WriteText(&b)
			return b.Bytes(), err
		}},
		{"summary.json", func() ([]byte, error) {
			return json.MarshalIndent(Summarize([]*Report{r, perfectR}), "", " ")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.render()
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name+".golden", got)
		})
	}
}

func TestTotalMicroAverage(t *testing.T) {
	a := &Report{Places: ItemScore{Counts: Counts{TP: 1, SysTP: 1, FN: 9}}}
	b := &Report{Places: ItemScore{Counts: Counts{TP: 9, SysTP: 9, FP: 1}}}
	tot := Total([]*Report{a, nil, b})
	if tot.Files != 2 || tot.Places != (Counts{TP: 10, SysTP: 10, FP: 1, FN: 9}) {
		t.Errorf("totals: %+v", tot)
	}
	if s := Summarize(nil); s.Files == nil || s.Totals.Files != 0 {
		t.Errorf("Summarize(nil) = %+v", s)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteTextError(t *testing.T) {
	if err := smallReport(t).WriteText(failWriter{}); err == nil {
		t.Error("WriteText ignored a write error")
	}
	if err := Total(nil).WriteText(failWriter{}); err == nil {
		t.Error("Totals.WriteText ignored a write error")
	}
}
