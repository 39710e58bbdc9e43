package document

import (
	"os"
	"path/filepath"
	"testing"
)

// readTestdata reads a fixture from testdata/.
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
