package document

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir returns the read-only shared data directory (env MARSAD_SHARED,
// else ../../shared from this package, i.e. ../shared from the repo root),
// or skips the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("MARSAD_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil {
		t.Skipf("shared data not found at %s (set MARSAD_SHARED)", dir)
	}
	return dir
}

// readTestdata reads a fixture from testdata/.
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
