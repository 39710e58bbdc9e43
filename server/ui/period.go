package ui

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// period is the time an event's date names, at its own granularity: a
// day, an ISO week, a month, a quarter or season, a year, a decade or a
// century (TimeML values, see extract/timex), or a date relative to the
// article's. The events page groups rows by it, so that 2018-W26 is shown
// as a week, not under a day heading.
type period struct {
	Key      string    // groups rows
	Label    string    // Arabic heading
	Datetime string    // for <time datetime> ("" when no valid value)
	Start    time.Time // orders groups, newest first (zero: last)
	Rank     int       // granularity: finer periods first among equal starts
}

// Granularities of a period.
const (
	rankDay = iota
	rankWeek
	rankMonth
	rankQuarter
	rankYear
	rankDecade
	rankOther
)

var (
	reDay     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(T.*)?$`)
	reWeek    = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
	reMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-(Q[1-4]|SP|SU|FA|WI)$`)
	reYear    = regexp.MustCompile(`^(\d{4})$`)
	reDecade  = regexp.MustCompile(`^(\d{3})$`)
	reCentury = regexp.MustCompile(`^(\d{2})$`)
	reRel     = regexp.MustCompile(`^relative: (a few |several )?(\w+) (before|after) the reference date$`)
)

var seasonNames = map[string]string{"Q1": "الربع الأول", "Q2": "الربع الثاني", "Q3": "الربع الثالث", "Q4": "الربع الرابع",
	"SP": "ربيع", "SU": "صيف", "FA": "خريف", "WI": "شتاء"}

var seasonMonth = map[string]time.Month{"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "SP": 3, "SU": 6, "FA": 9, "WI": 12}

var relUnits = map[string]string{"seconds": "ثوانٍ", "minutes": "دقائق", "hours": "ساعات", "days": "أيام",
	"weeks": "أسابيع", "months": "أشهر", "years": "سنوات", "decades": "عقود"}

// eventPeriod returns the period of an event's date value; an event
// without one happened, as far as the article says, on its publication
// day.
func eventPeriod(value string, published time.Time) period {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	v := strings.TrimSpace(value)
	switch {
	case v == "":
		if published.IsZero() {
			return period{Key: "?", Label: "تاريخ غير معروف", Rank: rankOther}
		}
		d := published.UTC().Format(time.DateOnly)
		return eventPeriod(d, time.Time{})
	case reDay.MatchString(v):
		m := reDay.FindStringSubmatch(v)
		t := time.Date(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]), 0, 0, 0, 0, time.UTC)
		if t.Month() == time.Month(atoi(m[2])) {
			d := t.Format(time.DateOnly)
			return period{Key: d, Label: d, Datetime: d, Start: t, Rank: rankDay}
		}
	case reWeek.MatchString(v):
		m := reWeek.FindStringSubmatch(v)
		y, w := atoi(m[1]), atoi(m[2])
		if mon := isoWeekStart(y, w); w >= 1 && w <= 53 {
			sun := mon.AddDate(0, 0, 6)
			return period{Key: v, Datetime: v, Start: mon, Rank: rankWeek,
				Label: "الأسبوع " + strconv.Itoa(w) + " من " + strconv.Itoa(y) + " (" + dayMonth(mon) + " – " + dayMonth(sun) + ")"}
		}
	case reMonth.MatchString(v):
		m := reMonth.FindStringSubmatch(v)
		if mo := atoi(m[2]); mo >= 1 && mo <= 12 {
			return period{Key: v, Datetime: v, Start: time.Date(atoi(m[1]), time.Month(mo), 1, 0, 0, 0, 0, time.UTC), Rank: rankMonth,
				Label: monthNames[mo-1] + " " + m[1]}
		}
	case reQuarter.MatchString(v):
		m := reQuarter.FindStringSubmatch(v)
		return period{Key: v, Start: time.Date(atoi(m[1]), seasonMonth[m[2]], 1, 0, 0, 0, 0, time.UTC), Rank: rankQuarter,
			Label: seasonNames[m[2]] + " " + m[1]}
	case reYear.MatchString(v):
		return period{Key: v, Datetime: v, Start: time.Date(atoi(v), 1, 1, 0, 0, 0, 0, time.UTC), Rank: rankYear, Label: "عام " + v}
	case reDecade.MatchString(v):
		return period{Key: v, Start: time.Date(atoi(v)*10, 1, 1, 0, 0, 0, 0, time.UTC), Rank: rankDecade,
			Label: "العقد " + v + "0–" + v + "9"}
	case reCentury.MatchString(v):
		return period{Key: v, Start: time.Date((atoi(v)-1)*100+1, 1, 1, 0, 0, 0, 0, time.UTC), Rank: rankDecade,
			Label: "القرن " + strconv.Itoa(atoi(v)+1)}
	}
	return period{Key: "other", Label: "تواريخ نسبية أو غير محددة", Rank: rankOther}
}

// dateLabel is how an event row states its date: the period's label, or
// for a relative or vague value its Arabic wording.
func dateLabel(value string, published time.Time) string {
	v := strings.TrimSpace(value)
	if m := reRel.FindStringSubmatch(v); m != nil {
		unit, ok := relUnits[m[2]]
		if !ok {
			return v
		}
		q := map[string]string{"a few ": "بضعة ", "several ": "عدة "}[m[1]]
		dir := "قبل "
		if m[3] == "after" {
			dir = "بعد "
		}
		return dir + q + unit + " من تاريخ المقال"
	}
	switch v {
	case "PRESENT_REF":
		return "الآن"
	case "PAST_REF":
		return "في الماضي"
	case "FUTURE_REF":
		return "في المستقبل"
	}
	if p := eventPeriod(v, published); p.Rank != rankOther {
		return p.Label
	}
	return v
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return mon.AddDate(0, 0, 7*(w-1))
}
