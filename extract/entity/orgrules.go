package entity

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// orgRules adds ORG mentions the tagger missed, for two patterns of Arabic
// institution names built on a head noun (data/institutions.txt):
//
//   - construct state: an indefinite head and definite words, حكومة الوفاق
//     الليبية، رئاسة الجمهورية، وزارة الخارجية;
//   - a definite head qualified up to a nationality adjective, الجيش
//     المصري، الجيش الوطني الليبي، المجلس الأعلى لعمال وموظفي الموانئ المصرية.
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
// when there is none. An indefinite head takes definite words (وزارة
// الخارجية) or a place's name that ends the name (بلدية نابلس، جريدة
// فلسطين); a definite head takes definite words and words after ل up to a
// nationality adjective.
func (d *docState) orgEnd(si, i int, definite bool) int {
	toks := d.sents[si].toks
	end := i + 1
	for j := i + 1; j < len(toks) && j-i <= 6; j++ {
		t := toks[j]
		if isPunct(t) || d.isTitle(si, j) {
			break
		}
		w := d.word(si, j)
		if c := d.covered[si][j]; c != "" {
			if !definite && j == i+1 && c == LOC && w.off == 0 {
				if e := d.mentionEnd(si, j); d.nameEndsAt(si, e) {
					return e // بلدية نابلس: the place the tagger found
				}
			}
			break
		}
		if d.r.stop[w.key] {
			break
		}
		if !definite {
			switch {
			case j == i+1 && w.off == 0 && d.lex().kind(w.key)&(kindCountry|kindCity) != 0 && d.nameEndsAt(si, j+1):
				return j + 1 // جريدة فلسطين
			case d.definite(si, j) && w.off == 0:
				end = j + 1
				continue
			}
			break
		}
		if _, ok := d.nationality(si, j); ok {
			end = j + 1
			continue
		}
		// Inside the name: definite words, or a word after ل (المجلس
		// الأعلى للدولة الليبية). A coordinated word is left out: whether
		// it belongs to the name (التربية والتعليم) or starts another
		// (التحالف والجيش) is the found names' to say (knownNames) —
		// except a noun joined to the noun after ل, which the name's
		// closing adjective still has to come after (المجلس الأعلى لعمال
		// وموظفي الموانئ المصرية).
		if !(d.definite(si, j) && w.off == 0) && !d.hasProclitic(si, j, "ل") && !(d.hasProclitic(si, j, "و") && d.hasProclitic(si, j-1, "ل") && !d.definite(si, j)) {
			return end
		}
	}
	return end
}

// definite reports whether token j of sentence si is a definite noun or
// adjective: the article, and a nominal part of speech (إلى is no الـ
// word).
func (d *docState) definite(si, j int) bool {
	w := d.word(si, j)
	if !strings.HasPrefix(d.baseKey(w), "ال") {
		return false
	}
	if !d.doc.Tagged {
		return true
	}
	switch d.doc.Segments[w.base].UPOS {
	case arabic.NOUN, arabic.ADJ, arabic.PROPN, arabic.X, arabic.NUM:
		return true
	}
	return false
}

// nameEndsAt reports whether a name can end before token k of sentence si:
// k is the end, punctuation, or a word that is not definite.
func (d *docState) nameEndsAt(si, k int) bool {
	toks := d.sents[si].toks
	return k >= len(toks) || isPunct(toks[k]) || !d.definite(si, k)
}

// hasProclitic reports whether the document cuts one of the proclitics
// forms off the front of token j of sentence si.
func (d *docState) hasProclitic(si, j int, forms ...string) bool {
	segs := d.doc.SegmentsOf(d.sents[si].first + j)
	return len(segs) > 1 && segs[0].Role == arabic.Proclitic && slices.Contains(forms, segs[0].Norm)
}

// mentionEnd returns the end of the mention covering token j of sentence
// si (j+1 when none does).
func (d *docState) mentionEnd(si, j int) int {
	for _, m := range d.mentions {
		if m.sent == si && m.from <= j && j < m.to {
			return m.to
		}
	}
	return j + 1
}
