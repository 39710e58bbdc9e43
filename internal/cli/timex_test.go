package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunEvalTimexUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no dir", nil},
		{"bad ref", []string{"--dir", ".", "--ref", "yesterday"}},
		{"extra args", []string{"--dir", ".", "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := runEvalTimex(context.Background(), &Env{Stdout: &out, Stderr: &errb}, tt.args)
			if !errors.Is(err, errUsage) {
				t.Errorf("err = %v, want a usage error", err)
			}
		})
	}
}

func TestRunEvalTimexFixture(t *testing.T) {
	dir := t.TempDir()
	doc := `<?xml version="1.0"?><TimeML>التقى الرئيس <TIMEX3 tid="t1" type="DATE" value="2015-12-24">اليوم</TIMEX3> الوفد، لمدة <TIMEX3 tid="t2" type="DURATION" value="P3D">ثلاثة أيام</TIMEX3> من المحادثات في <TIMEX3 tid="t3" type="DATE" value="2011">2011</TIMEX3>.</TimeML>`
	if err := os.WriteFile(filepath.Join(dir, "a.tml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runEvalTimex(context.Background(), &Env{Stdout: &out, Stderr: &out}, []string{"--dir", dir}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"gold TIMEX3 3, system 3", "extent strict   P 1.000  R 1.000  F1 1.000", "DATE          2        2    1.000 (2)", "DURATION      1        1    1.000 (1)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestRunEvalTimexOmani runs the evaluation on the shared Omani TimeML set
// (skipped when ../shared is absent).
func TestRunEvalTimexOmani(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "time", "timeml-omani-news", "Corpus_test")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("Omani TimeML set not available")
	}
	var out bytes.Buffer
	if err := runEvalTimex(context.Background(), &Env{Stdout: &out, Stderr: &out}, []string{"--dir", dir}); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}
