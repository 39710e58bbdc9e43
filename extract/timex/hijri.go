package timex

import "time"

// hijriToGregorian converts a date of the tabular Islamic calendar (the
// common 30-year cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26
// and 29; epoch 16 July 622 Julian) to a Gregorian date. Actual Hijri
// dates follow moon sightings and may differ by a day or two.
func hijriToGregorian(y, m, d int) time.Time {
	// Days from the epoch to the start of year y, month m.
	days := (y-1)*354 + (3+11*y)/30 + 29*(m-1) + m/2 + d - 1
	// Julian day number of 1 Muharram 1 AH is 1948440 (civil epoch, Friday).
	jdn := 1948440 + days
	return fromJDN(jdn)
}

// fromJDN converts a Julian day number to a Gregorian date at noon UTC.
func fromJDN(jdn int) time.Time {
	a := jdn + 32044
	b := (4*a + 3) / 146097
	c := a - 146097*b/4
	d := (4*c + 3) / 1461
	e := c - 1461*d/4
	m := (5*e + 2) / 153
	dd := e - (153*m+2)/5 + 1
	mm := m + 3 - 12*(m/10)
	yy := 100*b + d - 4800 + m/10
	return day(yy, mm, dd)
}

// gregorianToHijriYear returns the tabular Hijri year containing t.
func gregorianToHijriYear(t time.Time) int {
	y := (t.Year()-622)*33/32 + 1
	for hijriToGregorian(y+1, 1, 1).Before(t) || hijriToGregorian(y+1, 1, 1).Equal(t) {
		y++
	}
	for hijriToGregorian(y, 1, 1).After(t) {
		y--
	}
	return y
}
