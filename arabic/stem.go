package arabic

// LightStem returns the light stem of a word (Lucene's Arabic light stemmer
// over the Lucene-normalised word).
//
// STUB: returns Normalize(word); replaced by the real stemmer.
func LightStem(word string) string { return Normalize(word) }
