package timex

import (
	"strings"
	"time"
)

// scanner holds one Find call's tokens and reference date.
type scanner struct {
	text string
	toks []token
	ref  time.Time
	opts Options
}

// w returns the key of token i if it is a word, else "".
func (s *scanner) w(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return ""
	}
	return s.toks[i].key
}

// p returns the key of token i if it is punctuation, else "".
func (s *scanner) p(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tPunct {
		return ""
	}
	return s.toks[i].key
}

// num returns the value of number token i.
func (s *scanner) num(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tNum {
		return 0, false
	}
	return s.toks[i].num, true
}

// phrase returns the keys of the n words from i joined by spaces, or "" if
// a token there is not a word.
func (s *scanner) phrase(i, n int) string {
	parts := make([]string, 0, n)
	for j := i; j < i+n; j++ {
		k := s.w(j)
		if k == "" {
			return ""
		}
		parts = append(parts, k)
	}
	return strings.Join(parts, " ")
}

// lookup2 finds the longest (two words, then one) key of table at i.
func lookup2[V any](s *scanner, i int, table map[string]V) (V, int, bool) {
	if k := s.phrase(i, 2); k != "" {
		if v, ok := table[k]; ok {
			return v, 2, true
		}
	}
	v, ok := table[s.w(i)]
	if ok {
		return v, 1, true
	}
	return v, 0, false
}

// number parses a number at i: digits, or number words joined by و
// (خمسة وتسعين، ثلاثة عشر). It returns the value and tokens used.
func (s *scanner) number(i int) (int, int, bool) {
	if v, ok := s.num(i); ok {
		if s.toks[i].digits > 6 {
			return 0, 0, false
		}
		return v, 1, true
	}
	total, n := 0, 0
	for {
		v, used, ok := s.numberWord(i + n)
		if !ok {
			break
		}
		total += v
		n += used
		if s.w(i+n) == "و" {
			if _, _, ok := s.numberWord(i + n + 1); ok {
				n++
				continue
			}
		}
		break
	}
	return total, n, n > 0
}

// numberWord parses one number word or teen (ثلاثة عشر، أحد عشر، اثنا عشر).
func (s *scanner) numberWord(i int) (int, int, bool) {
	k := s.w(i)
	next := s.w(i + 1)
	teen := next == "عشر" || next == "عشره"
	switch k {
	case "احد", "احدي", "حادي":
		if teen {
			return 11, 2, true
		}
		return 0, 0, false
	case "اثنا", "اثني", "اثنتا", "اثنتي":
		if teen {
			return 12, 2, true
		}
		return 0, 0, false
	}
	v, ok := numberWords[k]
	if !ok {
		return 0, 0, false
	}
	if teen && v >= 3 && v <= 9 {
		return v + 10, 2, true
	}
	return v, 1, true
}

// year parses a four-digit year (optionally followed by م or ميلادي).
func (s *scanner) year(i int) (int, int, bool) {
	v, ok := s.num(i)
	if !ok || s.toks[i].digits != 4 || v < 1000 || v > 2199 {
		return 0, 0, false
	}
	if k := s.w(i + 1); k == "م" || k == "ميلادي" || k == "ميلاديه" {
		return v, 2, true
	}
	return v, 1, true
}
