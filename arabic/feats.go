package arabic

import "strings"

// Feature is a morphological feature of the UD guidelines that Marsad's
// tagger predicts.
type Feature uint8

// The features, in the alphabetical order CoNLL-U writes them.
const (
	FeatAbbr Feature = iota
	FeatAdpType
	FeatAspect
	FeatCase
	FeatDefinite
	FeatForeign
	FeatGender
	FeatMood
	FeatNumForm
	FeatNumType
	FeatNumber
	FeatPerson
	FeatPolarity
	FeatPronType
	FeatTense
	FeatVerbForm
	FeatVoice
	numFeature
)

// NumFeature is the number of features.
const NumFeature = int(numFeature)

var featureNames = [numFeature]string{"Abbr", "AdpType", "Aspect", "Case", "Definite", "Foreign", "Gender",
	"Mood", "NumForm", "NumType", "Number", "Person", "Polarity", "PronType", "Tense", "VerbForm", "Voice"}

// featureValues lists the values of each feature; a value is stored as its
// index + 1 (0: the feature is absent). At most 7 values a feature.
var featureValues = [numFeature][]string{
	FeatAbbr:     {"Yes"},
	FeatAdpType:  {"Prep"},
	FeatAspect:   {"Imp", "Perf"},
	FeatCase:     {"Nom", "Acc", "Gen"},
	FeatDefinite: {"Def", "Ind", "Cons", "Com"},
	FeatForeign:  {"Yes"},
	FeatGender:   {"Masc", "Fem"},
	FeatMood:     {"Ind", "Sub", "Jus", "Imp"},
	FeatNumForm:  {"Digit", "Word"},
	FeatNumType:  {"Card", "Ord"},
	FeatNumber:   {"Sing", "Dual", "Plur", "Coll"},
	FeatPerson:   {"1", "2", "3"},
	FeatPolarity: {"Neg", "Pos"},
	FeatPronType: {"Prs", "Dem", "Rel", "Int"},
	FeatTense:    {"Past", "Pres", "Fut"},
	FeatVerbForm: {"Fin", "Part", "Inf", "Ger"},
	FeatVoice:    {"Act", "Pass"},
}

// String returns the UD name of the feature ("Case").
func (f Feature) String() string {
	if f < numFeature {
		return featureNames[f]
	}
	return "?"
}

// Values returns the values the feature can take, in the order of their
// codes (code 1 is Values()[0]).
func (f Feature) Values() []string {
	if f < numFeature {
		return featureValues[f]
	}
	return nil
}

// Feats is a set of feature values packed in 3 bits a feature. The zero
// value has no features.
type Feats uint64

// Code returns the code of f in fs: 0 when absent, else the 1-based index
// of its value in f.Values().
func (fs Feats) Code(f Feature) int { return int(fs>>(3*uint(f))) & 7 }

// Get returns the value of f ("Plur"), or "" when absent.
func (fs Feats) Get(f Feature) string {
	c := fs.Code(f)
	if c == 0 || f >= numFeature || c > len(featureValues[f]) {
		return ""
	}
	return featureValues[f][c-1]
}

// Is reports whether f has the value v.
func (fs Feats) Is(f Feature, v string) bool { return v != "" && fs.Get(f) == v }

// WithCode returns fs with f set to code (0 removes it).
func (fs Feats) WithCode(f Feature, code int) Feats {
	sh := 3 * uint(f)
	return fs&^(7<<sh) | Feats(code&7)<<sh
}

// With returns fs with f set to the value v; an unknown value leaves fs
// unchanged and ok false.
func (fs Feats) With(f Feature, v string) (_ Feats, ok bool) {
	if f >= numFeature {
		return fs, false
	}
	for i, x := range featureValues[f] {
		if x == v {
			return fs.WithCode(f, i+1), true
		}
	}
	return fs, false
}

// String returns the CoNLL-U FEATS field: Name=Value pairs joined by |, in
// alphabetical order, or "_" when empty.
func (fs Feats) String() string {
	if fs == 0 {
		return "_"
	}
	var b strings.Builder
	for f := Feature(0); f < numFeature; f++ {
		if v := fs.Get(f); v != "" {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(featureNames[f])
			b.WriteByte('=')
			b.WriteString(v)
		}
	}
	return b.String()
}

// ParseFeats reads a CoNLL-U FEATS field. Features or values Marsad does
// not predict are skipped and counted in dropped.
func ParseFeats(s string) (fs Feats, dropped int) {
	if s == "" || s == "_" {
		return 0, 0
	}
	for kv := range strings.SplitSeq(s, "|") {
		k, v, _ := strings.Cut(kv, "=")
		f := featureByName(k)
		if f == numFeature {
			dropped++
			continue
		}
		var ok bool
		if fs, ok = fs.With(f, v); !ok {
			dropped++
		}
	}
	return fs, dropped
}

func featureByName(name string) Feature {
	for f := Feature(0); f < numFeature; f++ {
		if featureNames[f] == name {
			return f
		}
	}
	return numFeature
}
