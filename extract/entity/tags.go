package entity

// tagNames lists the BIO tags the tagger predicts; the index is the tag id.
var tagNames = [...]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

const numTags = len(tagNames)

// startTag is the row of the transition table used before the first token.
const startTag = numTags

// tagID returns the id of a tag, and false for a tag not in tagNames.
func tagID(t string) (int, bool) {
	for i, n := range tagNames {
		if n == t {
			return i, true
		}
	}
	return 0, false
}

// allowed reports whether tag cur may follow tag prev (or start the
// sentence when prev is startTag): I-X only after B-X or I-X.
func allowed(prev, cur int) bool {
	if cur == 0 || cur%2 == 1 { // O or B-X
		return true
	}
	if prev == startTag || prev == 0 {
		return false
	}
	return (prev+1)/2 == cur/2
}
