package timex

import (
	"fmt"
	"strings"
)

// ruleDuration: [أكثر من|نحو] N unit (ثلاثة أيام → P3D، 26 عاما → P26Y),
// dual units (يومين → P2D) and vague counts (بضعة أسابيع → PXW).
func ruleDuration(s *scanner, i int) (int, Expression, bool) {
	j := i
	mod := ""
	if q, n, ok := lookup2(s, j, quantityMods); ok {
		mod, j = q, j+n
	}
	if _, ok := vagueQuantities[s.w(j)]; ok {
		if u, ok := units[s.w(j+1)]; ok && u.plural {
			return j + 2 - i, Expression{Type: Duration, Value: durationValue(u.code, -1), Mod: mod}, true
		}
		return 0, Expression{}, false
	}
	if u, ok := units[s.w(j)]; ok && u.count == 2 {
		return j + 1 - i, Expression{Type: Duration, Value: durationValue(u.code, 2), Mod: mod}, true
	}
	if u, ok := units[strings.TrimPrefix(s.w(j), "ال")]; ok && u.count == 2 && s.w(j) != strings.TrimPrefix(s.w(j), "ال") {
		return j + 1 - i, Expression{Type: Duration, Value: durationValue(u.code, 2), Mod: mod}, true // العامين، الساعتين
	}
	if u, ok := units[s.w(j)]; ok && u.count == 1 && mod != "" {
		return j + 1 - i, Expression{Type: Duration, Value: durationValue(u.code, 1), Mod: mod}, true // أكثر من قرن
	}
	n, nn, ok := s.number(j)
	if !ok || n <= 0 {
		return 0, Expression{}, false
	}
	u, ok := units[s.w(j+nn)]
	if !ok || u.count == 2 {
		return 0, Expression{}, false
	}
	j += nn + 1
	if u.count == 1 && s.w(j) == "واحد" || s.w(j) == "واحده" {
		j++
	}
	return j - i, Expression{Type: Duration, Value: durationValue(u.code, n), Mod: mod}, true
}

// ruleOneUnit: unit واحد (يوم واحد → P1D، ساعة واحدة → PT1H).
func ruleOneUnit(s *scanner, i int) (int, Expression, bool) {
	u, ok := units[s.w(i)]
	if !ok || u.count != 1 || (s.w(i+1) != "واحد" && s.w(i+1) != "واحده") {
		return 0, Expression{}, false
	}
	return 2, Expression{Type: Duration, Value: durationValue(u.code, 1)}, true
}

// ruleSet: يوميا، أسبوعيا، كل يوم، كل أسبوع، كل عامين، كل يوم جمعة، كل
// خميس; with Options.Vague, frequency adjectives (اليومية).
func ruleSet(s *scanner, i int) (int, Expression, bool) {
	if v, ok := frequencyAdverbs[s.w(i)]; ok {
		return 1, Expression{Type: Set, Value: v}, true
	}
	if v, ok := frequencyAdjectives[s.w(i)]; ok && s.opts.Vague {
		return 1, Expression{Type: Set, Value: v}, true
	}
	if s.w(i) != "كل" {
		return 0, Expression{}, false
	}
	j := i + 1
	if s.w(j) == "يوم" {
		if wd, ok := s.weekdayName(j + 1); ok {
			return j + 2 - i, Expression{Type: Set, Value: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
		}
	}
	if wd, ok := s.weekdayName(j); ok {
		return j + 1 - i, Expression{Type: Set, Value: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
	}
	if u, ok := units[s.w(j)]; ok && !u.plural {
		return j + 1 - i, Expression{Type: Set, Value: durationValue(u.code, u.count)}, true
	}
	if n, nn, ok := s.number(j); ok && n > 0 {
		if u, ok := units[s.w(j+nn)]; ok {
			return j + nn + 1 - i, Expression{Type: Set, Value: durationValue(u.code, n)}, true
		}
	}
	return 0, Expression{}, false
}

// weekdayName reads a weekday with or without the article (جمعة، الجمعة).
func (s *scanner) weekdayName(i int) (int, bool) {
	k := s.w(i)
	if wd, ok := weekdays[k]; ok {
		return wd, true
	}
	if k == "جمعه" || k == "سبت" || k == "احد" || k == "اثنين" || k == "ثلاثاء" || k == "اربعاء" || k == "خميس" {
		return weekdays["ال"+k], true
	}
	return 0, false
}

// ruleClock: الساعة العاشرة [صباحا|مساء]، الساعة 10:30 → a TIME on the
// reference date (T10:00, T22:00 with مساء).
func ruleClock(s *scanner, i int) (int, Expression, bool) {
	if s.w(i) != "الساعه" {
		return 0, Expression{}, false
	}
	j := i + 1
	h, mnt := 0, 0
	if v, ok := s.num(j); ok && v <= 24 {
		h = v
		j++
		if s.p(j) == ":" {
			if m, ok := s.num(j + 1); ok && m < 60 {
				mnt, j = m, j+2
			}
		}
	} else if v, n, ok := lookup2(s, j, hourWords); ok {
		h, j = v, j+n
	} else {
		return 0, Expression{}, false
	}
	if s.w(j) == "و" {
		switch s.w(j + 1) {
		case "النصف":
			mnt, j = 30, j+2
		case "الربع":
			mnt, j = 15, j+2
		}
	} else if s.w(j) == "الا" && s.w(j+1) == "ربعا" {
		h, mnt, j = h-1, 45, j+2
	}
	switch s.w(j) {
	case "صباحا", "صباح", "فجرا":
		j++
	case "مساء", "مساءا", "ليلا", "عصرا", "ظهرا":
		if h < 12 && !(s.w(j) == "ظهرا" && h == 12) {
			if s.w(j) != "ظهرا" || h < 6 {
				h += 12
			}
		}
		j++
	}
	if h < 0 || h > 24 {
		return 0, Expression{}, false
	}
	return j - i, Expression{Type: Time, Value: fmt.Sprintf("%sT%02d:%02d", isoDate(dateOf(s.ref)), h, mnt)}, true
}
