package event

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/marsad/marsad/arabic"
)

var (
	//go:embed data/triggers.txt
	triggersData string
	//go:embed data/actor_nouns.txt
	actorNounsData string
	//go:embed data/place_nouns.txt
	placeNounsData string
	//go:embed data/protester_nouns.txt
	protesterNounsData string
	//go:embed data/occurrence_words.txt
	occurrenceData string
	//go:embed data/platform_nouns.txt
	platformData string
)

// trigger is one lexicon entry.
type trigger struct {
	typ       string
	cameo     string
	noun      bool
	preps     []string // normalised prepositions introducing the target
	genTarget bool     // a noun whose genitive is the target (مقتل X)
	passive   bool     // a passive or intransitive verb whose subject is the target (أصيب X)
	objects   []string // words one of which must follow within five tokens (أطلق … صواريخ)
}

// lexicon indexes trigger forms by their first normalised word.
type lexicon struct {
	forms      map[string][]triggerForm
	actorNouns map[string]bool
	placeNouns map[string]bool
	protesters map[string]bool // nouns for protesters (المتظاهرون)
	protestTrg *trigger        // the protest protesters stand for
	occurrence map[string]bool // words of a concrete occurrence (وقع، مقتل)
	platforms  map[string]bool // weapons platforms (طائرة، دبابة)
}

type triggerForm struct {
	words []string
	trg   *trigger
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{forms: map[string][]triggerForm{}, actorNouns: wordSet(actorNounsData), placeNouns: wordSet(placeNounsData),
		protesters: wordSet(protesterNounsData), protestTrg: &trigger{typ: "PROTEST", cameo: "140", noun: true},
		occurrence: wordSet(occurrenceData), platforms: wordSet(platformData)}
	for n, line := range strings.Split(triggersData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, " | ")
		if len(f) != 5 {
			return nil, fmt.Errorf("event: data/triggers.txt:%d: want 5 fields, got %d", n+1, len(f))
		}
		t := &trigger{typ: strings.TrimSpace(f[0]), cameo: strings.TrimSpace(f[1])}
		switch strings.TrimSpace(f[2]) {
		case "verb":
		case "noun":
			t.noun = true
		default:
			return nil, fmt.Errorf("event: data/triggers.txt:%d: part of speech %q", n+1, f[2])
		}
		switch frame := strings.TrimSpace(f[3]); {
		case frame == "gen=target":
			t.genTarget = true
		case frame != "-":
			for _, p := range strings.Split(frame, ",") {
				p = strings.TrimSpace(p)
				switch {
				case p == "passive":
					t.passive = true
				case strings.HasPrefix(p, "obj="):
					for _, o := range strings.Split(p[len("obj="):], "/") {
						t.objects = append(t.objects, arabic.Normalize(o))
					}
				default:
					t.preps = append(t.preps, arabic.Normalize(p))
				}
			}
		}
		for _, form := range strings.Split(f[4], ",") {
			words := strings.Fields(arabic.Normalize(form))
			if len(words) == 0 {
				continue
			}
			lx.forms[words[0]] = append(lx.forms[words[0]], triggerForm{words, t})
		}
	}
	return lx, nil
}

func wordSet(data string) map[string]bool {
	set := map[string]bool{}
	for _, l := range strings.Split(data, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			set[arabic.Normalize(l)] = true
		}
	}
	return set
}

// stems returns the keys a token may match under: its normalised form and
// the base of every split package arabic proposes for it (arabic.Splits:
// conjunctions, prepositions, the future marker and pronoun suffixes off,
// the article restored after لل, but not ة or ى before a pronoun), with
// and without the article, and the
// form without an accusative tanween alef (وفدًا → وفد). Trigger lookup
// tries them all; the lexicon decides which is a trigger.
func stems(t arabic.Token) []string {
	keys := []string{t.Norm}
	add := func(s string) {
		if s == "" {
			return
		}
		for _, k := range keys {
			if k == s {
				return
			}
		}
		keys = append(keys, s)
	}
	if t.Kind != arabic.Word {
		return keys
	}
	for _, sp := range arabic.Splits(t.Text) {
		enclitic := sp[len(sp)-1].Role == arabic.Enclitic
		for _, p := range sp {
			if p.Role != arabic.Base && p.Role != arabic.Whole {
				continue
			}
			if enclitic && p.Form != t.Text[p.Start:p.End] {
				continue // مسيرتها is "her career" more often than a march: no ة restored before a pronoun
			}
			k := arabic.Normalize(p.Form)
			add(k)
			if r := []rune(k); len(r) > 4 && r[0] == 'ا' && r[1] == 'ل' {
				add(string(r[2:]))
			}
		}
	}
	if n := []rune(t.Norm); len(n) > 3 && n[len(n)-1] == 'ا' {
		add(string(n[:len(n)-1])) // accusative tanween: وفدًا → وفد
	}
	return keys
}
