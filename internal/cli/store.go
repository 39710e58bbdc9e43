package cli

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"strings"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/postgres"
	"github.com/marsad/marsad/store/sqlite"
)

// dbFlag defines the --db flag of a command that opens a store; what says
// what the store is for.
func dbFlag(fs *flag.FlagSet, what string) *string {
	return fs.String("db", "./"+sqlite.DefaultPath, what+": the `PATH|URL` of a SQLite file or a postgres://user@host/db database")
}

// isPostgres reports whether a --db value names a PostgreSQL database
// (a postgres:// or postgresql:// URL) rather than a SQLite file.
func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// openStore opens the store a --db value names: store/postgres for a
// postgres:// or postgresql:// URL (its tables are created if missing),
// else the SQLite file at that path. With mustExist, a SQLite file must
// exist already, so that a read command does not create an empty database
// by mistake.
func openStore(ctx context.Context, db string, mustExist bool) (store.Store, error) {
	if isPostgres(db) {
		return postgres.Open(ctx, postgres.Options{URL: db})
	}
	if mustExist && !fileExists(db) {
		return nil, fmt.Errorf("%s: no such database (create one with 'marsad ingest --db %s SOURCE…')", db, db)
	}
	return sqlite.Open(ctx, sqlite.Options{Path: db})
}

// openStoreRead opens the existing store a --db value names for reading
// only, as the commands that only read it do (search, stats, export,
// serve): nothing is created or migrated, so a store on read-only media
// can be read, and one that needs an upgrade is refused with a message
// saying how to upgrade it.
func openStoreRead(ctx context.Context, db string) (store.Store, error) {
	if isPostgres(db) {
		return postgres.Open(ctx, postgres.Options{URL: db, ReadOnly: true})
	}
	if !fileExists(db) {
		return nil, fmt.Errorf("%s: no such database (create one with 'marsad ingest --db %s SOURCE…')", db, db)
	}
	return sqlite.Open(ctx, sqlite.Options{Path: db, ReadOnly: true})
}

// dbName is a --db value as it may be printed: a URL's password hidden.
func dbName(db string) string {
	if !isPostgres(db) {
		return db
	}
	u, err := url.Parse(db)
	if err != nil {
		return "a PostgreSQL database" // unparsable: may hold a password anywhere
	}
	return u.Redacted()
}
