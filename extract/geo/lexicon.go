package geo

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// lexicon holds the word lists that steer Find. Each is read from a data
// file under data/ (see the file for its meaning).
type lexicon struct {
	cues       map[string]bool // مدينة، منطقة، العاصمة …: the next name is a place
	dirCues    map[string]bool // شمال، جنوب، وسط، محيط …: a place may follow
	weakCues   map[string]bool // في، إلى، من …: a place may follow
	homographs map[string]bool // well-known places that are also words: cue or country context
	common     map[string]bool // common words and given names: cue or NER hint only
	personCues map[string]bool // titles before person names (الرئيس، الشيخ …)
	nameLinks  map[string]bool // بن، ابن، أبو …: a name part follows or precedes
	stopwords  map[string]bool // never place names (أن، له، الخميس)
	orgBefore  map[string]bool // ريال، نادي …: the name is part of an organisation's
	orgAfter   map[string]bool // سيتي، يونايتد، الإيطالي …: likewise, after the name
	clubBefore map[string]bool // the org cues before a name that make it a sports club (مدرب، فوز)
	clubAfter  map[string]bool // likewise after it (الإيطالي)
	areaCues   map[string]bool // ولاية، جزيرة، إقليم …: cues that name an area, not a town
	venues     map[string]bool // ملعب، بطولة، ماراثون …: in a sports article the town after them is a place
	regionAdj  map[string]bool // اللاتينية، الجنوبية …: after a country's name, a region the gazetteer lacks
}

func loadLexicon() (lexicon, error) {
	var l lexicon
	var err error
	for _, f := range []struct {
		dst  *map[string]bool
		data []byte
		name string
	}{
		{&l.cues, cuesTxt, "cues.txt"},
		{&l.dirCues, dirCuesTxt, "direction_cues.txt"},
		{&l.weakCues, weakCuesTxt, "weak_cues.txt"},
		{&l.homographs, homographsTxt, "homographs.txt"},
		{&l.common, commonWordsTxt, "common_words.txt"},
		{&l.personCues, personCuesTxt, "person_cues.txt"},
		{&l.nameLinks, nameLinksTxt, "name_links.txt"},
		{&l.stopwords, stopwordsTxt, "stopwords.txt"},
		{&l.regionAdj, regionAdjTxt, "region_adjectives.txt"},
		{&l.areaCues, areaCuesTxt, "area_cues.txt"},
		{&l.venues, venuesTxt, "venues.txt"},
	} {
		if *f.dst, err = wordSet(f.data); err != nil {
			return l, fmt.Errorf("geo: %s: %w", f.name, err)
		}
	}
	l.orgBefore, l.orgAfter = map[string]bool{}, map[string]bool{}
	l.clubBefore, l.clubAfter = map[string]bool{}, map[string]bool{}
	cues, err := wordSet(orgCuesTxt)
	if err != nil {
		return l, fmt.Errorf("geo: org_cues.txt: %w", err)
	}
	for k := range cues {
		k, club := strings.CutPrefix(k, "club ")
		if w, ok := strings.CutPrefix(k, "before "); ok {
			l.orgBefore[w] = true
			l.clubBefore[w] = club
		} else if w, ok := strings.CutPrefix(k, "after "); ok {
			l.orgAfter[w] = true
			l.clubAfter[w] = club
		} else {
			return l, fmt.Errorf("geo: org_cues.txt: %q: want before/after WORD", k)
		}
	}
	more, err := wordSet(commonWordsAnercorpTxt)
	if err != nil {
		return l, fmt.Errorf("geo: common_words_anercorp.txt: %w", err)
	}
	for k := range more {
		l.common[k] = true
	}
	return l, nil
}

// wordSet reads one normalised key per line; # starts a comment.
func wordSet(data []byte) (map[string]bool, error) {
	set := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if k := nameKey(line); k != "" {
			set[k] = true
		}
	}
	return set, sc.Err()
}
