package ui

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Arabic labels for the codes the store keeps in English: PLOVER event
// types, place kinds, event modalities, and the units of the ingest page.

// eventTypeNames are the PLOVER event types in Arabic.
var eventTypeNames = map[string]string{
	"AGREE":      "اتفاق",
	"ACCUSE":     "اتهام",
	"AID":        "مساعدة",
	"ASSAULT":    "اعتداء",
	"COERCE":     "إكراه",
	"CONCEDE":    "تنازل",
	"CONSULT":    "تشاور",
	"COOPERATE":  "تعاون",
	"DEMAND":     "مطالبة",
	"DISAPPROVE": "استنكار",
	"MOBILIZE":   "حشد",
	"PROTEST":    "احتجاج",
	"REJECT":     "رفض",
	"REQUEST":    "طلب",
	"RETREAT":    "تراجع",
	"SANCTION":   "عقوبات",
	"SUPPORT":    "دعم",
	"THREATEN":   "تهديد",
}

// eventTypeName is the Arabic label of a PLOVER event type (the code
// itself when unknown).
func eventTypeName(t string) string {
	if n, ok := eventTypeNames[t]; ok {
		return n
	}
	return t
}

// placeKindName is the Arabic label of a place kind (see extract/geo).
func placeKindName(k string) string {
	switch k {
	case "country":
		return "بلد"
	case "city":
		return "مدينة"
	case "region":
		return "منطقة"
	case "site":
		return "موقع"
	case "water":
		return "مسطح مائي"
	}
	return k
}

// modalityName is the Arabic label of an event's modality.
func modalityName(m string) string {
	switch m {
	case "asserted":
		return "مؤكَّد"
	case "reported":
		return "منقول"
	case "future":
		return "مُزمَع"
	case "negated":
		return "منفي"
	case "conditional":
		return "مشروط"
	}
	return m
}

// fmtBytes writes a size in bytes in Arabic units, two significant
// decimals at most.
func fmtBytes(n int64) string {
	units := []string{"بايت", "كيلوبايت", "ميغابايت", "غيغابايت", "تيرابايت"}
	v, i := float64(n), 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return strconv.FormatInt(n, 10) + " " + units[0]
	}
	return trimFloat(v) + " " + units[i]
}

// fmtDuration writes a duration in Arabic words: "22.8 ثانية",
// "3 دقائق و12 ثانية", "ساعة و5 دقائق".
func fmtDuration(d time.Duration) string {
	switch {
	case d < 0:
		return "-" + fmtDuration(-d)
	case d < time.Second:
		return strconv.FormatInt(d.Milliseconds(), 10) + " ملّي ثانية"
	case d < time.Minute:
		return trimFloat(d.Seconds()) + " ثانية"
	case d < time.Hour:
		return joinUnits(counted(int(d.Minutes()), minuteWords), counted(int(d.Seconds())%60, secondWords))
	}
	return joinUnits(counted(int(d.Hours()), hourWords), counted(int(d.Minutes())%60, minuteWords))
}

// Forms of a counted noun: one, two, three to ten, eleven and more.
var (
	secondWords = [4]string{"ثانية", "ثانيتان", "ثوانٍ", "ثانية"}
	minuteWords = [4]string{"دقيقة", "دقيقتان", "دقائق", "دقيقة"}
	hourWords   = [4]string{"ساعة", "ساعتان", "ساعات", "ساعة"}
)

// nouns are the counted nouns pages use, by name.
var nouns = map[string][4]string{
	"article": {"مقال واحد", "مقالان", "مقالات", "مقالاً"},
	"copy":    {"نسخة مكررة", "نسختان مكررتان", "نسخ مكررة", "نسخة مكررة"},
	"source":  {"مصدر واحد", "مصدرين", "مصادر", "مصدراً"},
	"story":   {"قصة واحدة", "قصتان", "قصص", "قصة"},
	"quote":   {"اقتباس واحد", "اقتباسان", "اقتباسات", "اقتباساً"},
	"event":   {"حدث واحد", "حدثان", "أحداث", "حدثاً"},
}

// count writes n of the noun called name as Arabic counts it ("0 …" for
// none): for the templates.
func count(n int, name string) string {
	w := nouns[name]
	if n <= 0 {
		return "0 " + w[3]
	}
	return counted(n, w)
}

// counted writes n of a noun as Arabic counts it ("" for 0): the noun
// alone for one and two, else the number and the plural (3–10) or the
// singular (11 and more).
func counted(n int, w [4]string) string {
	switch {
	case n <= 0:
		return ""
	case n == 1:
		return w[0]
	case n == 2:
		return w[1]
	case n <= 10:
		return strconv.Itoa(n) + " " + w[2]
	}
	return strconv.Itoa(n) + " " + w[3]
}

// joinUnits joins the non-empty parts with "و".
func joinUnits(a, b string) string {
	switch {
	case b == "":
		return a
	case a == "":
		return b
	}
	return a + " و" + b
}

// trimFloat formats v with one decimal under 100 (none from 100), without
// a trailing ".0".
func trimFloat(v float64) string {
	if v >= 100 {
		return strconv.FormatFloat(math.Round(v), 'f', 0, 64)
	}
	return strings.TrimSuffix(strconv.FormatFloat(v, 'f', 1, 64), ".0")
}

// fmtTime writes a time as "2018-05-20 23:55 UTC" ("" for the zero time).
// Pages wrap it in <time dir="ltr">: its digits and dashes would be
// reordered inside right-to-left text.
func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04") + " UTC"
}

// monthNames are the Gregorian months as Arab news writes them.
var monthNames = [...]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}

// dayMonth writes a day as "25 يونيو".
func dayMonth(t time.Time) string { return strconv.Itoa(t.Day()) + " " + monthNames[t.Month()-1] }
