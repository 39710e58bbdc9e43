package arabic

import "strings"

// SegRole is the part a segment plays in the written word it comes from.
type SegRole uint8

// Segment roles.
const (
	Whole     SegRole = iota // the whole token: nothing was split off
	Proclitic                // a conjunction, preposition or future marker before the base (و ف ب ك ل س)
	Base                     // the word the clitics attach to
	Enclitic                 // a pronoun suffix after the base
)

// String names the role.
func (r SegRole) String() string {
	switch r {
	case Proclitic:
		return "proclitic"
	case Base:
		return "base"
	case Enclitic:
		return "enclitic"
	}
	return "whole"
}

// Part is one syntactic word of a written word: where it is written (a
// byte range of the word) and how a dictionary writes it.
type Part struct {
	Start, End int // bytes of the written word that spell the part
	// Form is the part as a word of its own: the article restored after
	// لل (للحظر → ل + الحظر), ة before a pronoun (مدينتها → مدينة + ها), ى
	// (عليه → على + ه, مستواه → مستوى + ه), the alef of وا (قالوه → قالوا +
	// ه); otherwise the bytes of the word it spans.
	Form string
	Role SegRole
}

// Split is one way to cut a written word into syntactic words, in the
// convention of the Universal Dependencies Arabic treebanks: conjunctions
// (و ف), prepositions (ب ك ل), the future marker س and pronoun suffixes
// are words of their own; the article ال stays with its noun.
type Split []Part

// Forms returns the forms of the parts.
func (s Split) Forms() []string {
	out := make([]string, len(s))
	for i, p := range s {
		out[i] = p.Form
	}
	return out
}

// String joins the forms with "+" (و+ب+الجيش).
func (s Split) String() string { return strings.Join(s.Forms(), "+") }

// fusedPairs are words always written as two fused syntactic words.
var fusedPairs = map[string][2]string{
	"مما": {"من", "ما"}, "عما": {"عن", "ما"}, "ممن": {"من", "من"}, "عمن": {"عن", "من"}, "ألا": {"أن", "لا"},
}

// Splits returns every way to cut word into syntactic words that Arabic
// spelling allows, the unsplit word first. Proclitics are an optional و or
// ف, then an optional ب ك ل, or س before an imperfect verb's prefix (ي ت ن
// ا); after ل, a word starting with ل may have lost its article's alef (ل +
// الحظر → للحظر) or alef and lam (ل + اللجنة → للجنة). A pronoun suffix may
// follow a base without the article, with the spelling changes it causes
// (see Part.Form). A base keeps at least two letters, or is the preposition
// itself when a pronoun follows it (له = ل + ه). The choice between the
// candidates is a model's (package syntax), or DefaultSplit's.
//
// Words that are not Arabic letters get the one unsplit candidate.
func Splits(word string) []Split {
	var lbuf [24]letter
	ls := appendLetters(lbuf[:0], word)
	out := []Split{{{Start: 0, End: len(word), Form: word, Role: Whole}}}
	if len(ls) < 2 {
		return out
	}
	for _, l := range ls {
		if !IsArabicLetter(l.raw) {
			return out
		}
	}
	at := func(k int, r rune) bool { return k < len(ls) && ls[k].raw == r }
	var pre []Part
	var walk func(k int, stage int)
	// stage 0: conjunction may follow; 1: preposition or future; 2: base.
	walk = func(k int, stage int) {
		if k > 0 {
			out = appendBases(out, word, ls, k, pre)
		}
		if stage == 0 && (at(k, 'و') || at(k, 'ف')) {
			pre = append(pre, part(word, ls, k, k+1, Proclitic))
			walk(k+1, 1)
			pre = pre[:len(pre)-1]
		}
		if stage <= 1 {
			switch {
			case at(k, 'ب') || at(k, 'ك') || at(k, 'ل'):
				pre = append(pre, part(word, ls, k, k+1, Proclitic))
				walk(k+1, 2)
				pre = pre[:len(pre)-1]
			case at(k, 'س') && k+1 < len(ls) && strings.ContainsRune("يتنا", ls[k+1].raw):
				pre = append(pre, part(word, ls, k, k+1, Proclitic))
				walk(k+1, 2)
				pre = pre[:len(pre)-1]
			}
		}
	}
	walk(0, 0)
	// Enclitics on the unsplit word.
	out = appendEncliticSplits(out, word, ls, 0, nil, "")
	// Fused pairs, after an optional conjunction.
	for k := 0; k <= 1 && k < len(ls); k++ {
		if k == 1 && !at(0, 'و') && !at(0, 'ف') {
			break
		}
		rest := word[ls[k].start:]
		if fp, ok := fusedPairs[rest]; ok {
			var s Split
			if k == 1 {
				s = append(s, part(word, ls, 0, 1, Proclitic))
			}
			s = append(s, Part{Start: ls[k].start, End: len(word), Form: fp[0], Role: Base},
				Part{Start: len(word), End: len(word), Form: fp[1], Role: Base})
			out = append(out, s)
		}
	}
	return out
}

// part returns the Part spelled by letters [i, j) of word.
func part(word string, ls []letter, i, j int, role SegRole) Part {
	s, e := ls[i].start, ls[j-1].end
	return Part{Start: s, End: e, Form: word[s:e], Role: role}
}

// appendBases appends the splits of word whose proclitics are pre (the
// letters before k) and whose base starts at letter k, with and without a
// pronoun suffix.
func appendBases(out []Split, word string, ls []letter, k int, pre []Part) []Split {
	rest := ls[k:]
	if len(rest) == 0 {
		return out
	}
	restStr := word[rest[0].start:]
	lastPre := pre[len(pre)-1].Form
	if lastPre == "ل" && rest[0].raw == 'ل' {
		// ل + ال…: the article's alef (and, before a lam, its lam) is not written.
		if len(rest) >= 2 {
			out = append(out, withBase(pre, Part{Start: rest[0].start, End: len(word), Form: "ا" + restStr, Role: Base}))
		}
		if len(rest) >= 2 {
			out = append(out, withBase(pre, Part{Start: rest[0].start, End: len(word), Form: "ال" + restStr, Role: Base}))
		}
	}
	if len(rest) >= 2 {
		out = append(out, withBase(pre, Part{Start: rest[0].start, End: len(word), Form: restStr, Role: Base}))
	}
	return appendEncliticSplits(out, word, ls, k, pre, lastPre)
}

// withBase returns pre followed by base, as a new Split.
func withBase(pre []Part, base Part) Split {
	s := make(Split, 0, len(pre)+2)
	s = append(s, pre...)
	return append(s, base)
}

// appendEncliticSplits appends the splits that end in a pronoun suffix,
// with proclitics pre and the base starting at letter k.
func appendEncliticSplits(out []Split, word string, ls []letter, k int, pre []Part, lastPre string) []Split {
	rest := ls[k:]
	if len(rest) >= 2 && rest[0].r == 'ا' && rest[1].r == 'ل' {
		return out // the article excludes a pronoun suffix
	}
	for _, rs := range encliticRunes {
		n := len(rs)
		if len(rest) < n {
			continue
		}
		ok := true
		for i, r := range rs {
			if rest[len(rest)-n+i].raw != r {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		cut := rest[len(rest)-n].start
		enc := Part{Start: cut, End: len(word), Form: word[cut:], Role: Enclitic}
		nb := len(rest) - n
		switch {
		case nb == 0:
			// The preposition hosts the pronoun: له، بها، لهم.
			if len(pre) == 0 || (lastPre != "ل" && lastPre != "ب" && lastPre != "ك") {
				continue
			}
			s := make(Split, 0, len(pre)+1)
			s = append(s, pre...)
			s[len(s)-1].Role = Base
			out = append(out, append(s, enc))
		case nb >= 2:
			bs, be := rest[0].start, cut
			base := word[bs:be]
			for _, f := range baseSpellings(base) {
				s := withBase(pre, Part{Start: bs, End: be, Form: f, Role: Base})
				out = append(out, append(s, enc))
			}
		}
	}
	return out
}

// baseSpellings returns how a base written before a pronoun suffix may be
// spelled alone: as written, and with the final letter a suffix changes
// restored (ت → ة, ي or ا → ى, و → وا).
func baseSpellings(base string) []string {
	out := []string{base}
	switch {
	case strings.HasSuffix(base, "ت"):
		out = append(out, strings.TrimSuffix(base, "ت")+"ة")
	case strings.HasSuffix(base, "ي"):
		out = append(out, strings.TrimSuffix(base, "ي")+"ى")
	case strings.HasSuffix(base, "ا"):
		out = append(out, strings.TrimSuffix(base, "ا")+"ى")
	case strings.HasSuffix(base, "و"):
		out = append(out, base+"ا")
	}
	return out
}

// DefaultSplit is the split of word used without a model: the unsplit word
// when it is protected (IsProtected), else the proclitics of the most likely
// analysis of Clitics, the article kept; pronoun suffixes are not split.
func DefaultSplit(word string) Split {
	a := bestAnalysis(word)
	if a.Proclitic == "" {
		return Split{{Start: 0, End: len(word), Form: word, Role: Whole}}
	}
	var lbuf [24]letter
	ls := appendLetters(lbuf[:0], a.Proclitic)
	var s Split
	n := len(ls)
	if a.Article {
		// the article stays with the noun: ال, or the ل of لل
		if n >= 2 && ls[n-2].r == 'ا' && ls[n-1].r == 'ل' {
			n -= 2
		} else {
			n--
		}
	}
	for i := 0; i < n; i++ {
		s = append(s, Part{Start: ls[i].start, End: ls[i].end, Form: a.Proclitic[ls[i].start:ls[i].end], Role: Proclitic})
	}
	bs := len(a.Proclitic)
	if n < len(ls) {
		bs = ls[n].start
	}
	s = append(s, Part{Start: bs, End: len(word), Form: a.WithArticle(), Role: Base})
	if len(s) == 1 {
		s[0].Role = Whole
	}
	return s
}
