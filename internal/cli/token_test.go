package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeToken: the token may come from a file or the environment, not
// only the command line (where ps shows it).
func TestServeToken(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "token")
	if err := os.WriteFile(file, []byte("  s3cret \nsecond line\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	withEnv := &Env{Getenv: func(k string) string {
		if k == tokenEnv {
			return "from-env"
		}
		return ""
	}}
	tests := []struct {
		name        string
		env         *Env
		flag, file  string
		want, error string
	}{
		{"none", &Env{}, "", "", "", ""},
		{"flag", withEnv, "f", "", "f", ""},
		{"file", withEnv, "", file, "s3cret", ""},
		{"environment", withEnv, "", "", "from-env", ""},
		{"both flags", &Env{}, "f", file, "", "not both"},
		{"missing file", &Env{}, "", filepath.Join(dir, "nope"), "", "no such file"},
		{"empty file", &Env{}, "", empty, "", "first line is empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := serveToken(tc.env, tc.flag, tc.file)
			if got != tc.want || (err == nil) != (tc.error == "") || err != nil && !strings.Contains(err.Error(), tc.error) {
				t.Errorf("serveToken = %q, %v; want %q, %q", got, err, tc.want, tc.error)
			}
		})
	}
}
