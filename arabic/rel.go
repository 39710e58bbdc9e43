package arabic

import "strings"

// Rel is a Universal Dependencies relation, with the subtypes the Arabic
// treebanks use.
type Rel uint8

// Relations. NoRel marks a segment without a parse; RelRoot is the relation of
// a sentence's root.
const (
	NoRel Rel = iota
	RelRoot
	RelNsubj
	RelNsubjPass
	RelObj
	RelIobj
	RelCsubj
	RelCsubjPass
	RelCcomp
	RelXcomp
	RelObl
	RelOblTmod
	RelOblArg
	RelVocative
	RelExpl
	RelDislocated
	RelAdvcl
	RelAdvmod
	RelAdvmodEmph
	RelDiscourse
	RelAux
	RelAuxPass
	RelCop
	RelMark
	RelNmod
	RelAppos
	RelNummod
	RelAcl
	RelAclRelcl
	RelAmod
	RelDet
	RelClf
	RelCase
	RelConj
	RelCc
	RelCcPreconj
	RelFixed
	RelFlat
	RelFlatForeign
	RelCompound
	RelCompoundPrt
	RelList
	RelParataxis
	RelOrphan
	RelGoeswith
	RelReparandum
	RelPunct
	RelDep
	numRel
)

var relNames = [numRel]string{"_", "root", "nsubj", "nsubj:pass", "obj", "iobj", "csubj", "csubj:pass",
	"ccomp", "xcomp", "obl", "obl:tmod", "obl:arg", "vocative", "expl", "dislocated", "advcl", "advmod",
	"advmod:emph", "discourse", "aux", "aux:pass", "cop", "mark", "nmod", "appos", "nummod", "acl",
	"acl:relcl", "amod", "det", "clf", "case", "conj", "cc", "cc:preconj", "fixed", "flat", "flat:foreign",
	"compound", "compound:prt", "list", "parataxis", "orphan", "goeswith", "reparandum", "punct", "dep"}

// NumRel is the number of Rel values, NoRel included.
const NumRel = int(numRel)

// String returns the UD name of the relation ("nsubj:pass"), "_" for NoRel.
func (r Rel) String() string {
	if r < numRel {
		return relNames[r]
	}
	return "_"
}

// ParseRel returns the relation named s. A subtype Marsad does not know
// falls back to its universal relation (nmod:poss → nmod); ok is false
// when not even that is known.
func ParseRel(s string) (r Rel, ok bool) {
	for i := RelRoot; i < numRel; i++ {
		if relNames[i] == s {
			return i, true
		}
	}
	if u, _, found := strings.Cut(s, ":"); found {
		return ParseRel(u)
	}
	return NoRel, false
}

// Universal returns the relation without its subtype (nsubj:pass → nsubj).
func (r Rel) Universal() Rel {
	switch r {
	case RelNsubjPass:
		return RelNsubj
	case RelCsubjPass:
		return RelCsubj
	case RelOblTmod, RelOblArg:
		return RelObl
	case RelAdvmodEmph:
		return RelAdvmod
	case RelAuxPass:
		return RelAux
	case RelAclRelcl:
		return RelAcl
	case RelCcPreconj:
		return RelCc
	case RelFlatForeign:
		return RelFlat
	case RelCompoundPrt:
		return RelCompound
	}
	return r
}
