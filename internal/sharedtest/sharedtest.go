// Package sharedtest finds Marsad's read-only shared data (../shared beside
// the repository, or $MARSAD_SHARED) for tests and benchmarks.
//
// A test that needs the shared data is skipped when it is absent on a
// developer's machine, but fails under CI=true: CI always has ../shared
// beside the clone, so a missing file there is a broken set-up, not a
// reason to pass.
package sharedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the shared data directory, or skips tb (fails it under
// CI=true) when there is none.
func Dir(tb testing.TB) string {
	tb.Helper()
	if d, ok := Find(); ok {
		return d
	}
	missing(tb, "shared data not found (set MARSAD_SHARED or put ../shared beside the repository)")
	return ""
}

// Find returns the shared data directory without a testing.TB: the
// MARSAD_SHARED variable, or ../shared beside the repository root.
func Find() (string, bool) {
	if d := os.Getenv("MARSAD_SHARED"); d != "" {
		if isDir(d) {
			return d, true
		}
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", false
	}
	// this file is <repo>/internal/sharedtest/sharedtest.go
	d := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if isDir(d) {
		return filepath.Clean(d), true
	}
	return "", false
}

// Path returns the shared file or directory at the path elements rel, or
// skips tb (fails it under CI=true) when it does not exist.
func Path(tb testing.TB, rel ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Dir(tb)}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		missing(tb, "shared data: "+err.Error())
	}
	return p
}

// missing skips tb, or fails it when CI=true.
func missing(tb testing.TB, msg string) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatal(msg + " (CI=true: required)")
	}
	tb.Skip(msg)
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
