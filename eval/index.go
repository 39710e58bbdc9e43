package eval

import (
	"strings"

	"github.com/marsad/marsad/extract"
)

// goldIndex finds gold entities by any of their names.
type goldIndex struct {
	byName map[string][]int // normalised canonical or alias → entity indexes
	g      *Gold
}

func newGoldIndex(g *Gold) *goldIndex {
	gi := &goldIndex{byName: map[string][]int{}, g: g}
	for i, e := range g.Entities {
		for k := range goldEntityNames(e) {
			gi.byName[k] = append(gi.byName[k], i)
		}
	}
	return gi
}

// goldEntityNames is the normalised canonical name and aliases of e.
func goldEntityNames(e GoldEntity) nameSet {
	s := nameSet{}
	s.add(e.Canonical)
	s.add(e.Aliases...)
	return s
}

// expand returns name with the names of every gold entity that has it as
// canonical name or alias, and those entities' actor codes.
func (gi *goldIndex) expand(name string) (names nameSet, codes map[string]bool) {
	names, codes = nameSet{}, map[string]bool{}
	names.add(name)
	for _, i := range gi.byName[Normalize(name)] {
		e := gi.g.Entities[i]
		names.add(e.Canonical)
		names.add(e.Aliases...)
		if c := normCode(e.ActorCode); c != "" {
			codes[c] = true
		}
	}
	return names, codes
}

// systemIndex resolves references to system entities (by ID or canonical).
type systemIndex struct {
	byRef map[string]int // entity ID, or normalised canonical → index
	a     *extract.Analysis
}

func newSystemIndex(a *extract.Analysis) *systemIndex {
	si := &systemIndex{byRef: map[string]int{}, a: a}
	for i := len(a.Entities) - 1; i >= 0; i-- { // first entity wins
		e := a.Entities[i]
		if k := Normalize(e.Canonical); k != "" {
			si.byRef["n:"+k] = i
		}
		if e.ID != "" {
			si.byRef["id:"+e.ID] = i
		}
	}
	return si
}

// resolve returns the index of the system entity whose ID or normalised
// canonical name is ref.
func (si *systemIndex) resolve(ref string) (int, bool) {
	if i, ok := si.byRef["id:"+strings.TrimSpace(ref)]; ok {
		return i, true
	}
	i, ok := si.byRef["n:"+Normalize(ref)]
	return i, ok
}

// names returns the normalised forms of ref and, when ref is a system
// entity's ID or canonical name, that entity's canonical name and (with
// mentions) mention texts, and its actor code.
func (si *systemIndex) names(ref string, mentions bool) (names nameSet, codes map[string]bool) {
	names, codes = nameSet{}, map[string]bool{}
	names.add(ref)
	if i, ok := si.resolve(ref); ok && strings.TrimSpace(ref) != "" {
		e := si.a.Entities[i]
		names.add(e.Canonical)
		if mentions {
			for _, m := range e.Mentions {
				names.add(m.Text)
			}
		}
		if c := normCode(e.ActorCode); c != "" {
			codes[c] = true
		}
	}
	return names, codes
}

// normCode is an actor or country code in comparable form.
func normCode(c string) string { return strings.ToUpper(strings.TrimSpace(c)) }
