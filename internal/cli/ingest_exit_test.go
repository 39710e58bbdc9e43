package cli

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
)

// TestIngestExitStatus: an ingest that did not do what was asked exits
// non-zero (issue #12: each case used to exit 0).
func TestIngestExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("خبر\n\nقال الوزير إن الاجتماع سيعقد غدا في بغداد لبحث الأوضاع."), 0o644); err != nil {
		t.Fatal(err)
	}
	bodiless := filepath.Join(dir, "bodiless.jsonl")
	if err := os.WriteFile(bodiless, []byte(strings.Repeat(`{"id":"x","title":"عنوان"}`+"\n", 3)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"missing named file", []string{filepath.Join(dir, "nonexistent.jsonl")}, 1, "could not be read: " + filepath.Join(dir, "nonexistent.jsonl")},
		{"missing beside a good one", []string{good, filepath.Join(dir, "nope.txt")}, 1, "1 of the sources named could not be read"},
		{"unsupported named file", []string{filepath.Join(dir, "bodiless.pdf")}, 1, "could not be read"},
		{"nothing could be stored", []string{bodiless}, 1, "nothing could be stored (3 documents failed"},
		{"past --max-failures", []string{"--max-failures", "2", bodiless}, 1, "too many failures"},
		{"good", []string{good}, 0, "stored 1 new"},
	}
	if err := os.WriteFile(filepath.Join(dir, "bodiless.pdf"), []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"ingest", "--quiet", "--db", filepath.Join(t.TempDir(), "x.db")}, tc.args...)
			code, _, stderr := run(t, "", args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Fatalf("exit %d, want %d with %q; stderr:\n%s", code, tc.code, tc.want, stderr)
			}
		})
	}
}

// fullDisk is a store whose writes fail as on a full disk.
type fullDisk struct {
	store.Store
	puts atomic.Int64
}

func (f *fullDisk) Put(ctx context.Context, a *store.Article) (store.PutResult, error) {
	f.puts.Add(1)
	return store.PutResult{}, &os.PathError{Op: "write", Path: "x.db-wal", Err: syscall.ENOSPC}
}

// TestIngestDiskFull: the first failed store write stops the run with a
// clear message; nothing is retried or analysed after it, and a rerun on a
// working store stores everything.
func TestIngestDiskFull(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, sqlite.Options{Path: filepath.Join(t.TempDir(), "x.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		t.Fatal(err)
	}
	env := &Env{Stdout: io.Discard, Stderr: io.Discard, Logger: slog.New(slog.DiscardHandler)}
	full := &fullDisk{Store: st}
	src := ingest.NewFileSource([]string{sample200}, ingest.FileConfig{})
	sum, err := ingestInto(ctx, env, full, az, src, ingestOptions{Workers: 2})
	if !errors.Is(err, ingest.ErrFatal) || !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "the disk is full: free space and rerun") || strings.Contains(err.Error(), "fatal error") {
		t.Fatalf("err = %v, want a fatal disk-full error", err)
	}
	if n := full.puts.Load(); n > 4 {
		t.Errorf("%d puts tried after the disk was full, want the run to stop at once (at most one per worker)", n)
	}
	if sum.Run.Read > 20 {
		t.Errorf("read %d documents after the disk was full", sum.Run.Read)
	}
	// Rerun on the store once it has room: all of it is there.
	src = ingest.NewFileSource([]string{sample200}, ingest.FileConfig{})
	if sum, err = ingestInto(ctx, env, st, az, src, ingestOptions{Workers: 2}); err != nil || sum.Run.Stored() < 190 {
		t.Fatalf("rerun: err=%v summary=%+v", err, sum.Run)
	}
}

// TestIngestOneSummary: an ingest ends with one summary, not a log line and
// the same counts again (issue #17).
func TestIngestOneSummary(t *testing.T) {
	code, _, stderr := run(t, "", "ingest", "--db", filepath.Join(t.TempDir(), "x.db"), "../../testdata/seed-000.txt")
	if code != 0 || strings.Count(stderr, "ingest: read 1, stored 1 new") != 1 || strings.Contains(stderr, "ingest: done") || strings.Contains(stderr, "level=INFO") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}
