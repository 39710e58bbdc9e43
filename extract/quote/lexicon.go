package quote

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/marsad/marsad/arabic"
)

//go:embed data/cues.txt
var cuesData []byte

//go:embed data/anonymous.txt
var anonymousData []byte

// cueClass is how a cue relates speaker and content.
type cueClass uint8

const (
	classVerb   cueClass = iota // speaker after (VSO) or before (SVO) the cue
	classRelay                  // نقل X عن Y: X via, Y speaker
	classSource                 // بحسب X: X speaker of the clause before
	classNoun                   // في بيان: an attribution inside a speaker phrase
	classSkip                   // يذكر أن: an impersonal formula, no statement
)

// cue is one lexicon entry.
type cue struct {
	lemma       string
	class       cueClass
	complements [][]string // normalised word sequences; "ب"/"ل" are proclitics
	object      bool       // an object may follow a dropped subject ("ودعا الحكومة إلى")
	nominal     bool       // a nominal object may be the content ("نفى فلان وجود …")
}

// form is one surface form of a cue, as a sequence of normalised words; a
// last word "ل" stands for the proclitic on the next word.
type form struct {
	words []string
	cue   *cue
}

// lexicon indexes cue forms by their first normalised word.
type lexicon struct {
	byFirst   map[string][]form
	anonymous map[string]bool
	relayed   *cue // what follows "نقل X عن Y": Y's statement, opened like قال's
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{byFirst: map[string][]form{}, anonymous: map[string]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(cuesData))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, " | ")
		if len(f) != 4 {
			return nil, fmt.Errorf("quote: data/cues.txt:%d: want 4 fields, got %d", n, len(f))
		}
		c := &cue{lemma: strings.TrimSpace(f[0])}
		class, obj := strings.CutSuffix(strings.TrimSpace(f[3]), "+obj")
		c.object = obj
		switch class {
		case "verb":
			c.class = classVerb
		case "relay":
			c.class = classRelay
		case "source":
			c.class = classSource
		case "noun":
			c.class = classNoun
		case "skip":
			c.class = classSkip
		default:
			return nil, fmt.Errorf("quote: data/cues.txt:%d: unknown class %q", n, f[3])
		}
		if comp := strings.TrimSpace(f[2]); comp != "-" {
			for _, s := range strings.Split(comp, ",") {
				if strings.TrimSpace(s) == "OBJ" {
					c.nominal = true
					continue
				}
				c.complements = append(c.complements, normWords(s))
			}
		}
		for _, s := range strings.Split(f[1], ",") {
			w := normWords(s)
			if len(w) == 0 {
				continue
			}
			lx.byFirst[w[0]] = append(lx.byFirst[w[0]], form{words: w, cue: c})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("quote: reading cues: %w", err)
	}
	for _, fs := range lx.byFirst[arabic.Normalize("قال")] {
		if len(fs.words) == 1 {
			lx.relayed = &cue{lemma: "نقل", class: classVerb, complements: fs.cue.complements}
		}
	}
	if lx.relayed == nil {
		return nil, fmt.Errorf("quote: data/cues.txt lacks قال, needed for relays")
	}
	for _, line := range strings.Split(string(anonymousData), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			lx.anonymous[arabic.Normalize(line)] = true
		}
	}
	return lx, nil
}

func normWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		out = append(out, arabic.Normalize(w))
	}
	return out
}
