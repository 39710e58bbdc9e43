package cli

import (
	"strings"
	"testing"
)

func TestIsPostgres(t *testing.T) {
	tests := []struct {
		name, db string
		want     bool
	}{
		{"postgres URL", "postgres://marsad@db.example.org/marsad", true},
		{"postgresql URL", "postgresql://marsad:secret@10.0.0.5:5432/marsad?sslmode=require", true},
		{"default file", "./marsad.db", false},
		{"absolute file", "/var/lib/marsad/marsad.db", false},
		{"file named like a scheme", "postgres.db", false},
		{"scheme without slashes", "postgres:marsad", false},
		{"upper-case scheme", "POSTGRES://marsad@host/db", false},
		{"key=value DSN", "host=localhost dbname=marsad", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := isPostgres(tc.db); got != tc.want {
				t.Errorf("isPostgres(%q) = %v, want %v", tc.db, got, tc.want)
			}
		})
	}
}

func TestDBName(t *testing.T) {
	tests := []struct {
		name, db, want string
	}{
		{"file", "./marsad.db", "./marsad.db"},
		{"URL without password", "postgres://marsad@host/db", "postgres://marsad@host/db"},
		{"password hidden", "postgres://marsad:secret@host:5432/db", "postgres://marsad:xxxxx@host:5432/db"},
		{"unparsable URL", "postgres://marsad:secret@host:port/db", "a PostgreSQL database"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dbName(tc.db)
			if got != tc.want || strings.Contains(got, "secret") {
				t.Errorf("dbName(%q) = %q, want %q", tc.db, got, tc.want)
			}
		})
	}
}
