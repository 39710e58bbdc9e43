//go:build !linux

package sqlite

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// readOnlyMedium reports whether the database file at path sits in a
// directory this process cannot write, with no -wal file there (so no
// writer has the database open): SQLite could not keep its WAL and
// shared-memory files beside it.
func readOnlyMedium(path string) bool {
	if unix.Access(filepath.Dir(path), unix.W_OK) == nil {
		return false
	}
	_, err := os.Stat(path + "-wal")
	return err != nil
}
