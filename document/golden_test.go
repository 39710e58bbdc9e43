package document

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden compares the full Article of each fixture with its golden JSON
// file; run with -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	for _, tc := range []struct{ name, file string }{
		{"seed-000", "seed-000.txt"},
		{"cnn-arabic", "html/newspaper_cnn_arabic/arabic_article.html"},
		{"assabah", "html/trafilatura_assabah/assabah.com.tn.article.html"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(context.Background(), Input{Data: readTestdata(t, tc.file), Name: filepath.Base(tc.file)})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", tc.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if string(got) != string(want) {
				g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for i := range min(len(g), len(w)) {
					if g[i] != w[i] {
						t.Errorf("%s differs from %s at line %d:\n got  %s\n want %s\n(rerun with -update after a deliberate change)", tc.name, path, i+1, g[i], w[i])
						return
					}
				}
				t.Errorf("%s differs from %s in length (rerun with -update after a deliberate change)", tc.name, path)
			}
		})
	}
}
