package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const nerFixture = "../../extract/entity/testdata/anercorp-test-head.conll"

func TestNERWritesThreeColumns(t *testing.T) {
	code, out, stderr := run(t, "", "ner", "--conll", nerFixture)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	in, err := os.ReadFile(nerFixture)
	if err != nil {
		t.Fatal(err)
	}
	outLines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	inLines := strings.Split(strings.TrimRight(string(in), "\n"), "\n")
	if len(outLines) != len(inLines) {
		t.Fatalf("%d output lines for %d input lines", len(outLines), len(inLines))
	}
	for i, l := range outLines {
		if inLines[i] == "" {
			if l != "" {
				t.Fatalf("line %d: want blank, got %q", i+1, l)
			}
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != 3 || cols[0]+"\t"+cols[1] != inLines[i] {
			t.Fatalf("line %d = %q, input %q", i+1, l, inLines[i])
		}
	}
}

func TestEvalNER(t *testing.T) {
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	if err := runEvalNER(context.Background(), env, []string{"--conll", nerFixture}); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	for _, want := range []string{"PER", "LOC", "ORG", "MISC", "micro", "precision"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEvalNERStdin(t *testing.T) {
	var out bytes.Buffer
	env := &Env{Stdin: strings.NewReader("قال\tO\nحفتر\tB-PER\n"), Stdout: &out, Stderr: &bytes.Buffer{}}
	if err := runEvalNER(context.Background(), env, []string{"--conll", "-"}); err != nil {
		t.Fatal(err)
	}
}

func TestNERUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"ner without --conll", []string{"ner"}, 2},
		{"ner missing file", []string{"ner", "--conll", "/nonexistent/x.conll"}, 1},
		{"train without subcommand", []string{"train"}, 2},
		{"train unknown", []string{"train", "pos"}, 2},
		{"train ner without flags", []string{"train", "ner"}, 2},
		{"train ner bad epochs", []string{"train", "ner", "--train", nerFixture, "--out", "x", "--epochs", "0"}, 2},
		{"train clusters without flags", []string{"train", "clusters"}, 2},
		{"train gazetteer without flags", []string{"train", "gazetteer"}, 2},
		{"train names without flags", []string{"train", "names"}, 2},
		{"train given-names without flags", []string{"train", "given-names"}, 2},
		{"train given-names missing name list", []string{"train", "given-names", "--news", "x.jsonl", "--namedb", "/nonexistent/db.js", "--out", "x"}, 1},
		{"ner help", []string{"ner", "-h"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, stderr := run(t, "", tt.args...); code != tt.code {
				t.Errorf("exit %d, want %d: %s", code, tt.code, stderr)
			}
		})
	}
	var errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &errb}
	if err := runEvalNER(context.Background(), env, nil); err == nil {
		t.Error("eval ner without --conll succeeded")
	}
}

func TestTrainNERAndUseModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	tests := []struct {
		name  string
		extra []string
	}{
		{"defaults", nil},
		{"no O bias", []string{"--o-bias=false"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			args := append([]string{"train", "ner", "--train", nerFixture, "--out", dir, "--epochs", "2", "--refit=false"}, tt.extra...)
			code, out, stderr := run(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !strings.Contains(stderr, "layer 1 epoch  1") || !strings.Contains(out, "micro") {
				t.Errorf("no per-epoch dev F1 or final report:\n%s\n%s", stderr, out)
			}
			for _, f := range []string{"ner.model.gz", "clusters.tsv.gz"} {
				if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
					t.Error(err)
				}
			}
			if code, _, stderr := run(t, "", "ner", "--conll", nerFixture, "--model", dir); code != 0 {
				t.Fatalf("tagging with the trained model: exit %d: %s", code, stderr)
			}
		})
	}
}
