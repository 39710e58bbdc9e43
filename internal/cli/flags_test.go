package cli

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the help golden files in testdata/help")

// goldDir holds goldStore's store; TestMain removes it.
var goldDir string

// goldStore is a store of the twelve dev-gold inputs, made once.
var goldStore = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "marsad-cli")
	if err != nil {
		return "", err
	}
	goldDir = dir
	db := filepath.Join(dir, "gold.db")
	var out, errb strings.Builder
	if code := Main(t0(), []string{"ingest", "--quiet", "--db", db, "../../testdata/gold/inputs"}, &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}); code != 0 {
		return "", &os.PathError{Op: "ingest", Path: db, Err: os.ErrInvalid}
	}
	return db, nil
})

func goldDB(t *testing.T) string {
	t.Helper()
	db, err := goldStore()
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// TestFlagsAnywhere: flags after the operands are flags (issue #17: the
// search filter was taken as a query word, and ingest wrote ./marsad.db and
// logged "skipped file:--db").
func TestFlagsAnywhere(t *testing.T) {
	db := goldDB(t)
	t.Run("search", func(t *testing.T) {
		_, first, _ := run(t, "", "search", "--db", db, "--json", "--source", "alarabia", "الحديدة")
		code, after, stderr := run(t, "", "search", "الحديدة", "--source", "alarabia", "--db", db, "--json")
		if code != 0 || first != after || !strings.Contains(first, `"total": 1,`) {
			t.Fatalf("exit %d: flags after the query give\n%s\nflags first give\n%s\n%s", code, after, first, stderr)
		}
		if _, none, _ := run(t, "", "search", "الحديدة", "--db", db, "--json", "--source", "nosuch"); !strings.Contains(none, `"total": 0,`) {
			t.Errorf("--source after the query did not filter: %s", none)
		}
	})
	t.Run("ingest", func(t *testing.T) {
		dir := t.TempDir()
		db2 := filepath.Join(dir, "y.db")
		code, _, stderr := run(t, "", "ingest", "../../testdata/seed-000.txt", "--db", db2, "--quiet")
		if code != 0 || strings.Contains(stderr, "file:--db") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if _, err := os.Stat(db2); err != nil {
			t.Errorf("--db after the source was not used: %v", err)
		}
		if _, err := os.Stat("marsad.db"); err == nil {
			os.Remove("marsad.db")
			t.Errorf("./marsad.db was written")
		}
	})
	t.Run("before the command", func(t *testing.T) {
		if code, out, stderr := run(t, "", "--db", db, "stats", "--json"); code != 0 || !strings.Contains(out, `"articles": 12`) {
			t.Errorf("exit %d: %s %s", code, out, stderr)
		}
	})
	t.Run("-- ends the flags and a dash word is a query word", func(t *testing.T) {
		for _, args := range [][]string{{"search", "--db", db, "الحديدة", "-الحوثي"}, {"search", "--db", db, "--", "الحديدة", "--json"}} {
			if code, _, stderr := run(t, "", args...); code != 0 {
				t.Errorf("%v: exit %d: %s", args, code, stderr)
			}
		}
	})
}

// TestUsageErrors: unknown flags and misplaced arguments are usage errors
// (exit 2) with a hint.
func TestUsageErrors(t *testing.T) {
	db := goldDB(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"search", "--db", db, "--sorce", "x", "q"}, "flag provided but not defined: -sorce (run 'marsad search --help'"},
		{"unknown flag after operands", []string{"ingest", "x.jsonl", "--dbb", "y.db"}, "run 'marsad ingest --help'"},
		{"latin dash word", []string{"search", "--db", db, "iran", "-syria"}, "goes after --"},
		{"missing value", []string{"stats", "--db"}, "flag needs an argument"},
		{"argument to a flags-only command", []string{"stats", "--db", db, "extra"}, `unexpected argument "extra": 'marsad stats' takes flags only`},
		{"argument to serve", []string{"serve", "x"}, "takes flags only"},
		{"unknown command", []string{"serach", "x"}, `unknown command "serach"`},
		{"flags without a command", []string{"--db", "x"}, "no command given"},
		{"unknown sub-command", []string{"train", "frob"}, `unknown train sub-command "frob"`},
		{"geojson of quotes", []string{"export", "--db", db, "--format", "geojson", "--what", "quotes"}, "quotes have none"},
		{"bad what", []string{"export", "--db", db, "--what", "actors"}, "--what must be articles, quotes, events or places"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, "", tc.args...)
			if code != 2 || !strings.Contains(stderr, tc.want) || out != "" {
				t.Errorf("exit %d, stderr %q, stdout %q; want 2 and %q", code, stderr, out, tc.want)
			}
		})
	}
}

// helpCommands are the commands and sub-commands that answer --help.
func helpCommands() [][]string {
	var cmds [][]string
	for n := range commands {
		cmds = append(cmds, []string{n})
	}
	for n := range evalCommands {
		cmds = append(cmds, []string{"eval", n})
	}
	for n := range trainCommands {
		cmds = append(cmds, []string{"train", n})
	}
	slices.SortFunc(cmds, func(a, b []string) int { return strings.Compare(strings.Join(a, " "), strings.Join(b, " ")) })
	return cmds
}

// TestHelpGolden: every command and sub-command answers --help (exit 0,
// usage on standard output) with the text in testdata/help (go test -update
// rewrites it). Issue #17: 'marsad train --help' was an unknown sub-command.
func TestHelpGolden(t *testing.T) {
	for _, cmd := range append(helpCommands(), []string{}) {
		name := strings.Join(cmd, "-")
		if name == "" {
			name = "marsad"
		}
		t.Run(name, func(t *testing.T) {
			code, out, stderr := run(t, "", append(cmd, "--help")...)
			if code != 0 || stderr != "" || !strings.HasPrefix(out, "Usage: marsad") && name != "marsad" {
				t.Fatalf("exit %d, stderr %q, stdout %q", code, stderr, out)
			}
			golden := filepath.Join("testdata", "help", name+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if out != string(want) {
				t.Errorf("--help differs from %s (go test -update rewrites it):\n%s", golden, out)
			}
			if len(cmd) > 0 { // marsad help CMD says the same
				if _, out2, _ := run(t, "", append([]string{"help"}, cmd...)...); out2 != out {
					t.Errorf("'marsad help %s' differs from --help", strings.Join(cmd, " "))
				}
			}
		})
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		if code, out, _ := run(t, "", args...); code != 0 || !strings.HasPrefix(out, "marsad ") || !strings.Contains(out, "output schema") {
			t.Errorf("%v: exit %d, %q", args, code, out)
		}
	}
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/marsad/marsad", Version: "v0.0.0-20261129070735-a27ead333b76"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "a27ead333b7600d0c231403c1609bb46a2f9efff"}, {Key: "vcs.time", Value: "2026-11-29T07:07:35Z"}, {Key: "vcs.modified", Value: "true"}}}
	tests := []struct {
		name, ldflags string
		bi            *debug.BuildInfo
		want          string
	}{
		{"git build", "", bi, "marsad v0.0.0-20261129070735-a27ead333b76 (commit a27ead333b76 of 2026-11-29T07:07:35Z, with local changes; go1.26.8; output schema "},
		{"release", "v1.2.3", bi, "marsad v1.2.3 (commit a27ead333b76"},
		{"go run", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, "marsad devel (no commit recorded"},
		{"no build info", "", nil, "marsad devel (no commit recorded"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := versionLine(tc.ldflags, tc.bi); !strings.HasPrefix(got, tc.want) {
				t.Errorf("versionLine = %q, want prefix %q", got, tc.want)
			}
		})
	}
}

// TestExportWhat: --what is honoured by every format (issue #17: csv
// refused articles, jsonl and geojson ignored --what).
func TestExportWhat(t *testing.T) {
	db := goldDB(t)
	for _, format := range []string{"jsonl", "csv", "geojson"} {
		for _, what := range exportWhat {
			if format == "geojson" && what == "quotes" {
				continue // refused: see TestUsageErrors
			}
			t.Run(format+"/"+what, func(t *testing.T) {
				code, out, stderr := run(t, "", "export", "--db", db, "--format", format, "--what", what)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				lines := strings.Split(strings.TrimSpace(out), "\n")
				var first map[string]any
				switch format {
				case "jsonl":
					if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
						t.Fatal(err)
					}
				case "csv":
					first = map[string]any{}
					for _, h := range strings.Split(lines[0], ",") {
						first[h] = true
					}
				case "geojson":
					var fc struct {
						Features []struct{ Properties map[string]any }
					}
					if err := json.Unmarshal([]byte(out), &fc); err != nil || len(fc.Features) == 0 {
						t.Fatalf("%v: %.200s", err, out)
					}
					first = fc.Features[0].Properties
				}
				key := map[string]string{"articles": "article_id", "quotes": "speaker", "events": "cameo", "places": "country"}[what]
				if _, ok := first[key]; !ok || len(lines) < 2 && format != "geojson" {
					t.Errorf("no %q in the first %s record of %s: %.300s", key, format, what, out)
				}
			})
		}
	}
}

func t0() context.Context { return context.Background() }
