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
	body     string
	sents    []sentence
	mentions []mention
	covered  [][]string    // per sentence and token: type of the covering mention, or ""
	keys     [][][2]string // per sentence and token: key and clitic-free key
	names    map[string]bool
}

func (d *docState) lex() *lexicon { return d.r.tagger.fz.lex }

func isPunct(t arabic.Token) bool {
	return t.Kind == arabic.Punct || t.Kind == arabic.Symbol ||
		strings.IndexFunc(t.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// isTitle reports whether a token is a title or role word (الرئيس، اللواء).
func (d *docState) isTitle(t arabic.Token) bool {
	key := wordKey(t.Text)
	_, seg := segment(key)
	return (d.lex().kind(key)|d.lex().kind(seg))&kindTitle != 0
}

// leadVerb reports whether a word is a verb of saying or opining, with or
// without و/ف (ورأى، وأشار): a name never starts with one.
func (d *docState) leadVerb(word string) bool {
	seg1, _ := segment(wordKey(word))
	return d.r.lead[seg1]
}

// known reports whether a word key is a name the document or the lexicon
// knows, for deciding whether a leading letter is a clitic.
func (d *docState) known(key string) bool {
	return d.names[key] || d.lex().kind(key)&(kindCountry|kindCity|kindFirstName|kindOrgHead|kindLocHead) != 0
}

// nameOffset returns where the name starts in word (after proclitics such
// as و، ب، ل، لل) and whether an article was swallowed (للجيش = ل + الجيش).
func (d *docState) nameOffset(word string) (off int, restoreAl bool) {
	key := wordKey(word)
	if d.lex().kind(key)&(kindCountry|kindCity|kindFirstName|kindOrgHead|kindLocHead|kindTitle) != 0 {
		return 0, false
	}
	letters := leadingLetters(word, 3)
	var cands []int
	if len(letters) >= 1 && strings.ContainsRune("وفبلك", letters[0].r) {
		cands = append(cands, letters[0].end)
	}
	if len(letters) >= 2 && strings.ContainsRune("وف", letters[0].r) && strings.ContainsRune("بلك", letters[1].r) {
		cands = append(cands, letters[1].end)
	}
	for _, off := range cands {
		rest := word[off:]
		if utf8.RuneCountInString(rest) < 2 {
			continue
		}
		rk := wordKey(rest)
		if d.known(rk) || d.r.placeStarts[rk] {
			return off, false // a known name, or the first word of a place's (والولايات المتحدة)
		}
	}
	// "لل" + noun: ل + ال with the alef dropped.
	if len(letters) >= 3 && letters[0].r == 'ل' && letters[1].r == 'ل' && utf8.RuneCountInString(word[letters[1].end:]) >= 2 {
		rk := wordKey(word[letters[1].end:])
		if d.known("ال"+rk) || d.r.placeStarts["ال"+rk] {
			return letters[1].end, true // للشرق الأوسط → الشرق الأوسط
		}
	}
	if d.names[key] {
		return 0, false
	}
	// The analyser's first reading, when it splits off a proclitic.
	// The article stays with the name: only و ف ب ك ل before it are cut.
	if an := arabic.Clitics(word); len(an) > 0 && an[0].Proclitic != "" {
		proc := strings.TrimSuffix(wordKey(an[0].Proclitic), "ال")
		n := utf8.RuneCountInString(proc)
		if n == 0 || strings.Trim(proc, "وفبكل") != "" {
			return 0, false
		}
		if l := leadingLetters(word, n); len(l) == n && utf8.RuneCountInString(word[l[n-1].end:]) >= 2 {
			return l[n-1].end, false
		}
	}
	// و/ف/ب/ك/ل + ال: the article starts the name.
	if i := strings.Index(key, "ال"); i > 0 && i <= 4 && strings.Trim(key[:i], "وفبكل") == "" {
		n := utf8.RuneCountInString(key[:i])
		if l := leadingLetters(word, n); len(l) == n {
			return l[n-1].end, false
		}
	}
	return 0, false
}

type letterPos struct {
	r   rune
	end int // byte offset just after the letter and its marks
}

// leadingLetters returns the first n letters of word with the byte offset
// after each (diacritics and tatweel attach to the letter before).
func leadingLetters(word string, n int) []letterPos {
	var out []letterPos
	for i, r := range word {
		if arabic.IsTashkeel(r) || r == arabic.Tatweel {
			if len(out) > 0 {
				out[len(out)-1].end = i + utf8.RuneLen(r)
			}
			continue
		}
		if len(out) == n {
			break
		}
		out = append(out, letterPos{r: r, end: i + utf8.RuneLen(r)})
	}
	return out
}

// collect turns the tagged chunks into cleaned mentions.
func (d *docState) collect() {
	d.covered = make([][]string, len(d.sents))
	d.names = make(map[string]bool)
	for si, s := range d.sents {
		d.covered[si] = make([]string, len(s.toks))
		for _, c := range Chunks(s.tags) {
			for _, t := range s.toks[c.Start:c.End] {
				if !d.isTitle(t) {
					d.names[wordKey(t.Text)] = true
				}
			}
		}
	}
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
	for to-from > 1 && d.leadVerb(toks[from].Text) {
		from++ // a verb of saying the tagger took for a first name
	}
	titleFrom := from
	for from < to && d.isTitle(toks[from]) {
		from++
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
		if _, ok := d.nationality(toks[from].Text); ok {
			return false // a nationality adjective, not a place
		}
	}
	off, al := d.nameOffset(toks[from].Text)
	start, end := toks[from].Start+off, toks[to-1].End
	form := d.body[start:end]
	if al {
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

// givenNameBefore reports whether the word before token i of sentence si
// is a given name the tagger left out of the person's name that starts at
// i: a compound with عبد written as one word (عبدربه، عبدالرحمن), with
// nothing between them, not part of another mention. (Words of the
// given-name lexicon are not enough: many are also common words — باسم،
// لقاء، خطاب — and on 400 news articles extending over them made about 40
// wrong names and no right one.)
func (d *docState) givenNameBefore(si, i int) bool {
	toks := d.sents[si].toks
	prev := toks[i-1]
	if isPunct(prev) || d.covered[si][i-1] != "" || d.isTitle(prev) || d.leadVerb(prev.Text) || toks[i].Start-prev.End > 1 {
		return false
	}
	key := wordKey(prev.Text)
	if arabic.IsStopword(prev.Text) || arabic.IsStopword(key) || d.r.stop[key] {
		return false
	}
	return strings.HasPrefix(key, "عبد") && utf8.RuneCountInString(key) >= 5
}

// appositions returns the titles right before a person's name and a role
// set off by a comma right after it (اللواء أحمد المسماري، المتحدث باسم …،).
func (d *docState) appositions(si, from, to int) []string {
	toks := d.sents[si].toks
	var roles []string
	b := from
	for b > 0 && from-b < 3 && d.isTitle(toks[b-1]) {
		b--
	}
	if b < from {
		roles = append(roles, d.body[toks[b].Start:toks[from-1].End])
	}
	if to+1 < len(toks) && (toks[to].Text == "،" || toks[to].Text == ",") && d.isTitle(toks[to+1]) {
		e := to + 1
		for e < len(toks) && e-to <= 10 && !isPunct(toks[e]) {
			e++
		}
		roles = append(roles, d.body[toks[to+1].Start:toks[e-1].End])
	}
	return roles
}

// nationality looks a word up with and without its proclitics; it returns
// the byte offset of the adjective in word.
func (d *docState) nationality(word string) (off int, ok bool) {
	if _, ok := d.r.nat.Nationality(word); ok {
		return 0, true
	}
	for _, l := range leadingLetters(word, 2) {
		if !strings.ContainsRune("وفبلك", l.r) {
			break
		}
		if utf8.RuneCountInString(word[l.end:]) < 3 {
			break
		}
		if _, ok := d.r.nat.Nationality(word[l.end:]); ok {
			return l.end, true
		}
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
			off, ok := d.nationality(t.Text)
			if !ok {
				continue
			}
			text := t.Text[off:]
			code, _ := d.r.nat.Nationality(text)
			nm := NationalityMention{Text: text, Start: t.Start + off, End: t.End, Code: code}
			if g, ok := d.r.nat.(*GazetteerNationalities); ok {
				_, nm.Country, _ = g.lookup(text)
			}
			out = append(out, nm)
		}
	}
	return out
}
