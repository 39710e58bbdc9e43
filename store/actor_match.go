package store

import (
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
)

// SameName reports whether two actor names are the same after
// normalisation (hamza, ta marbuta, alef maqsura and diacritic variants).
func SameName(x, y string) bool {
	return x == y || (x != "" && arabic.Normalize(x) == arabic.Normalize(y))
}

// ActedBy reports whether actor a did event e (is its Actor1) rather than
// underwent it: by name first, then by actor code.
func (e EventRow) ActedBy(a Actor) bool {
	switch {
	case SameName(e.Actor1, a.Name):
		return true
	case SameName(e.Actor2, a.Name):
		return false
	}
	return a.ActorCode != "" && e.Actor1Code == a.ActorCode
}

// Is reports whether a document entity is actor a: the same actor id, or
// the same type and canonical name.
func (a Actor) Is(e entity.Entity) bool {
	return (a.ActorID != "" && e.ActorID == a.ActorID) || (e.Type == a.Type && SameName(e.Canonical, a.Name))
}
