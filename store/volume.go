package store

import (
	"fmt"
	"time"
)

// VolumeQuery counts articles and events per interval of Bucket from Since
// to Until.
type VolumeQuery struct {
	Since, Until time.Time
	Bucket       time.Duration // at least a minute, a whole number of seconds
}

// MaxBuckets bounds the intervals of one VolumeQuery.
const MaxBuckets = 2000

// Volume is the count of one interval, [Start, Start+Bucket).
type Volume struct {
	Start time.Time `json:"start"`
	// Articles counts articles that are not duplicates, published in the
	// interval; Events the events of those articles.
	Articles int `json:"articles"`
	Events   int `json:"events"`
}

// Buckets checks q and returns its intervals, every count zero, for an
// implementation to fill: the interval of a time t is
// (t - Since) / Bucket. Errors wrap ErrInvalid.
func (q VolumeQuery) Buckets() ([]Volume, error) {
	switch {
	case q.Since.IsZero() || q.Until.IsZero() || !q.Since.Before(q.Until):
		return nil, fmt.Errorf("%w: volume needs Since before Until", ErrInvalid)
	case q.Bucket < time.Minute || q.Bucket%time.Second != 0:
		return nil, fmt.Errorf("%w: volume bucket %v: at least a minute, in whole seconds", ErrInvalid, q.Bucket)
	}
	n := int((q.Until.Sub(q.Since) + q.Bucket - 1) / q.Bucket)
	if n > MaxBuckets {
		return nil, fmt.Errorf("%w: volume of %d intervals, more than %d", ErrInvalid, n, MaxBuckets)
	}
	out := make([]Volume, n)
	for i := range out {
		out[i].Start = q.Since.Add(time.Duration(i) * q.Bucket).UTC()
	}
	return out, nil
}
