// Package pgtest gives tests a PostgreSQL database to work in: the server
// named by the environment variable MARSAD_TEST_POSTGRES (a postgres://
// URL; .ci/run starts one), and a fresh schema in it per test, dropped at
// the test's cleanup, so that tests running at once do not see each
// other's tables.
//
// Without MARSAD_TEST_POSTGRES the tests that need a server are skipped,
// except under CI=true, where they fail.
package pgtest

import (
	"context"
	"crypto/rand"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvVar is the environment variable holding the test server's URL.
const EnvVar = "MARSAD_TEST_POSTGRES"

// URL returns the test server's URL. It skips the test when EnvVar is
// unset, or fails it under CI=true.
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvVar)
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal(EnvVar + " is unset under CI=true: .ci/run must start a PostgreSQL server for these tests")
		}
		t.Skip(EnvVar + " is unset: set it to the postgres:// URL of a scratch database to run the PostgreSQL tests " +
			"(.ci/run starts a throwaway server)")
	}
	return u
}

// Schema creates a uniquely named, empty schema in the test database and
// returns its name and the server's URL. The schema and all it holds are
// dropped when the test ends.
func Schema(t testing.TB) (name, serverURL string) {
	t.Helper()
	serverURL = URL(t)
	name = "marsad_test_" + strings.ToLower(rand.Text()[:12])
	exec(t, serverURL, "CREATE SCHEMA "+pgx.Identifier{name}.Sanitize())
	t.Cleanup(func() { exec(t, serverURL, "DROP SCHEMA IF EXISTS "+pgx.Identifier{name}.Sanitize()+" CASCADE") })
	return name, serverURL
}

// SchemaURL is Schema as one URL: the server's, with the fresh schema as
// its search_path, for code that takes only a URL (the command line).
func SchemaURL(t testing.TB) string {
	t.Helper()
	name, serverURL := Schema(t)
	u, err := url.Parse(serverURL)
	if err != nil {
		t.Fatalf("%s: %v", EnvVar, err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}

// exec runs one statement on a connection of its own (the test's context
// is already cancelled when cleanups run).
func exec(t testing.TB, serverURL, sql string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, serverURL)
	if err != nil {
		t.Fatalf("connect to %s: %v", EnvVar, err)
	}
	_, err = conn.Exec(ctx, sql)
	if errClose := conn.Close(ctx); err == nil {
		err = errClose
	}
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}
