package timex

import (
	"fmt"
	"time"
)

// day returns the calendar date y-m-d at noon UTC (noon keeps DST and zone
// shifts from changing the date).
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

// dateOf returns ref's calendar date at noon UTC.
func dateOf(ref time.Time) time.Time { return day(ref.Year(), int(ref.Month()), ref.Day()) }

// isoDate formats YYYY-MM-DD.
func isoDate(t time.Time) string { return t.Format("2006-01-02") }

// isoMonth formats YYYY-MM.
func isoMonth(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

// isoWeek formats the ISO week of t (2020-W29).
func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// validDate reports whether y-m-d is a real calendar date.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := day(y, m, d)
	return t.Day() == d && int(t.Month()) == m
}

// dirOnOrAfter asks weekdayDate for the reference date itself or the
// nearest such day after it.
const dirOnOrAfter = 2

// weekdayDate resolves an ISO weekday (1 Monday … 7 Sunday) against ref:
// dir 0 is the reference date itself or the nearest such day before it;
// -1 the nearest strictly before; +1 the nearest strictly after;
// dirOnOrAfter the reference date or the nearest such day after it.
func weekdayDate(ref time.Time, wd, dir int) time.Time {
	r := dateOf(ref)
	cur := int(r.Weekday())
	if cur == 0 {
		cur = 7
	}
	switch dir {
	case dirOnOrAfter:
		return r.AddDate(0, 0, (wd-cur+7)%7)
	case 1:
		diff := (wd - cur + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return r.AddDate(0, 0, diff)
	case -1:
		diff := (cur - wd + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return r.AddDate(0, 0, -diff)
	}
	return r.AddDate(0, 0, -((cur - wd + 7) % 7))
}

// shift returns the value of the date n units from ref, at the unit's
// granularity (days → date, weeks → ISO week, months → month, years →
// year, decades and centuries → their TimeML prefix). Hours and minutes
// give the reference date.
func shift(ref time.Time, code string, n int) string {
	r := dateOf(ref)
	switch code {
	case "D":
		return isoDate(r.AddDate(0, 0, n))
	case "W":
		return isoWeek(r.AddDate(0, 0, 7*n))
	case "M":
		t := day(r.Year(), int(r.Month()), 1).AddDate(0, n, 0)
		return isoMonth(t.Year(), int(t.Month()))
	case "Y":
		return fmt.Sprintf("%04d", r.Year()+n)
	case "DE":
		return fmt.Sprintf("%03d", r.Year()/10+n)
	case "CE":
		return fmt.Sprintf("%02d", r.Year()/100+n)
	}
	return isoDate(r)
}

// durationValue formats an ISO 8601 duration of n units; n < 0 means an
// unknown count (PXY).
func durationValue(code string, n int) string {
	count := "X"
	if n >= 0 {
		count = fmt.Sprint(n)
	}
	switch code {
	case "TH":
		return "PT" + count + "H"
	case "TM":
		return "PT" + count + "M"
	}
	return "P" + count + code
}

// monthYear resolves a month without a year: dir -1 the latest such month
// before the reference month, +1 the next after it, 0 the reference year.
func monthYear(ref time.Time, m, dir int) int {
	y, rm := ref.Year(), int(ref.Month())
	switch {
	case dir < 0 && m >= rm:
		return y - 1
	case dir > 0 && m <= rm:
		return y + 1
	}
	return y
}
