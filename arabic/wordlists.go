package arabic

import (
	_ "embed"
	"strings"
)

//go:embed data/protected.txt
var protectedText string

//go:embed data/abbreviations.txt
var abbreviationsText string

//go:embed data/stopwords.txt
var stopwordsText string

// Word lists, keyed by Normalize. Read-only after package initialisation.
var (
	protectedWords = loadSet(protectedText)
	abbreviations  = loadSet(abbreviationsText)
	stopwords      = loadSet(stopwordsText)
)

// loadSet reads one entry a line; blank lines and lines starting with # are
// skipped, and anything after a tab is a comment.
func loadSet(text string) map[string]bool {
	set := make(map[string]bool)
	for line := range strings.Lines(text) {
		line, _, _ = strings.Cut(line, "\t")
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		set[Normalize(line)] = true
	}
	return set
}

// isAbbreviation reports whether w (without its dot) is a known abbreviation.
func isAbbreviation(w string) bool { return inSet(abbreviations, w) }

// IsProtected reports whether word is in the embedded list of names and
// common words that start like a clitic but must not be split (بغداد،
// لبنان، فرنسا، وزير، بيان). Clitics and StripClitics consult it.
func IsProtected(word string) bool { return inSet(protectedWords, word) }

// IsStopword reports whether word is an Arabic or English function word
// (في، من، على، أن، الذي، ما، the, of) of the embedded stop list. Clitic
// forms are not expanded: وفي is not a stop word.
func IsStopword(word string) bool { return inSet(stopwords, word) }

// inSet reports set[Normalize(word)], building the key of a short word in
// a stack buffer instead of a new string.
func inSet(set map[string]bool, word string) bool {
	i := firstChange(word)
	if i < 0 {
		return set[word]
	}
	var buf [64]byte
	return set[string(appendNormalized(buf[:0], word, i))]
}
