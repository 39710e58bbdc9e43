package timex

import (
	"fmt"
	"strings"
)

// ruleNumericDate: 16/7/2020, 16-07-2020, 16.7.2020, 2020-07-16.
func ruleNumericDate(s *scanner, i int) (int, Expression, bool) {
	a, ok1 := s.num(i)
	sep := s.p(i + 1)
	b, ok2 := s.num(i + 2)
	c, ok3 := s.num(i + 4)
	if !ok1 || !ok2 || !ok3 || (sep != "/" && sep != "-" && sep != ".") || s.p(i+3) != sep {
		return 0, Expression{}, false
	}
	y, m, d := c, b, a
	if s.toks[i].digits == 4 {
		y, m, d = a, b, c
	} else if s.toks[i+4].digits != 4 {
		return 0, Expression{}, false
	}
	if !validDate(y, m, d) {
		return 0, Expression{}, false
	}
	return 5, Expression{Type: Date, Value: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
}

// month parses a month name at i, with an optional alternative after a
// slash or in brackets (يوليو/تموز، مارس (آذار)). It returns the month, the
// tokens used and whether the name is weak (needs more context).
func (s *scanner) month(i int) (int, int, bool, bool) {
	m, n, ok := lookup2(s, i, monthNames)
	if !ok {
		return 0, 0, false, false
	}
	weak := n == 1 && weakMonths[s.w(i)]
	j := i + n
	switch s.p(j) {
	case "/", "-":
		if m2, n2, ok := lookup2(s, j+1, monthNames); ok && m2 == m {
			j += 1 + n2
			weak = false
		}
	case "(":
		if m2, n2, ok := lookup2(s, j+1, monthNames); ok && m2 == m && s.p(j+1+n2) == ")" {
			j += 2 + n2
			weak = false
		}
	}
	return m, j - i, weak, true
}

// direction reads a relative modifier at i: -1 past, +1 future, 0 current;
// ok is false if there is none.
func (s *scanner) direction(i int) (int, bool) {
	k := s.w(i)
	switch {
	case pastMods[k]:
		return -1, true
	case futureMods[k]:
		return 1, true
	case currentMods[k]:
		return 0, true
	}
	return 0, false
}

// ruleDate: day month [year] [modifier] — 16 يوليو 2020، 11 أبريل الجاري،
// الثامن من مايو، 3 مارس/آذار 2015.
func ruleDate(s *scanner, i int) (int, Expression, bool) {
	d, ok := s.num(i)
	n := 1
	if !ok || s.toks[i].digits > 2 {
		var ok2 bool
		d, n, ok2 = s.ordinal(i)
		if !ok2 {
			return 0, Expression{}, false
		}
	}
	j := i + n
	if s.w(j) == "من" {
		j++
	}
	if s.w(j) == "شهر" {
		j++
	}
	m, mn, _, ok := s.month(j)
	if !ok {
		return 0, Expression{}, false
	}
	j += mn
	y, yn, hasYear := s.year(j)
	if hasYear {
		j += yn
	} else {
		dir, ok := s.direction(j)
		if ok {
			j++
		}
		y = monthYear(s.ref, m, dir)
		if !ok {
			y = s.ref.Year()
		}
	}
	if !validDate(y, m, d) {
		return 0, Expression{}, false
	}
	return j - i, Expression{Type: Date, Value: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
}

// ordinal parses an ordinal day word (الثامن، الحادي عشر، الحادي والعشرين).
func (s *scanner) ordinal(i int) (int, int, bool) {
	v, ok := ordinals[s.w(i)]
	if !ok {
		return 0, 0, false
	}
	if k := s.w(i + 1); k == "عشر" || k == "عشره" {
		return v + 10, 2, true
	}
	if s.w(i+1) == "و" {
		if t, ok := ordinals[s.w(i+2)]; ok && t >= 20 && v < 10 {
			return v + t, 3, true
		}
	}
	return v, 1, true
}

// ruleMonth: [شهر] month [year] [modifier] — مارس 2015، يونيو المقبل،
// شهر مارس الماضي.
func ruleMonth(s *scanner, i int) (int, Expression, bool) {
	j := i
	cue := false
	if s.w(j) == "شهر" {
		j++
		cue = true
	}
	m, mn, weak, ok := s.month(j)
	if !ok {
		return 0, Expression{}, false
	}
	j += mn
	if y, yn, ok := s.year(j); ok {
		return j + yn - i, Expression{Type: Date, Value: isoMonth(y, m)}, true
	}
	dir, hasDir := s.direction(j)
	if hasDir {
		j++
	}
	if weak && !cue && !hasDir {
		return 0, Expression{}, false
	}
	return j - i, Expression{Type: Date, Value: isoMonth(monthYear(s.ref, m, dir), m)}, true
}

// ruleYear: عام 2011، العام 2011، سنة 2011، 2011م، 2011; and Hijri years
// (1441 هـ), given as the Gregorian year in which they begin.
func ruleYear(s *scanner, i int) (int, Expression, bool) {
	j := i
	cue := yearWords[s.w(j)]
	if cue {
		j++
	}
	if v, ok := s.num(j); ok && s.toks[j].digits >= 3 && hijriMarks[s.w(j+1)] {
		g := hijriToGregorian(v, 1, 1)
		return j + 2 - i, Expression{Type: Date, Value: fmt.Sprintf("%04d", g.Year())}, true
	}
	y, yn, ok := s.year(j)
	if !ok {
		return 0, Expression{}, false
	}
	if !cue && yn == 1 && (y < 1800 || y > 2100 || y < 1900 && s.p(j-1) != "(" && !yearPreps[s.w(j-1)]) {
		return 0, Expression{}, false // a bare number out of the news range
	}
	if !cue && yn == 1 && strings.HasSuffix(s.w(j+1), "ا") && !known(s.w(j+1)) {
		return 0, Expression{}, false // a count: 1995 طفلا
	}
	if !cue && (s.unitAt(j+yn) || s.p(i-1) == "/" || s.p(j+1) == "/") {
		return 0, Expression{}, false // a count (2000 عام) or part of a number
	}
	return j + yn - i, Expression{Type: Date, Value: fmt.Sprintf("%04d", y)}, true
}

// ruleHijri: day Hijri-month year هـ (12 ربيع الأول 1441 هـ), converted to
// the Gregorian date by the tabular calendar; a Hijri month and year give
// the Gregorian month in which the Hijri month begins.
func ruleHijri(s *scanner, i int) (int, Expression, bool) {
	j := i
	d, hasDay := s.num(j)
	if hasDay && s.toks[j].digits <= 2 {
		j++
	} else {
		hasDay = false
	}
	m, mn, ok := lookup2(s, j, hijriMonths)
	if !ok {
		return 0, Expression{}, false
	}
	j += mn
	y, ok := s.num(j)
	if !ok || s.toks[j].digits < 3 {
		return 0, Expression{}, false
	}
	j++
	if hijriMarks[s.w(j)] {
		j++
	}
	if hasDay && d >= 1 && d <= 30 {
		return j - i, Expression{Type: Date, Value: isoDate(hijriToGregorian(y, m, d))}, true
	}
	g := hijriToGregorian(y, m, 1)
	return j - i, Expression{Type: Date, Value: isoMonth(g.Year(), int(g.Month()))}, true
}
