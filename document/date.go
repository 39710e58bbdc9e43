package document

import (
	"bufio"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/marsad/marsad/arabic"
)

// ErrNoDate is returned by ParseDate when the text holds no full date.
var ErrNoDate = errors.New("document: no date found")

// dateTables are the month names and their compiled patterns, built once
// from lexicon/months.txt and never changed afterwards.
type dateTables struct {
	months   map[string]int // normalised name → 1..12
	named    *regexp.Regexp // day month [/month] [,] year
	numeric  *regexp.Regexp // d/m/yyyy, yyyy-mm-dd, yyyy/mm/dd
	clock    *regexp.Regexp // hh:mm[:ss] [am/pm]
	zone     *regexp.Regexp // (GMT+0400), UTC+3, توقيت غرينتش +2
	weekdays phraseSet
}

var dateTablesOnce = sync.OnceValue(func() *dateTables {
	t := &dateTables{months: map[string]int{}, weekdays: loadPhrases("weekdays.txt")}
	data, _ := lexiconFS.ReadFile("lexicon/months.txt")
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	var names []string
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, num, ok := strings.Cut(line, "\t")
		n, err := strconv.Atoi(strings.TrimSpace(num))
		if !ok || err != nil || n < 1 || n > 12 {
			continue
		}
		k := keyOf(name)
		if _, dup := t.months[k]; !dup {
			names = append(names, regexp.QuoteMeta(k))
		}
		t.months[k] = n
	}
	// Longest first so "كانون الثاني" wins over a shorter name.
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	m := `(` + strings.Join(names, "|") + `)`
	t.named = regexp.MustCompile(`(?:^|[^\pL\d])(\d{1,2})\s*(?:من\s+)?` + m +
		`(?:\s*[/(\-–]\s*` + m + `\s*\)?)?\s*[,،]?\s*(?:سنه\s+|عام\s+)?(\d{4})(?:[^\d]|$)`)
	t.numeric = regexp.MustCompile(`(?:^|[^\d])(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}))(?:[^\d]|$)`)
	t.clock = regexp.MustCompile(`^[^\d]{0,24}?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|ص|م|صباحا|مساء|مساءا)?(?:[^\pL]|$)`)
	t.zone = regexp.MustCompile(`^[^\d]{0,12}?(?:gmt|utc|غرينتش|جرينتش)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?`)
	return t
})

// ParseDate finds the first full calendar date in s and returns it, with
// the clock time that follows it if any ("الساعة 10:30 مساء").
//
// It reads Arabic-Indic and Persian digits; month names in Gregorian
// (يناير … ديسمبر, يونيه, يوليه), Levantine/Iraqi (كانون الثاني, شباط,
// آذار … كانون الأول), Maghreb (جانفي, فيفري, جويلية, أوت) and Moroccan
// (يوليوز, غشت, شتنبر) spellings, alone or paired ("تموز/يوليو"), with or
// without hamza and diacritics; English month names; and numeric dates
// (2020-07-16, 2020/7/16, 16/7/2020 read day first unless the second number
// is above 12). Years outside 1900–2100 are ignored. A zone stated after
// the date or time ("(GMT+0400)", "UTC+3", "غرينتش +2") gives the
// result's location; otherwise the result is the stated wall-clock time in
// time.UTC. When s has no full date, ParseDate returns ErrNoDate.
func ParseDate(s string) (time.Time, error) {
	t, _, _, err := findDate(s)
	return t, err
}

// findDate is ParseDate that also returns the byte span of the date (and
// time) in the normalised form of s, and that form.
func findDate(s string) (time.Time, [2]int, string, error) {
	tab := dateTablesOnce()
	n := strings.ToLower(arabic.Normalize(s))
	type cand struct {
		at       int
		span     [2]int
		y, mo, d int
	}
	var best *cand
	consider := func(c cand) {
		if c.y < 1900 || c.y > 2100 || c.mo < 1 || c.mo > 12 || c.d < 1 || c.d > daysIn(c.y, c.mo) {
			return
		}
		if best == nil || c.at < best.at {
			best = &c
		}
	}
	for _, m := range tab.named.FindAllStringSubmatchIndex(n, 4) {
		d, _ := strconv.Atoi(n[m[2]:m[3]])
		mo := tab.months[n[m[4]:m[5]]]
		if m[6] >= 0 {
			// A paired name ("تموز/يوليو") must agree; else skip it.
			if mo2 := tab.months[n[m[6]:m[7]]]; mo2 != mo {
				continue
			}
		}
		y, _ := strconv.Atoi(n[m[8]:m[9]])
		consider(cand{at: m[2], span: [2]int{m[2], m[9]}, y: y, mo: mo, d: d})
	}
	for _, m := range tab.numeric.FindAllStringSubmatchIndex(n, 4) {
		if m[2] >= 0 {
			y, _ := strconv.Atoi(n[m[2]:m[3]])
			mo, _ := strconv.Atoi(n[m[4]:m[5]])
			d, _ := strconv.Atoi(n[m[6]:m[7]])
			consider(cand{at: m[2], span: [2]int{m[2], m[7]}, y: y, mo: mo, d: d})
			continue
		}
		d, _ := strconv.Atoi(n[m[8]:m[9]])
		mo, _ := strconv.Atoi(n[m[10]:m[11]])
		y, _ := strconv.Atoi(n[m[12]:m[13]])
		if mo > 12 && d <= 12 {
			d, mo = mo, d
		}
		consider(cand{at: m[8], span: [2]int{m[8], m[13]}, y: y, mo: mo, d: d})
	}
	if best == nil {
		return time.Time{}, [2]int{}, n, ErrNoDate
	}
	h, mi, sec, end := readClock(tab, n[best.span[1]:])
	best.span[1] += end
	loc := time.UTC
	if z := tab.zone.FindStringSubmatchIndex(n[best.span[1]:]); z != nil {
		rest := n[best.span[1]:]
		zh, _ := strconv.Atoi(rest[z[4]:z[5]])
		zm := 0
		if z[6] >= 0 {
			zm, _ = strconv.Atoi(rest[z[6]:z[7]])
		}
		if len(rest[z[4]:z[5]]) == 2 && z[6] < 0 && zh > 14 {
			zh = -1 // "+0400" split wrongly: ignore
		}
		if zh >= 0 && zh <= 14 && zm < 60 {
			off := (zh*60 + zm) * 60
			if rest[z[2]:z[3]] == "-" {
				off = -off
			}
			loc = time.FixedZone("", off)
			best.span[1] += z[1]
		}
	}
	return time.Date(best.y, time.Month(best.mo), best.d, h, mi, sec, 0, loc), best.span, n, nil
}

// readClock reads a clock time near the start of s; it returns zeros and
// end 0 when there is none.
func readClock(tab *dateTables, s string) (h, m, sec, end int) {
	c := tab.clock.FindStringSubmatchIndex(s)
	if c == nil {
		return 0, 0, 0, 0
	}
	h, _ = strconv.Atoi(s[c[2]:c[3]])
	m, _ = strconv.Atoi(s[c[4]:c[5]])
	if c[6] >= 0 {
		sec, _ = strconv.Atoi(s[c[6]:c[7]])
	}
	if c[8] >= 0 {
		switch s[c[8]:c[9]] {
		case "pm", "م", "مساء", "مساءا":
			if h < 12 {
				h += 12
			}
		case "am", "ص", "صباحا":
			if h == 12 {
				h = 0
			}
		}
	}
	if h > 23 || m > 59 || sec > 59 {
		return 0, 0, 0, 0
	}
	return h, m, sec, c[1]
}

// daysIn is the number of days of month mo in year y.
func daysIn(y, mo int) int {
	return time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// bareDate reports whether line is only a date (with weekday, clock time
// and labels such as "نشر في"), and returns that date.
func bareDate(line string) (time.Time, bool) {
	if countWords(line) > 12 {
		return time.Time{}, false
	}
	t, span, n, err := findDate(line)
	if err != nil {
		return time.Time{}, false
	}
	rest := n[:span[0]] + " " + n[span[1]:]
	ws, _ := keyWords(rest)
	tab := dateTablesOnce()
	for i := 0; i < len(ws); {
		if l := tab.weekdays.prefix(ws[i:]); l > 0 {
			i += l
			continue
		}
		if _, ok := tab.months[ws[i].key]; ok {
			i++
			continue
		}
		if _, err := strconv.Atoi(ws[i].key); err == nil {
			i++
			continue
		}
		return time.Time{}, false
	}
	return t, true
}

// parseMetaTime reads a machine date from a meta tag or JSON-LD: RFC 3339
// and its common variants, keeping the stated zone.
func parseMetaTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{
		time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700",
		"2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05 Z0700", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02",
		time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700",
		"Mon, 02 Jan 2006 15:04:05 MST", "20060102",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if t, err := ParseDate(s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("document: unreadable date %q: %w", truncate(s, 40), ErrNoDate)
}

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
