package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/store"
)

// Volume counts articles and events per interval, in one round trip; see
// store.Store.
func (s *Store) Volume(ctx context.Context, q store.VolumeQuery) ([]store.Volume, error) {
	out, err := q.Buckets()
	if err != nil {
		return nil, fmt.Errorf("postgres: volume: %w", err)
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	const (
		bucket = `floor((extract(epoch FROM a.published_at) - $1) / $2)::bigint`
		where  = ` WHERE a.duplicate_of = '' AND a.published_at >= $3 AND a.published_at < $4 GROUP BY 1`
	)
	args := []any{float64(q.Since.Unix()), float64(q.Bucket / time.Second), q.Since, q.Until}
	b := &pgx.Batch{}
	b.Queue(`SELECT `+bucket+`, COUNT(*) FROM articles a`+where, args...)
	b.Queue(`SELECT `+bucket+`, COUNT(*) FROM events ev JOIN articles a ON a.seq = ev.article_seq`+where, args...)
	br := s.pool.SendBatch(ctx, b)
	defer br.Close()
	for _, field := range []func(v *store.Volume) *int{
		func(v *store.Volume) *int { return &v.Articles },
		func(v *store.Volume) *int { return &v.Events },
	} {
		rows, err := br.Query()
		if err != nil {
			return nil, wrap("volume", err)
		}
		for rows.Next() {
			var i int64
			var n int
			if err := rows.Scan(&i, &n); err != nil {
				rows.Close()
				return nil, wrap("volume", err)
			}
			if i >= 0 && i < int64(len(out)) {
				*field(&out[i]) = n
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, wrap("volume", err)
		}
	}
	return out, wrap("volume", br.Close())
}
