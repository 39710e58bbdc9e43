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
	// An organisation the tagger found up to its nationality adjective
	// takes its plural complement after ل too.
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.typ != ORG || m.to-m.from < 2 {
			continue
		}
		if _, ok := d.nationality(m.sent, m.to-1); !ok {
			continue
		}
		if e := d.pluralComplement(m.sent, m.to); e > m.to {
			toks := d.sents[m.sent].toks
			for t := m.to; t < e; t++ {
				d.covered[m.sent][t] = ORG
			}
			m.form += d.body[m.end:toks[e-1].End]
			m.to, m.end = e, toks[e-1].End
			m.key = phraseKey(m.form)
		}
	}
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
		if end == j && end > i+1 {
			if k := d.pluralComplement(si, j); k > j {
				return k
			}
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

// pluralComplement returns the end of a complement after ل that closes an
// institution's name ending before token j of sentence si (المرصد المصري
// لحقوق الطفل، المفوضية الأوروبية لشؤون البحار): a plural noun after ل and
// the definite words that follow it; j when there is none. A singular
// noun after ل is most often a verbal noun of purpose, no part of the name
// (تقدم الجيش المصري لاستعادة المدينة).
func (d *docState) pluralComplement(si, j int) int {
	toks := d.sents[si].toks
	if !d.hasProclitic(si, j, "ل") || !d.doc.Tagged {
		return j
	}
	g := &d.doc.Segments[d.word(si, j).base]
	if g.UPOS != arabic.NOUN || !g.Feats.Is(arabic.FeatNumber, "Plur") || strings.HasPrefix(g.Norm, "ال") {
		return j
	}
	k := j + 1
	for k < len(toks) && k-j <= 4 && !isPunct(toks[k]) && d.covered[si][k] == "" && d.word(si, k).off == 0 && d.definite(si, k) {
		k++
	}
	if k == j+1 {
		return j
	}
	return k
}
