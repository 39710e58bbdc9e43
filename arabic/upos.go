package arabic

// UPOS is a Universal Dependencies part of speech.
type UPOS uint8

// The 17 universal parts of speech. NoPOS marks a segment no tagger has
// seen (a document built without a model).
const (
	NoPOS UPOS = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
	numUPOS
)

var uposNames = [numUPOS]string{"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// String returns the UD name of the part of speech ("NOUN"), "_" for NoPOS.
func (p UPOS) String() string {
	if p < numUPOS {
		return uposNames[p]
	}
	return "_"
}

// ParseUPOS returns the part of speech named s (CONJ, the UD v1 name, is
// CCONJ); ok is false for anything else.
func ParseUPOS(s string) (p UPOS, ok bool) {
	if s == "CONJ" {
		return CCONJ, true
	}
	for i := ADJ; i < numUPOS; i++ {
		if uposNames[i] == s {
			return i, true
		}
	}
	return NoPOS, false
}

// NumUPOS is the number of UPOS values, NoPOS included: every UPOS is
// below it.
const NumUPOS = int(numUPOS)

// Nominal reports whether p heads a noun phrase: NOUN, PROPN, PRON, NUM.
func (p UPOS) Nominal() bool { return p == NOUN || p == PROPN || p == PRON || p == NUM }
