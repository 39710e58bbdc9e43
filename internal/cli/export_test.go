package cli

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCSVCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"الأهرام", "الأهرام"},
		{"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
		{"+1+1", "'+1+1"},
		{"-1+cmd", "'-1+cmd"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"-3.5", "-3.5"},
		{"+20", "+20"},
		{"a=b", "a=b"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := csvCell(tc.in); got != tc.want {
				t.Errorf("csvCell(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestExportCSVFormulas: a crawled record whose fields are spreadsheet
// formulas exports as text (issue #12: "source":"=cmd" became a bare cell).
func TestExportCSVFormulas(t *testing.T) {
	dir := t.TempDir()
	rec := `{"id":"x1","source":"=cmd|' /C calc'!A0","title":"@SUM(1)","published":"2020-07-16",` +
		`"text":"قال وزير الخارجية المصري سامح شكري إن القاهرة ستدعم الحل السياسي في ليبيا.\n\nوأكد أن مصر تستقبل الرئيس الفرنسي في القاهرة الأسبوع المقبل."}`
	in := filepath.Join(dir, "evil.json")
	if err := os.WriteFile(in, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "x.db")
	if code, _, stderr := run(t, "", "ingest", "--quiet", "--db", db, in); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	for _, what := range []string{"quotes", "events"} {
		t.Run(what, func(t *testing.T) {
			code, out, stderr := run(t, "", "export", "--db", db, "--format", "csv", "--what", what)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(rows) < 2 {
				t.Fatalf("rows = %v, err = %v", rows, err)
			}
			seen := false
			for _, row := range rows[1:] {
				for _, cell := range row {
					if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
						t.Errorf("cell %q starts a formula", cell)
					}
					seen = seen || strings.HasPrefix(cell, "'=cmd")
				}
			}
			if !seen {
				t.Errorf("the source column lost its value:\n%s", out)
			}
		})
	}
}
