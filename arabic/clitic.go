package arabic

// Analysis is one way to split a word into proclitics, stem and enclitic.
type Analysis struct {
	Proclitic string // e.g. "وبال"
	Stem      string
	Enclitic  string // pronoun suffix, e.g. "ها"
}

// Clitics returns candidate analyses of word, most likely first; the first
// is always the word itself when it may be a name (بغداد، لبنان).
//
// STUB: returns only the unsplit word; replaced by the full analyser.
func Clitics(word string) []Analysis {
	return []Analysis{{Stem: word}}
}

// StripClitics returns the most likely stem of word with proclitics and
// pronoun suffixes removed (بحفتر → حفتر), or word itself.
func StripClitics(word string) string {
	return Clitics(word)[0].Stem
}
