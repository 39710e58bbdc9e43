package timex

import (
	"fmt"
	"strings"
)

// ruleCentury: القرن العشرين → 19، القرن الحادي والعشرين → 20، القرن التاسع
// عشر → 18، القرن الماضي/الحالي (relative to the reference date).
func ruleCentury(s *scanner, i int) (int, Expression, bool) {
	if s.w(i) != "القرن" {
		return 0, Expression{}, false
	}
	if dir, ok := s.direction(i + 1); ok {
		return 2, Expression{Type: Date, Value: shift(s.ref, "CE", dir)}, true
	}
	n, nn, ok := s.ordinal(i + 1)
	if !ok || n < 1 || n > 21 {
		return 0, Expression{}, false
	}
	return 1 + nn, Expression{Type: Date, Value: fmt.Sprintf("%02d", n-1)}, true
}

// ruleDecade: الخمسينيات [من القرن الماضي|العشرين] → 195; العقد الأول من
// القرن الماضي → 190 (the first decade, 1900–1909).
func ruleDecade(s *scanner, i int) (int, Expression, bool) {
	k := s.w(i)
	d, ok := decades[k]
	if k == "العقد" {
		n, nn, ok := s.ordinal(i + 1)
		if !ok || n > 10 || s.w(i+1+nn) != "من" {
			return 0, Expression{}, false
		}
		cn, e, ok := ruleCentury(s, i+2+nn)
		if !ok {
			return 0, Expression{}, false
		}
		return 2 + nn + cn, Expression{Type: Date, Value: e.Value + fmt.Sprint(n-1)}, true
	}
	if !ok {
		if d, ok = decades["ال"+k]; !ok {
			return 0, Expression{}, false
		}
	}
	j := i + 1
	century := 19
	if s.w(j) == "من" && s.w(j+1) == "القرن" {
		if _, e, ok := ruleCentury(s, j+1); ok {
			n, _, _ := ruleCentury(s, j+1)
			fmt.Sscanf(e.Value, "%d", &century)
			j += 1 + n
		}
	}
	return j - i, Expression{Type: Date, Value: fmt.Sprintf("%02d%d", century, d)}, true
}

// ruleSeason: [فصل] الصيف [2015|الماضي|المقبل] → 2015-SU.
func ruleSeason(s *scanner, i int) (int, Expression, bool) {
	j := i
	cue := s.w(j) == "فصل"
	if cue {
		j++
	}
	code, ok := seasons[s.w(j)]
	if !ok {
		return 0, Expression{}, false
	}
	weak := weakSeasons[s.w(j)] || !strings.HasPrefix(s.w(j), "ال")
	j++
	y := s.ref.Year()
	if yy, n, ok := s.year(j); ok {
		return j + n - i, Expression{Type: Date, Value: fmt.Sprintf("%04d-%s", yy, code)}, true
	}
	if dir, ok := s.direction(j); ok {
		return j + 1 - i, Expression{Type: Date, Value: fmt.Sprintf("%04d-%s", y+dir, code)}, true
	}
	if weak && !cue {
		return 0, Expression{}, false
	}
	return j - i, Expression{Type: Date, Value: fmt.Sprintf("%04d-%s", y, code)}, true
}

// ruleQuarter: الربع الأول [من العام (الجاري|2015)] → 2015-Q1; النصف الثاني
// من العام → 2015-H2. A year or "of the year" is required.
func ruleQuarter(s *scanner, i int) (int, Expression, bool) {
	var unit string
	switch s.w(i) {
	case "الربع":
		unit = "Q"
	case "النصف":
		unit = "H"
	default:
		return 0, Expression{}, false
	}
	n, ok := ordinals[s.w(i+1)]
	if !ok || (unit == "Q" && n > 4) || (unit == "H" && n > 2) {
		return 0, Expression{}, false
	}
	j := i + 2
	if s.w(j) == "من" {
		j++
	}
	y := 0
	if yy, yn, ok := s.year(j); ok {
		y, j = yy, j+yn
	} else if ln, e, ok := ruleYear(s, j); ok {
		fmt.Sscanf(e.Value, "%d", &y)
		j += ln
	} else if ln, e, ok := rulePeriod(s, j); ok && len(e.Value) == 4 {
		fmt.Sscanf(e.Value, "%d", &y)
		j += ln
	} else if s.w(j) == "العام" || s.w(j) == "السنه" {
		y, j = s.ref.Year(), j+1
	} else {
		return 0, Expression{}, false
	}
	return j - i, Expression{Type: Date, Value: fmt.Sprintf("%04d-%s%d", y, unit, n)}, true
}

// ruleVague: الآن، حاليا، مؤخرا، قريبا، في الوقت الحالي … (Options.Vague).
func ruleVague(s *scanner, i int) (int, Expression, bool) {
	if !s.opts.Vague {
		return 0, Expression{}, false
	}
	for n := 3; n >= 2; n-- {
		if v, ok := vaguePhrases[s.phrase(i, n)]; ok {
			return n, Expression{Type: Date, Value: v}, true
		}
	}
	if v, ok := vagueWords[s.w(i)]; ok {
		return 1, Expression{Type: Date, Value: v}, true
	}
	return 0, Expression{}, false
}
