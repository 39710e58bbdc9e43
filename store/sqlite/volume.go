package sqlite

import (
	"context"
	"fmt"
	"time"

	"github.com/marsad/marsad/store"
)

// Volume counts articles and events per interval; see store.Store.
func (db *DB) Volume(ctx context.Context, q store.VolumeQuery) ([]store.Volume, error) {
	out, err := q.Buckets()
	if err != nil {
		return nil, fmt.Errorf("sqlite: volume: %w", err)
	}
	if err := db.check(); err != nil {
		return nil, err
	}
	since, step := q.Since.Unix(), int64(q.Bucket/time.Second)
	const where = ` WHERE a.duplicate_of = '' AND a.published_at >= ? AND a.published_at < ? GROUP BY 1`
	for _, part := range []struct {
		from string
		n    func(v *store.Volume) *int
	}{
		{`articles a`, func(v *store.Volume) *int { return &v.Articles }},
		{`events ev JOIN articles a ON a.seq = ev.article_seq`, func(v *store.Volume) *int { return &v.Events }},
	} {
		rows, err := db.r.QueryContext(ctx, `SELECT (a.published_at - ?) / ?, COUNT(*) FROM `+part.from+where,
			since, step, since, q.Until.Unix())
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
				*part.n(&out[i]) = n
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, wrap("volume", err)
		}
	}
	return out, nil
}
