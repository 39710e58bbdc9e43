package timex

import (
	"fmt"
	"strings"
)

// unitAt reports whether token i is a unit word (يوم، أعوام …).
func (s *scanner) unitAt(i int) bool {
	_, ok := units[s.w(i)]
	return ok
}

// ruleDeictic: اليوم، أمس، غدا، أول أمس، بعد غد، with an optional weekday
// (اليوم الخميس، أمس الجمعة): the day word fixes the date.
func ruleDeictic(s *scanner, i int) (int, Expression, bool) {
	off, n, ok := lookup2(s, i, dayPhrases)
	if !ok {
		if off, ok = dayWords[s.w(i)]; !ok {
			return 0, Expression{}, false
		}
		n = 1
		if s.w(i) == "اليوم" && (notToday[s.w(i+1)] || s.w(i-1) == "هذا" || s.w(i-1) == "بهذا" || s.w(i-1) == "ذلك") {
			return 0, Expression{}, false // اليوم الأول، بهذا اليوم: a day, not today
		}
	}
	j := i + n
	if wd, ok := weekdays[s.w(j)]; ok {
		j++
		if off == 0 {
			// "اليوم الخميس": today if it is a Thursday, else the latest one.
			return j - i, Expression{Type: Date, Value: isoDate(weekdayDate(s.ref, wd, 0))}, true
		}
	}
	return j - i, Expression{Type: Date, Value: isoDate(dateOf(s.ref).AddDate(0, 0, off))}, true
}

// ruleWeekday: [يوم] weekday [الماضي|المقبل] — the latest such day (or the
// reference date), the one before, or the next one.
func ruleWeekday(s *scanner, i int) (int, Expression, bool) {
	j := i
	cue := s.w(j) == "يوم"
	if cue {
		j++
	}
	k := s.w(j)
	wd, ok := weekdays[k]
	if !ok && cue {
		wd, ok = s.weekdayName(j) // يوم جمعة
	}
	if !ok {
		return 0, Expression{}, false
	}
	j++
	dir, hasDir := s.direction(j)
	if hasDir {
		j++
	}
	if weakWeekdays[k] && !cue && !hasDir {
		return 0, Expression{}, false
	}
	if !hasDir && s.futureBefore(i) {
		dir = dirOnOrAfter // "سيزور الرئيس القاهرة الأحد": the coming Sunday
	}
	return j - i, Expression{Type: Date, Value: isoDate(weekdayDate(s.ref, wd, dir))}, true
}

// futureCue is how many tokens before an expression futureBefore looks.
const futureCue = 6

// futureBefore reports whether the clause before token i speaks of the
// future: a verb with the future prefix سـ (سيزور، ستعقد), سوف, a word of
// plans (المقرر، يعتزم، يفترض), or an imperfect verb after أن (بعد أن ينهي
// زيارته، الأربعاء), within futureCue tokens and no sentence end (a comma
// right before the day is allowed).
func (s *scanner) futureBefore(i int) bool {
	for j := i - 1; j >= 0 && i-j <= futureCue; j-- {
		if p := s.p(j); p == "." || p == "؟" || p == "!" || p == "،" && j < i-1 {
			return false
		}
		w := strings.TrimPrefix(s.w(j), "و")
		if futureWords[w] {
			return true
		}
		r := []rune(w)
		if len(r) >= 5 && r[0] == 'س' && (r[1] == 'ي' || r[1] == 'ت' || r[1] == 'ن') {
			return true
		}
		if len(r) >= 4 && (r[0] == 'ي' || r[0] == 'ت') && s.w(j-1) == "ان" {
			return true
		}
	}
	return false
}

// futureWords mark a planned event (سوف، من المقرر أن، يعتزم).
var futureWords = map[string]bool{"سوف": true, "يفترض": true, "ويفترض": true, "المقرر": true, "يعتزم": true, "تعتزم": true, "يرتقب": true, "المرتقب": true, "المرتقبه": true, "المزمع": true, "المزمعه": true}

// rulePeriod: الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام، السنة
// الماضية، القرن الماضي، العقد الحالي.
func rulePeriod(s *scanner, i int) (int, Expression, bool) {
	j := i
	this := s.w(j) == "هذا" || s.w(j) == "هذه"
	if this {
		j++
	}
	code, ok := periods[s.w(j)]
	if !ok {
		return 0, Expression{}, false
	}
	j++
	dir := 0
	if !this {
		var ok bool
		if dir, ok = s.direction(j); !ok {
			return 0, Expression{}, false
		}
		if s.w(j) == "السابق" || s.w(j) == "الاخير" || s.w(j) == "الاخيره" {
			return 0, Expression{}, false // anaphoric, not anchored on the reference date
		}
		j++
	}
	return j - i, Expression{Type: Date, Value: shift(s.ref, code, dir)}, true
}

// ruleAgo: منذ|قبل|بعد [about] N unit — a date that many units before or
// after the reference date, at the unit's granularity; with a vague count
// (بضعة، عدة) or a bare plural (منذ أسابيع), a "relative:" value.
func ruleAgo(s *scanner, i int) (int, Expression, bool) {
	k := s.w(i)
	if k != "منذ" && k != "قبل" && k != "بعد" {
		return 0, Expression{}, false
	}
	dir, dirWord := -1, "before"
	if k == "بعد" {
		dir, dirWord = 1, "after"
	}
	j := i + 1
	mod := ""
	if q, n, ok := lookup2(s, j, quantityMods); ok {
		mod, j = q, j+n
	}
	if gloss, ok := vagueQuantities[s.w(j)]; ok {
		if u, ok := units[s.w(j+1)]; ok && u.plural {
			v := fmt.Sprintf("relative: %s %s %s the reference date", gloss, unitGloss[u.code], dirWord)
			return j + 2 - i, Expression{Type: Date, Value: v, Mod: mod}, true
		}
		return 0, Expression{}, false
	}
	if u, ok := units[s.w(j)]; ok {
		switch {
		case u.plural && mod == "":
			v := fmt.Sprintf("relative: %s %s the reference date", unitGloss[u.code], dirWord)
			return j + 1 - i, Expression{Type: Date, Value: v}, true
		case u.count == 2:
			return j + 1 - i, Expression{Type: Date, Value: shift(s.ref, u.code, 2*dir), Mod: mod}, true
		case u.count == 1 && !u.plural && s.toks[min(j+1, len(s.toks)-1)].kind != tNum:
			// بعد شهر، قبل أكثر من عام: one unit
			return j + 1 - i, Expression{Type: Date, Value: shift(s.ref, u.code, dir), Mod: mod}, true
		}
		return 0, Expression{}, false
	}
	n, nn, ok := s.number(j)
	if !ok {
		return 0, Expression{}, false
	}
	u, ok := units[s.w(j+nn)]
	if !ok || u.count == 2 {
		return 0, Expression{}, false
	}
	return j + nn + 1 - i, Expression{Type: Date, Value: shift(s.ref, u.code, n*dir), Mod: mod}, true
}

// rulePluralPeriod: السنوات الخمس الماضية → P5Y، العامين الماضيين → P2Y;
// with Options.Vague, الأيام الماضية → PAST_REF, الأشهر المقبلة → FUTURE_REF.
func rulePluralPeriod(s *scanner, i int) (int, Expression, bool) {
	code, ok := pluralPeriods[s.w(i)]
	if !ok {
		return 0, Expression{}, false
	}
	j := i + 1
	count := -1
	if u, ok := units[strings.TrimPrefix(s.w(i), "ال")]; ok && u.count == 2 {
		count = 2
	}
	if n, nn, ok := s.number(j); ok && count < 0 && nn == 1 {
		count, j = n, j+nn
	} else if v, ok := numberWords[strings.TrimPrefix(s.w(j), "ال")]; ok && count < 0 {
		count, j = v, j+1 // السنوات الخمس
	}
	dir, ok := s.direction(j)
	if !ok || dir == 0 {
		return 0, Expression{}, false
	}
	j++
	if count > 0 {
		return j - i, Expression{Type: Duration, Value: durationValue(code, count)}, true
	}
	if !s.opts.Vague {
		return 0, Expression{}, false
	}
	v := "PAST_REF"
	if dir > 0 {
		v = "FUTURE_REF"
	}
	return j - i, Expression{Type: Date, Value: v}, true
}

// ruleNight: الليلة الماضية (last night), الليلة المقبلة → TIME with the
// TimeML part-of-day NI.
func ruleNight(s *scanner, i int) (int, Expression, bool) {
	if s.w(i) != "الليله" {
		return 0, Expression{}, false
	}
	var off int
	switch {
	case pastMods[s.w(i+1)]:
		off = -1
	case futureMods[s.w(i+1)]:
		off = 1
	default:
		return 0, Expression{}, false // bare الليلة is often "the night" (ليلة القدر)
	}
	return 2, Expression{Type: Time, Value: isoDate(dateOf(s.ref).AddDate(0, 0, off)) + "TNI"}, true
}
