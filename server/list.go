package server

import "github.com/marsad/marsad/store"

// list is the envelope of every paged answer.
type list[T any] struct {
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	// Next is the offset of the next page, absent on the last one.
	Next    *int `json:"next,omitempty"`
	Results []T  `json:"results"`
}

// newList builds the envelope of one page of items out of total.
func newList[T any](items []T, total int, f store.Filter) list[T] {
	if items == nil {
		items = []T{}
	}
	l := list[T]{Total: total, Limit: f.Limit, Offset: f.Offset, Results: items}
	l.Next = nextOffset(f.Offset, len(items), total)
	return l
}

// nextOffset is the offset after a page of n items at offset, or nil when
// nothing follows.
func nextOffset(offset, n, total int) *int {
	if n == 0 || offset+n >= total {
		return nil
	}
	next := offset + n
	return &next
}

// mapSlice applies fn to each item.
func mapSlice[T, U any](in []T, fn func(T) U) []U {
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = fn(v)
	}
	return out
}
