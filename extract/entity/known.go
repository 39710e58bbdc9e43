package entity

import "strings"

// organisations returns a lexicon of the names of two words or more
// (single words are too often common words).
func organisations(names []string) *lexicon {
	l := newLexicon()
	for _, n := range names {
		if strings.Contains(phraseKey(n), " ") {
			l.add(n, kindNameORG)
		}
	}
	return l
}

// knownNames adds an ORG mention for every known organisation name
// (Options.Organisations) in the body that the tagger missed or cut short
// (تنظيم القاعدة for القاعدة, الحرس الثوري الإيراني for الحرس الثوري), and
// a LOC mention for every multi-word country name (جنوب أفريقيا for
// أفريقيا): the longest known name starting at a word, its first word
// stripped of clitics (لتنظيم القاعدة). Mentions lying wholly inside the
// name give way to it; a name that would cut across another mention is
// left alone.
func (d *docState) knownNames() {
	found := [...]struct {
		typ  string
		kind uint16
	}{{PER, kindNamePER}, {ORG, kindNameORG}, {LOC, kindNameLOC}}
	for si, s := range d.sents {
		for i := 0; i < len(s.toks); i++ {
			typ, end := ORG, d.knownEnd(d.r.known, kindNameORG, si, i)
			// Names the tagger found in clear contexts of the news corpus
			// (the model's found names): the whole name where the tagger
			// found part of it here (مولود جاويش أوغلو for جاويش أوغلو).
			for _, f := range found {
				if e := d.knownEnd(d.lex(), f.kind, si, i); e > end {
					typ, end = f.typ, e
				}
			}
			if end <= i+1 {
				typ, end = LOC, d.knownEnd(d.lex(), kindCountry, si, i)
			}
			if end <= i+1 || (typ == PER && d.lex().kind(d.keyOf(si, i, end))&kindTitle != 0) || !d.yieldInside(si, i, end) {
				continue // (a title the tagger took for a name in the news: ولي العهد)
			}
			if d.addMention(si, typ, i, end, nil) {
				i = end - 1
			}
		}
	}
}

// knownEnd returns the end of the longest name of lex of the given kind
// starting at token i of sentence si, or i when there is none.
func (d *docState) knownEnd(lex *lexicon, kind uint16, si, i int) int {
	toks := d.sents[si].toks
	if isPunct(toks[i]) {
		return i
	}
	key := d.word(si, i).name
	if !lex.prefixes[key] {
		return i
	}
	best := i
	for j := i + 1; j < len(toks); j++ {
		if isPunct(toks[j]) {
			break
		}
		key += " " + d.word(si, j).key
		if lex.kinds[key]&kind != 0 {
			best = j + 1
		}
		if !lex.prefixes[key] {
			break
		}
	}
	return best
}

// yieldInside removes the mentions of sentence si that lie wholly inside
// tokens [from,to), and reports false (removing nothing) if a mention
// crosses the range's edge.
func (d *docState) yieldInside(si, from, to int) bool {
	var inside []int
	for k, m := range d.mentions {
		if m.sent != si || m.to <= from || m.from >= to {
			continue
		}
		if m.from < from || m.to > to {
			return false
		}
		inside = append(inside, k)
	}
	for t := from; t < to; t++ {
		if d.covered[si][t] == "" {
			continue
		}
		held := false
		for _, k := range inside {
			if d.mentions[k].from <= t && t < d.mentions[k].to {
				held = true
			}
		}
		if !held {
			return false // a title of a mention outside the range
		}
	}
	for n := len(inside) - 1; n >= 0; n-- {
		k := inside[n]
		m := d.mentions[k]
		for t := m.from; t < m.to; t++ {
			d.covered[si][t] = ""
		}
		d.mentions = append(d.mentions[:k], d.mentions[k+1:]...)
	}
	return true
}
