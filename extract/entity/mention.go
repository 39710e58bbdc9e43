package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// mention is one entity mention found in the body, before grouping.
type mention struct {
	typ        string
	sent       int
	from, to   int    // token range in the sentence, to exclusive
	start, end int    // byte offsets of the name (clitics and titles removed)
	form       string // the name as it should be written (ال restored after لل)
	key        string // phraseKey(form)
	roles      []string
}

// docState is the working state of one Analyze call.
type docState struct {
	r        *Recognizer
	doc      *arabic.Document
	body     string
	sents    []sentence
	mentions []mention
	covered  [][]string   // per sentence and token: type of the covering mention, or ""
	words    [][]wordInfo // per sentence and token: what the rules read of it
	names    map[string]bool
	aliases  map[string]string // short form of an organisation → key of its long name (shortForms)
}

// wordInfo is what the mention rules read of a token, from the document's
// analysis.
type wordInfo struct {
	key  string // the token's key (Norm, digits folded)
	name string // key of the name the token starts (see nameStart): key without its proclitics
	off  int    // byte offset in the token where that name starts
	al   bool   // the name's article is not written (للجيش = ل + الجيش): form and name get "ال"
	base int    // index of the token's base segment in the document
}

func (d *docState) lex() *lexicon { return d.r.tagger.fz.lex }

func isPunct(t arabic.Token) bool {
	return t.Kind == arabic.Punct || t.Kind == arabic.Symbol ||
		strings.IndexFunc(t.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// word returns the information of token i of sentence si.
func (d *docState) word(si, i int) *wordInfo { return &d.words[si][i] }

// isTitle reports whether token i of sentence si is a title or role word
// (الرئيس، اللواء، والرئيس).
func (d *docState) isTitle(si, i int) bool {
	w := d.word(si, i)
	return (d.lex().kind(w.key)|d.lex().kind(d.baseKey(w)))&kindTitle != 0
}

// baseKey returns the key of a token's base segment (بالرئيس → الرئيس).
func (d *docState) baseKey(w *wordInfo) string { return foldDigits(d.doc.Segments[w.base].Norm) }

// leadVerb reports whether token i of sentence si is a verb of saying or
// opining, with or without و/ف (ورأى، وأشار): a name never starts with one.
func (d *docState) leadVerb(si, i int) bool {
	w := d.word(si, i)
	return d.r.lead[w.key] || d.r.lead[d.baseKey(w)]
}

// nameStart returns where the name a token may start begins in it, after
// the proclitics the document's segmentation cuts off (و، ب، ل، لل), and
// whether the article was swallowed (للجيش = ل + الجيش). A token the
// lexicon knows whole is not cut (بغداد). When the segmentation cuts
// nothing (the segmenter keeps a proper noun whole: لإسرائيل), another
// reading of arabic.Splits is taken if it leaves a name the lexicon or the
// tagger knows (بعباس → عباس when عباس is one), even when the tagger found
// the token whole.
func (d *docState) nameStart(gi int, key string) (off int, restoreAl bool, base int) {
	base = d.doc.BaseOf(gi)
	if d.lex().kind(key)&(kindCountry|kindCity|kindFirstName|kindOrgHead|kindLocHead|kindTitle) != 0 {
		return 0, false, base
	}
	t, g := &d.doc.Tokens[gi], &d.doc.Segments[base]
	if off := g.Start - t.Start; off > 0 {
		written := d.body[g.Start:g.End]
		al := g.Form != written && g.Form == "ا"+written
		if al {
			// ل + الجيش → للجيش: the name starts after the second ل and
			// gets its article back.
			return off + len("ل"), true, base
		}
		return off, false, base
	}
	if t.Kind != arabic.Word {
		return 0, false, base
	}
	for _, sp := range arabic.Splits(t.Text) {
		b := sp[len(sp)-1]
		if len(sp) < 2 || b.Role != arabic.Base || b.Start == 0 || b.Start == b.End || sp[0].Form == "س" {
			continue
		}
		if k := foldDigits(arabic.Normalize(b.Form)); utf8.RuneCountInString(k) >= 3 && (d.known(k) || d.r.placeStarts[k]) {
			written := t.Text[b.Start:b.End]
			if b.Form != written && b.Form == "ا"+written {
				return b.Start + len("ل"), true, base
			}
			return b.Start, false, base
		}
	}
	return 0, false, base
}

// known reports whether a key is a name the document or the lexicon knows,
// for deciding whether a leading letter is a clitic.
func (d *docState) known(key string) bool {
	return d.names[key] || d.lex().kind(key)&(kindCountry|kindCity|kindFirstName|kindOrgHead|kindLocHead) != 0
}

// prepare reads what the rules need of every token from the document.
func (d *docState) prepare() {
	d.words = make([][]wordInfo, len(d.sents))
	for si, s := range d.sents {
		d.words[si] = make([]wordInfo, len(s.toks))
		for i := range s.toks {
			w := &d.words[si][i]
			gi := s.first + i
			w.key = foldDigits(s.toks[i].Norm)
			w.off, w.al, w.base = d.nameStart(gi, w.key)
			w.name = w.key
			if w.off > 0 {
				w.name = foldDigits(arabic.Normalize(s.toks[i].Text[w.off:]))
				if w.al {
					w.name = "ال" + w.name
				}
			}
		}
	}
}

// collect turns the tagged chunks into cleaned mentions.
func (d *docState) collect() {
	d.covered = make([][]string, len(d.sents))
	for si, s := range d.sents {
		d.covered[si] = make([]string, len(s.toks))
		for _, c := range Chunks(s.tags) {
			for i := c.Start; i < c.End; i++ {
				if w := foldDigits(s.toks[i].Norm); d.lex().kind(w)&kindTitle == 0 {
					d.names[w] = true
				}
			}
		}
	}
	d.prepare()
	for si, s := range d.sents {
		for _, c := range Chunks(s.tags) {
			d.addMention(si, c.Type, c.Start, c.End, nil)
		}
	}
}

// addMention cleans the token range [from,to) of sentence si and records
// it; it reports whether a mention was added.
func (d *docState) addMention(si int, typ string, from, to int, roles []string) bool {
	toks := d.sents[si].toks
	for from < to && isPunct(toks[from]) {
		from++
	}
	for to > from && isPunct(toks[to-1]) {
		to--
	}
	for to-from > 1 && d.leadVerb(si, from) {
		from++ // a verb of saying the tagger took for a first name
	}
	titleFrom := from
	for from < to && (d.isTitle(si, from) || typ == PER && to-from > 1 && d.leadingNationality(si, from)) {
		from++ // a title, or the nationality before a person's name (الأرجنتيني فلان)
	}
	if from > titleFrom {
		roles = append(roles, d.body[toks[titleFrom].Start:toks[from-1].End])
	}
	if from == to {
		return false
	}
	if typ == PER && from == titleFrom {
		for n := 0; n < 2 && from > 0 && d.givenNameBefore(si, from); n++ {
			from-- // the tagger started the name a word late (عبدربه منصور هادي)
		}
		titleFrom = from
	}
	if typ != PER && to-from == 1 {
		if _, ok := d.nationality(si, from); ok {
			return false // a nationality adjective, not a place
		}
	}
	w := d.word(si, from)
	off := w.off
	if typ == PER && d.keepWhole(si, from) {
		off = 0
	}
	start, end := toks[from].Start+off, toks[to-1].End
	form := d.body[start:end]
	if w.al && off > 0 {
		form = "ال" + form
	}
	key := phraseKey(form)
	if utf8.RuneCountInString(strings.ReplaceAll(key, " ", "")) < 2 {
		return false
	}
	if typ == PER {
		roles = append(roles, d.appositions(si, from, to)...)
	}
	for i := titleFrom; i < to; i++ {
		d.covered[si][i] = typ
	}
	d.mentions = append(d.mentions, mention{typ: typ, sent: si, from: from, to: to, start: start, end: end, form: form, key: key, roles: roles})
	return true
}

// leadingNationality reports whether token i of sentence si is a definite
// nationality adjective written alone (الأرجنتيني، الفرنسية): before a
// person's name it says who the person is and is no part of the name.
func (d *docState) leadingNationality(si, i int) bool {
	w := d.word(si, i)
	if w.off != 0 || !strings.HasPrefix(w.key, "ال") {
		return false
	}
	_, ok := d.nationality(si, i)
	return ok
}

// keepWhole reports whether the first token of a person's name keeps the
// letter the segmentation cut off as a proclitic. The news corpus writing
// the whole token as a word and never the rest alone (ليام، not يام) keeps
// it. Otherwise ب، ك or ف before a bare word that no list and no other
// mention of the document knows as a name is taken as the name's first
// letter (بكير، برايان); ل is not: ل before a name is the preposition far
// more often (لخامنئي). On 2,000 news articles keeping ب whole before
// unknown names made 8 names right and 1 wrong, keeping ل made 2 right
// (لولا) and 10 wrong. و is left cut (the commonest conjunction), and so is a
// proclitic before the article (بالأسد).
func (d *docState) keepWhole(si, i int) bool {
	w := d.word(si, i)
	if w.off == 0 || w.al || strings.HasPrefix(w.name, "ال") {
		return false
	}
	lead := d.sents[si].toks[i].Text[:w.off]
	if strings.Trim(lead, "بلكف") != "" || utf8.RuneCountInString(lead) != 1 {
		return false
	}
	cl := d.r.tagger.fz.clus
	_, whole := cl.Lookup(w.key)
	_, rest := cl.Lookup(w.name)
	if whole && !rest {
		return true
	}
	return lead != "ل" && !d.known(w.name) && !d.r.placeStarts[w.name]
}

// givenNameBefore reports whether the word before token i of sentence si
// is a given name the tagger left out of the person's name that starts at
// i: a compound with عبد written as one word (عبدربه، عبدالرحمن), with
// nothing between them, not part of another mention. (Words of the
// given-name lexicon are not enough: many are also common words — باسم،
// لقاء، خطاب — and on 400 news articles extending over them made about 40
// wrong names and no right one: a given name is taken only after a
// boundary, see nameBoundary.)
func (d *docState) givenNameBefore(si, i int) bool {
	toks := d.sents[si].toks
	prev := toks[i-1]
	if isPunct(prev) || d.covered[si][i-1] != "" || d.isTitle(si, i-1) || d.leadVerb(si, i-1) || toks[i].Start-prev.End > 1 {
		return false
	}
	key := d.word(si, i-1).key
	if arabic.IsStopword(prev.Text) || arabic.IsStopword(key) || d.r.stop[key] {
		return false
	}
	if strings.HasPrefix(key, "عبد") && utf8.RuneCountInString(key) >= 5 {
		return true
	}
	if d.lex().kind(key)&kindFirstName == 0 || d.word(si, i-1).off > 0 || !d.nameBoundary(si, i-1) {
		return false
	}
	switch d.doc.Segments[d.word(si, i-1).base].UPOS {
	case arabic.VERB, arabic.ADP, arabic.AUX, arabic.PRON, arabic.DET, arabic.CCONJ, arabic.SCONJ, arabic.PART:
		return false // a word of the sentence, not a name (رد، باسم)
	}
	return true
}

// nameBoundary reports whether a person's name may start at token i of
// sentence si by what comes before it: a comma, colon, bracket or
// quotation mark (an apposition: وزير الخارجية، سامي فلان،), or a
// nationality adjective ending a role (الرئيس الفرنسي سامي فلان). A given
// name of the lexicon is taken into a name only there: elsewhere many are
// common words (باسم الحكومة، لقاء الوفد), and a sentence starts with its
// verb more often than with a name (ورد فلان).
func (d *docState) nameBoundary(si, i int) bool {
	if i == 0 {
		return false
	}
	toks := d.sents[si].toks
	switch toks[i-1].Text {
	case "،", ",", ":", "(", "\"", "«", "“":
		return true
	}
	_, ok := d.nationality(si, i-1)
	return ok && d.word(si, i-1).off == 0
}

// appositions returns the titles right before a person's name and a role
// set off by a comma right after it (اللواء أحمد المسماري، المتحدث باسم …،).
func (d *docState) appositions(si, from, to int) []string {
	toks := d.sents[si].toks
	var roles []string
	b := from
	for b > 0 && from-b < 3 && d.isTitle(si, b-1) {
		b--
	}
	if b < from {
		roles = append(roles, d.body[toks[b].Start:toks[from-1].End])
	}
	if to+1 < len(toks) && (toks[to].Text == "،" || toks[to].Text == ",") && d.isTitle(si, to+1) {
		e := to + 1
		for e < len(toks) && e-to <= 10 && !isPunct(toks[e]) {
			e++
		}
		roles = append(roles, d.body[toks[to+1].Start:toks[e-1].End])
	}
	return roles
}

// nationality looks token i of sentence si up as a nationality word, whole
// and as its base segment (والأمريكي → الأمريكي); it returns the byte
// offset of the adjective in the token.
func (d *docState) nationality(si, i int) (off int, ok bool) {
	t := &d.sents[si].toks[i]
	if t.Kind != arabic.Word {
		return 0, false
	}
	if _, ok := d.r.nat.Nationality(t.Text); ok {
		return 0, true
	}
	g := &d.doc.Segments[d.word(si, i).base]
	if g.Start == t.Start || utf8.RuneCountInString(g.Form) < 3 {
		return 0, false
	}
	if _, ok := d.r.nat.Nationality(g.Form); ok {
		return g.Start - t.Start, true
	}
	return 0, false
}

// nationalities lists the nationality words outside PER and LOC mentions.
func (d *docState) nationalities() []NationalityMention {
	var out []NationalityMention
	for si, s := range d.sents {
		for ti, t := range s.toks {
			if c := d.covered[si][ti]; c == PER || c == LOC || t.Kind != arabic.Word {
				continue
			}
			off, ok := d.nationality(si, ti)
			if !ok {
				continue
			}
			text, word := t.Text[off:], t.Text
			if off > 0 {
				word = d.doc.Segments[d.word(si, ti).base].Form
			}
			code, _ := d.r.nat.Nationality(word)
			nm := NationalityMention{Text: text, Start: t.Start + off, End: t.End, Code: code}
			if g, ok := d.r.nat.(*GazetteerNationalities); ok {
				_, nm.Country, _ = g.lookup(word)
			}
			out = append(out, nm)
		}
	}
	return out
}
