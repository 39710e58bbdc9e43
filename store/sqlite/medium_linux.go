//go:build linux

package sqlite

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// readOnlyMedium reports whether the database file at path sits where
// SQLite cannot keep the WAL and shared-memory files beside it: on a
// read-only file system, or in a directory this process cannot write
// with no -wal file there (so no writer has the database open).
func readOnlyMedium(path string) bool {
	dir := filepath.Dir(path)
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err == nil && st.Flags&unix.ST_RDONLY != 0 {
		return true
	}
	if unix.Access(dir, unix.W_OK) == nil {
		return false
	}
	_, err := os.Stat(path + "-wal")
	return err != nil
}
