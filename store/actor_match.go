package store

import (
	"slices"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
)

// SameName reports whether two actor names are the same after
// normalisation (hamza, ta marbuta, alef maqsura and diacritic variants).
func SameName(x, y string) bool {
	return x == y || (x != "" && arabic.Normalize(x) == arabic.Normalize(y))
}

// Is reports whether a document entity is actor a, as the store counts
// it: a linked entity by its actor ID, an unlinked one by its canonical
// name, one of a.Keys (or a's name when a has no Keys).
func (a Actor) Is(e entity.Entity) bool {
	if e.ActorID != "" {
		return e.ActorID == a.ActorID
	}
	if len(a.Keys) == 0 {
		return a.ActorID == "" && SameName(e.Canonical, a.Name)
	}
	return slices.Contains(a.Keys, arabic.Normalize(e.Canonical))
}
