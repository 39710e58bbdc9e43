package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// txAttempts is how many times a write transaction is tried when
// PostgreSQL aborts it for a deadlock or a serialization failure.
const txAttempts = 3

// inTx runs fn in one transaction and commits it, retrying the whole
// transaction when PostgreSQL reports a deadlock or serialization failure
// (concurrent SetDedup merges can take row locks in opposite orders).
func (s *Store) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	var err error
	for range txAttempts {
		if err = pgx.BeginFunc(ctx, s.pool, fn); !retryable(err) {
			return err
		}
	}
	return err
}

// retryable reports whether err aborted a transaction that may succeed if
// run again.
func retryable(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == codeDeadlock || pgErr.Code == codeSerialization)
}
