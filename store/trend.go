package store

import (
	"fmt"
	"time"
)

// TrendKind says what a TrendQuery counts.
type TrendKind uint8

// Kinds of trend.
const (
	TrendActors TrendKind = iota // entities, by canonical name and type
	TrendPlaces                  // places, by name and country
)

// TrendQuery counts how often each actor or place was named in a recent
// window, [Since, Until), and in the baseline before it, [BaselineSince,
// Since), so that a caller can tell what is rising against its usual
// volume. Counts are distinct stories (an article without a story counts
// as a story of its own), over articles that are not duplicates.
type TrendQuery struct {
	Kind                        TrendKind
	BaselineSince, Since, Until time.Time
	// Types keeps the actors of these entity types, or the places of
	// these country codes (empty: all).
	Types []string
	// MinRecent leaves out names with fewer recent stories (default 2).
	MinRecent int
	// Limit caps the rows, most recent stories first (default and at most
	// MaxLimit×5).
	Limit int
}

// MaxTrends is the default and largest TrendQuery.Limit.
const MaxTrends = 5 * MaxLimit

// Trend is one actor or place with its counts in the two windows.
type Trend struct {
	Name string
	// Type is the entity type of an actor, or the ISO country code of a
	// place ("" unknown).
	Type string
	// Recent and Baseline count distinct stories in the window and in the
	// baseline before it.
	Recent, Baseline int
}

// Check reports a query without a window (Since before Until) or with a
// baseline that starts after it, wrapping ErrInvalid.
func (q TrendQuery) Check() error {
	switch {
	case q.Since.IsZero() || q.Until.IsZero() || !q.Since.Before(q.Until):
		return fmt.Errorf("%w: trends need Since before Until", ErrInvalid)
	case q.Kind > TrendPlaces:
		return fmt.Errorf("%w: trend kind %d", ErrInvalid, q.Kind)
	case !q.BaselineSince.IsZero() && q.BaselineSince.After(q.Since):
		return fmt.Errorf("%w: trend baseline starts after its window", ErrInvalid)
	}
	return nil
}

// Baseline returns the start of the baseline: BaselineSince, or Since
// (no baseline) when it is zero.
func (q TrendQuery) Baseline() time.Time {
	if q.BaselineSince.IsZero() {
		return q.Since
	}
	return q.BaselineSince
}

// Limits returns the effective MinRecent and Limit of q.
func (q TrendQuery) Limits() (minRecent, limit int) {
	minRecent, limit = q.MinRecent, q.Limit
	if minRecent <= 0 {
		minRecent = 2
	}
	if limit <= 0 || limit > MaxTrends {
		limit = MaxTrends
	}
	return minRecent, limit
}
