package cli

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
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

// corpusDB stores the conformance corpus (storetest.Corpus: events and
// quotes of known confidence) in a SQLite file and returns its path.
func corpusDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "corpus.db")
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	storetest.Load(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestExportMinConfidence: --min-confidence keeps the quotes and events
// that reach it, in every format, and the tables carry the confidence.
func TestExportMinConfidence(t *testing.T) {
	db := corpusDB(t)
	rows := func(args ...string) [][]string {
		t.Helper()
		code, out, stderr := run(t, "", append([]string{"export", "--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	ev := rows("--format", "csv", "--what", "events")
	if len(ev) != 4 || ev[0][len(ev[0])-1] != "confidence" {
		t.Fatalf("events: %v", ev)
	}
	ev = rows("--format", "csv", "--what", "events", "--min-confidence", "0.5")
	if len(ev) != 3 || ev[1][0] != "m3" || ev[1][14] != "0.9" || ev[2][0] != "m1" || ev[2][14] != "0.6" {
		t.Errorf("events >= 0.5: %v", ev)
	}
	if q := rows("--format", "csv", "--what", "quotes", "--min-confidence", "0.5"); len(q) != 2 || q[1][0] != "m3" || q[1][8] != "0.9" {
		t.Errorf("quotes >= 0.5: %v", q)
	}
	for _, tc := range []struct {
		args []string
		want []string // substrings of the output
		not  []string
	}{
		{[]string{"--format", "jsonl", "--what", "quotes", "--min-confidence", "0.5"}, []string{`"confidence":0.9`}, []string{`"confidence":0.3`}},
		{[]string{"--format", "geojson", "--what", "events", "--min-confidence", "0.95"}, []string{`"features":[]`}, nil},
		{[]string{"--format", "jsonl", "--min-confidence", "0.5"}, []string{`"confidence":0.9`, `"confidence":0.6`}, []string{`"confidence":0.3`}},
	} {
		code, out, stderr := run(t, "", append([]string{"export", "--db", db}, tc.args...)...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", tc.args, code, stderr)
			continue
		}
		for _, s := range tc.want {
			if !strings.Contains(out, s) {
				t.Errorf("%v: output lacks %s", tc.args, s)
			}
		}
		for _, s := range tc.not {
			if strings.Contains(out, s) {
				t.Errorf("%v: output holds %s", tc.args, s)
			}
		}
	}
	for _, args := range [][]string{
		{"--min-confidence", "1.5", "--what", "events"},
		{"--min-confidence", "-1", "--what", "quotes"},
		{"--min-confidence", "0.5", "--what", "places"},
		{"--min-confidence", "0.5", "--format", "csv", "--what", "articles"},
	} {
		if code, _, stderr := run(t, "", append([]string{"export", "--db", db}, args...)...); code != 2 || !strings.Contains(stderr, "--min-confidence") {
			t.Errorf("%v: exit %d, %q; want a usage error", args, code, stderr)
		}
	}
}
