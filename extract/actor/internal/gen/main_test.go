package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/internal/sharedtest"
)

// TestReproducible regenerates the data files from ../shared into a
// temporary directory and checks they equal the embedded ones. It reads
// the shared data directly (skipped without it, failed under CI=true).
func TestReproducible(t *testing.T) {
	shared := sharedtest.Dir(t)
	sharedtest.Path(t, "data", "events", "upetrarch-dictionaries")
	out := t.TempDir()
	if err := run(shared, out); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"actors.tsv.gz", "agents.tsv"} {
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
