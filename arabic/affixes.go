package arabic

import (
	"strings"
	"unicode/utf8"
)

// letter is one base letter of a word with the byte range it spans,
// including the marks that follow it.
type letter struct {
	start, end int
	r          rune // folded (أ → ا, ة → ه)
	raw        rune
}

// splitLetters lists the letters of word; marks, tatweel and invisible
// characters attach to the letter before them.
func splitLetters(word string) []letter {
	ls := make([]letter, 0, len(word)/2+1)
	for i, r := range word {
		size := len(string(r))
		if (isArabicMark(r) || r == Tatweel || isInvisible(r)) && len(ls) > 0 {
			ls[len(ls)-1].end = i + size
			continue
		}
		ls = append(ls, letter{start: i, end: i + size, r: foldRune(r), raw: r})
	}
	return ls
}

// proclitics returns every valid proclitic split of word, longest first.
func proclitics(word string, ls []letter) []Analysis {
	at := func(k int, r rune) bool { return k < len(ls) && ls[k].r == r }
	var out []Analysis
	var sizes []int
	add := func(n int, article bool) {
		minStem := 3
		if article {
			minStem = 2
		}
		if n == 0 || len(ls)-n < minStem {
			return
		}
		cut := ls[n-1].end
		out = append(out, Analysis{Proclitic: word[:cut], Stem: word[cut:], Article: article})
		sizes = append(sizes, n)
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
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && sizes[j] > sizes[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
			sizes[j], sizes[j-1] = sizes[j-1], sizes[j]
		}
	}
	return out
}

// encliticSuffixes are the pronoun suffixes, longest first.
var encliticSuffixes = [...]string{"هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"}

// enclitics returns the analyses of a that also remove a pronoun suffix,
// longest suffix first, keeping a stem of at least three letters. Suffixes
// are matched on the letters as written (a ة is not the pronoun ه).
func enclitics(a Analysis) []Analysis {
	ls := splitLetters(a.Stem)
	if len(ls) >= 2 && ls[0].r == 'ا' && ls[1].r == 'ل' {
		return nil // the article excludes a pronoun suffix
	}
	var out []Analysis
	for _, x := range encliticSuffixes {
		n := utf8.RuneCountInString(x)
		if len(ls)-n < 3 {
			continue
		}
		ok := true
		for i, r := range []rune(x) {
			if ls[len(ls)-n+i].raw != r {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		cut := ls[len(ls)-n].start
		out = append(out, Analysis{Proclitic: a.Proclitic, Stem: a.Stem[:cut], Enclitic: a.Stem[cut:]})
	}
	return out
}
