package document

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// phraseSet is a set of normalised phrases (words joined by one space),
// with the longest phrase length in words.
type phraseSet struct {
	set     map[string]bool
	first   map[string]bool // first words of the phrases
	maxLen  int
	entries int
}

// lexicons are the boilerplate tables, read once from lexicon/*.txt and
// never changed afterwards.
type lexicons struct {
	ads, readStrong, readWeak, readExact, share, tags, footer, disclaimer, notice, openers, byline, particles, outlets phraseSet
}

// lexiconsOnce loads the embedded tables the first time they are needed.
var lexiconsOnce = sync.OnceValue(func() *lexicons {
	return &lexicons{
		ads:        loadPhrases("ads.txt"),
		readStrong: loadPhrases("readalso.txt"),
		readWeak:   loadPhrases("readalso_weak.txt"),
		readExact:  loadPhrases("readalso_exact.txt"),
		share:      loadPhrases("share.txt"),
		tags:       loadPhrases("tags.txt"),
		footer:     loadPhrases("footer.txt"),
		disclaimer: loadPhrases("disclaimer.txt"),
		notice:     loadPhrases("notice.txt"),
		openers:    loadPhrases("openers.txt"),
		byline:     loadPhrases("byline.txt"),
		particles:  loadPhrases("particles.txt"),
		outlets:    loadPhrases("outlets.txt"),
	}
})

// loadPhrases reads one embedded table. The files are part of the binary,
// so a missing file yields an empty set (caught by the tests).
func loadPhrases(name string) phraseSet {
	ps := phraseSet{set: map[string]bool{}, first: map[string]bool{}}
	data, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		return ps
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k := keyOf(line)
		if k == "" {
			continue
		}
		ps.set[k] = true
		ps.first[strings.Fields(k)[0]] = true
		ps.entries++
		if n := len(strings.Fields(k)); n > ps.maxLen {
			ps.maxLen = n
		}
	}
	return ps
}

// has reports whether the whole phrase k is in the set.
func (p phraseSet) has(k string) bool { return p.set[k] }

// prefix returns the number of leading words of ws that form the longest
// phrase of the set, or 0.
func (p phraseSet) prefix(ws []word) int {
	if len(ws) == 0 || !p.first[ws[0].key] {
		return 0
	}
	n := min(p.maxLen, len(ws))
	best := 0
	var b strings.Builder
	for l := range n {
		if l > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(ws[l].key)
		if p.set[b.String()] {
			best = l + 1
		}
	}
	return best
}

// contains reports whether some phrase of the set occurs in ws as
// consecutive words.
func (p phraseSet) contains(ws []word) bool {
	for i := range ws {
		if p.prefix(ws[i:]) > 0 {
			return true
		}
	}
	return false
}
