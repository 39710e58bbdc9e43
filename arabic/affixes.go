package arabic

import "strings"

// letter is one base letter of a word with the byte range it spans,
// including the marks that follow it.
type letter struct {
	start, end int
	r          rune // folded (أ → ا, ة → ه)
	raw        rune
}

// appendLetters appends the letters of word to ls; marks, tatweel and
// invisible characters attach to the letter before them.
func appendLetters(ls []letter, word string) []letter {
	first := len(ls)
	for i, r := range word {
		size := len(string(r))
		if (isArabicMark(r) || r == Tatweel || isInvisible(r)) && len(ls) > first {
			ls[len(ls)-1].end = i + size
			continue
		}
		ls = append(ls, letter{start: i, end: i + size, r: foldRune(r), raw: r})
	}
	return ls
}

// split is a proclitic analysis with the number of letters it removes.
type split struct {
	Analysis
	n int
}

// procliticSplits appends the valid proclitic splits of word, whose
// letters are ls, to out, longest first.
func procliticSplits(out []split, word string, ls []letter) []split {
	at := func(k int, r rune) bool { return k < len(ls) && ls[k].r == r }
	first := len(out)
	add := func(n int, article bool) {
		minStem := 3
		if article {
			minStem = 2
		}
		if n == 0 || len(ls)-n < minStem {
			return
		}
		cut := ls[n-1].end
		out = append(out, split{Analysis{Proclitic: word[:cut], Stem: word[cut:], Article: article}, n})
	}
	for k := 0; k <= 1; k++ {
		if k == 1 {
			if !at(0, 'و') && !at(0, 'ف') {
				break
			}
			add(1, false) // the conjunction alone
		}
		switch {
		case at(k, 'ا') && at(k+1, 'ل'):
			add(k+2, true)
		case at(k, 'ب') || at(k, 'ك'):
			if at(k+1, 'ا') && at(k+2, 'ل') {
				add(k+3, true)
			}
			add(k+1, false)
		case at(k, 'ل'):
			if at(k+1, 'ل') {
				add(k+2, true)
			}
			add(k+1, false)
		case at(k, 'س'):
			if k+1 < len(ls) && strings.ContainsRune("يتنا", ls[k+1].r) {
				add(k+1, false)
			}
		}
	}
	// Longest proclitic first (stable).
	for i := first + 1; i < len(out); i++ {
		for j := i; j > first && out[j].n > out[j-1].n; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// encliticSuffixes are the pronoun suffixes, longest first.
var encliticSuffixes = [...]string{"هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"}

// encliticRunes are the letters of encliticSuffixes. Read-only.
var encliticRunes = func() (rs [len(encliticSuffixes)][]rune) {
	for i, x := range encliticSuffixes {
		rs[i] = []rune(x)
	}
	return rs
}()

// appendEnclitics appends to out the analyses of a that also remove a
// pronoun suffix, longest suffix first, keeping a stem of at least three
// letters. Suffixes are matched on the letters as written (a ة is not the
// pronoun ه). ls are the letters of a.Stem, with offsets base more than
// offsets into a.Stem.
func appendEnclitics(out []Analysis, a Analysis, ls []letter, base int) []Analysis {
	if len(ls) >= 2 && ls[0].r == 'ا' && ls[1].r == 'ل' {
		return out // the article excludes a pronoun suffix
	}
	for _, rs := range encliticRunes {
		n := len(rs)
		if len(ls)-n < 3 {
			continue
		}
		ok := true
		for i, r := range rs {
			if ls[len(ls)-n+i].raw != r {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		cut := ls[len(ls)-n].start - base
		out = append(out, Analysis{Proclitic: a.Proclitic, Stem: a.Stem[:cut], Enclitic: a.Stem[cut:]})
	}
	return out
}
