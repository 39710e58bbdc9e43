package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalDetect(t *testing.T) {
	code, out, stderr := run(t, "", "eval", "detect", "--json", "--csv", filepath.Join(evalTestdata, "detect.csv"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res detectResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if len(res.Reports) != 2 || res.Reports[0].EventType != "ASSAULT" || res.Reports[1].EventType != "PROTEST" {
		t.Fatalf("reports %+v", res.Reports)
	}
	// The gold side does not depend on the analyser.
	a := res.Reports[0]
	if c := a.Counts; c.TP+c.FN != 1 || c.FP+a.TN != 2 || a.Ambiguous != 1 {
		t.Errorf("ASSAULT: %+v tn %d ambiguous %d", c, a.TN, a.Ambiguous)
	}
	for label, n := range map[string]int{"yes": 1, "easy no": 1, "difficult no": 1, "ambiguous": 1} {
		if got := a.ByLabel[label].Sentences; got != n {
			t.Errorf("ASSAULT %s: %d sentences, want %d", label, got, n)
		}
	}
	if p := res.Reports[1]; p.Counts.TP+p.Counts.FN != 1 || p.Counts.FP+p.TN != 1 {
		t.Errorf("PROTEST: %+v tn %d", p.Counts, p.TN)
	}

	code, out, stderr = run(t, "", "eval", "detect", "--csv", filepath.Join(evalTestdata, "detect.csv"))
	if code != 0 || !strings.Contains(out, "ASSAULT detection: 3 sentences scored (1 ambiguous left out)") || !strings.Contains(out, "precision") {
		t.Errorf("text output: exit %d, %q, %s", code, out, stderr)
	}
}

func TestEvalDetectErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("id,event_type,label,text\n1,ASSAULT,perhaps,نص\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"no csv", []string{"eval", "detect"}, 2, "--csv FILE is required"},
		{"stray argument", []string{"eval", "detect", "--csv", bad, "x"}, 2, "unexpected argument"},
		{"missing file", []string{"eval", "detect", "--csv", filepath.Join(t.TempDir(), "none.csv")}, 1, "no such file"},
		{"bad label", []string{"eval", "detect", "--csv", bad}, 1, `line 2: label "perhaps"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, "", tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.err) || out != "" {
				t.Errorf("exit %d (want %d), stdout %q, stderr %q (want %q)", code, tc.code, out, stderr, tc.err)
			}
		})
	}
}
