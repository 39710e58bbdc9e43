package store

import (
	"context"
	"iter"
	"time"
)

// RawPages is the Raw of an implementation that reads raw inputs a page at
// a time, so that no read stays open while the caller works: page returns
// up to size inputs stored after sequence number after, and the sequence
// number of the last one. check is called first (it reports a closed
// store). A read error is yielded once as the last pair.
func RawPages(ctx context.Context, size int, check func() error,
	page func(ctx context.Context, after int64) ([]RawInput, int64, error)) iter.Seq2[RawInput, error] {
	return func(yield func(RawInput, error) bool) {
		if err := check(); err != nil {
			yield(RawInput{}, err)
			return
		}
		var last int64
		for {
			batch, next, err := page(ctx, last)
			if err != nil {
				yield(RawInput{}, err)
				return
			}
			for _, in := range batch {
				if !yield(in, nil) {
					return
				}
			}
			if len(batch) < size {
				return
			}
			last = next
		}
	}
}

// ParseTime reads a time as implementations store it (RFC 3339 with
// nanoseconds; "" for none). A value that does not parse is the zero time.
func ParseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t
}
