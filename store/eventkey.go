package store

import (
	"hash/fnv"

	"github.com/marsad/marsad/arabic"
)

// EventKey identifies an event across articles for Filter.DistinctEvents:
// a non-negative 63-bit FNV-1a hash of its type, its source and target
// (normalised as the stores' keys are) and its evidence sentence. The
// stores keep it beside each event; a row stored before they did has none
// and stands alone until the store is reanalysed.
func EventKey(typ, source, target, evidence string) int64 {
	h := fnv.New64a()
	for i, s := range []string{typ, arabic.Normalize(source), arabic.Normalize(target), evidence} {
		if i > 0 {
			_, _ = h.Write([]byte{0})
		}
		_, _ = h.Write([]byte(s))
	}
	return int64(h.Sum64() >> 1)
}

// EventFolder folds a listing of events by key (Filter.DistinctEvents):
// fed the events in listing order, it keeps the first of each key.
type EventFolder struct {
	IDs  []int64 // the first event of each key, in order
	Keys []int64 // Keys[i] is the key of IDs[i]
	seen map[int64]bool
}

// Add folds the event id of key.
func (f *EventFolder) Add(id, key int64) {
	if f.seen == nil {
		f.seen = map[int64]bool{}
	}
	if f.seen[key] {
		return
	}
	f.seen[key] = true
	f.IDs, f.Keys = append(f.IDs, id), append(f.Keys, key)
}

// Window returns the IDs and keys of the page at offset of at most limit
// events.
func (f *EventFolder) Window(offset, limit int) (ids, keys []int64) {
	if offset >= len(f.IDs) {
		return nil, nil
	}
	end := min(len(f.IDs), offset+limit)
	return f.IDs[offset:end], f.Keys[offset:end]
}
