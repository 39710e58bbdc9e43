package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// run runs the command line with buffers and returns exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := Main(context.Background(), args, env)
	return code, out.String(), errb.String()
}

func TestMainUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"no args", nil, 2, "Usage"},
		{"help", []string{"help"}, 0, "Commands"},
		{"unknown", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"version", []string{"version"}, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, "", tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if tc.code == 0 {
				stderr = out // help goes to standard output
			}
			if !strings.Contains(stderr, tc.err) {
				t.Fatalf("output %q does not contain %q", stderr, tc.err)
			}
		})
	}
}
