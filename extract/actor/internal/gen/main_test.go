package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestReproducible regenerates the data files from ../shared into a
// temporary directory and checks they equal the embedded ones. It reads
// the shared data directly and skips when it is absent.
func TestReproducible(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "data", "events", "upetrarch-dictionaries")); err != nil {
		t.Skip("shared data not available:", err)
	}
	out := t.TempDir()
	if err := run(shared, out); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"actors.tsv.gz", "agents.tsv", "countries.tsv", "nationalities.tsv"} {
		t.Run(f, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(out, f))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("..", "..", "data", f))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the embedded file: rerun the generator", f)
			}
		})
	}
}
