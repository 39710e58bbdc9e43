package marsad_test

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestGeoAuditVerdicts checks the hand-checked geocoding audit of
// testdata/geo-audit (issue #16): 300 places ranked 1…300, each judged
// right, partly or wrong with a reason, and the share right the folder's
// README reports. testdata/geo-audit/audit.go rebuilds the list.
func TestGeoAuditVerdicts(t *testing.T) {
	for _, tt := range []struct {
		file      string
		wantRight int
	}{
		{"testdata/geo-audit/verdicts.tsv", 294},
		{"testdata/geo-audit/verdicts-before.tsv", 276},
	} {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(string(data)), "\n")
			if len(lines) != 301 || !strings.HasPrefix(lines[0], "rank\t") {
				t.Fatalf("%d lines, want a header and 300 places", len(lines))
			}
			right := 0
			for i, line := range lines[1:] {
				f := strings.Split(line, "\t")
				if len(f) != 7 {
					t.Fatalf("line %d: %d fields, want 7", i+2, len(f))
				}
				if r, err := strconv.Atoi(f[0]); err != nil || r != i+1 {
					t.Errorf("line %d: rank %q, want %d", i+2, f[0], i+1)
				}
				switch f[5] {
				case "right":
					right++
				case "partly", "wrong":
				default:
					t.Errorf("line %d: verdict %q", i+2, f[5])
				}
				if f[6] == "" {
					t.Errorf("line %d: no reason", i+2)
				}
			}
			if right != tt.wantRight {
				t.Errorf("%d places right, the README says %d", right, tt.wantRight)
			}
		})
	}
}
