package entity

import (
	"strings"
)

// orgRules adds ORG mentions the tagger missed, for two patterns of Arabic
// institution names built on a head noun (data/institutions.txt):
//
//   - construct state: an indefinite head and definite words, حكومة الوفاق
//     الليبية، رئاسة الجمهورية، وزارة الخارجية;
//   - a definite head qualified up to a nationality adjective, الجيش
//     المصري، الجيش الوطني الليبي، المجلس الأعلى لمشايخ وأعيان القبائل الليبية.
//
// Names stop at punctuation, titles and function words (data/stopwords.txt).
func (d *docState) orgRules() {
	for si, s := range d.sents {
		for i := 0; i < len(s.toks); i++ {
			if d.covered[si][i] != "" || isPunct(s.toks[i]) {
				continue
			}
			head := d.word(si, i).name
			definite := strings.HasPrefix(head, "ال")
			if !d.r.heads[stripAl(head)] || (definite && stripAl(head) == head) {
				continue
			}
			end := d.orgEnd(si, i, definite)
			if end > i+1 {
				d.addMention(si, ORG, i, end, nil)
				i = end - 1
			}
		}
	}
}

// orgEnd returns the end of the institution name headed at token i, or i+1
// when there is none.
func (d *docState) orgEnd(si, i int, definite bool) int {
	toks := d.sents[si].toks
	end := i + 1
	for j := i + 1; j < len(toks) && j-i <= 6; j++ {
		t := toks[j]
		if d.covered[si][j] != "" || isPunct(t) || d.isTitle(si, j) {
			break
		}
		key := d.word(si, j).key
		if d.r.stop[key] {
			break
		}
		if !definite {
			if !strings.HasPrefix(key, "ال") {
				break
			}
			end = j + 1
			continue
		}
		if _, ok := d.nationality(si, j); ok {
			end = j + 1
			continue
		}
		// Inside the name: definite words, or و/ل + word (لمشايخ وأعيان).
		if !strings.HasPrefix(key, "ال") && !(strings.ContainsRune("ول", firstRune(key)) && runeLen(key) >= 4) {
			break
		}
	}
	return end
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
