package timex

// dayWords are deictic day words and their offset from the reference date.
var dayWords = map[string]int{
	"اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1, "غدا": 1, "الغد": 1,
}

// dayPhrases are two-word deictic days.
var dayPhrases = map[string]int{
	"اول امس": -2, "اول من امس": -2, "بعد غد": 2, "يوم امس": -1, "يوم غد": 1,
}

// notToday are words that, right after اليوم, make it "the day" rather
// than "today" (اليوم الأول، اليوم الوطني، اليوم الذي).
var notToday = map[string]bool{
	"الاول": true, "الثاني": true, "الثالث": true, "الرابع": true, "الخامس": true, "الاخير": true,
	"التالي": true, "السابق": true, "الوطني": true, "العالمي": true, "الدولي": true, "الذي": true,
	"المفتوح": true, "الموعود": true, "نفسه": true, "ذاته": true,
}

// vagueWords are one-word vague references (with Options.Vague).
var vagueWords = map[string]string{
	"الان": "PRESENT_REF", "حاليا": "PRESENT_REF", "موخرا": "PAST_REF", "سابقا": "PAST_REF",
	"قريبا": "FUTURE_REF", "انذاك": "PAST_REF", "حينذاك": "PAST_REF", "انيذ": "PAST_REF",
}

// vaguePhrases are multi-word vague references (with Options.Vague).
var vaguePhrases = map[string]string{
	"في الوقت الحالي": "PRESENT_REF", "في الوقت الراهن": "PRESENT_REF", "هذه الايام": "PRESENT_REF",
	"في السابق": "PAST_REF", "في الماضي": "PAST_REF", "في المستقبل": "FUTURE_REF", "في وقت لاحق": "FUTURE_REF",
}

// frequencyAdverbs are one-word sets (يوميا → P1D).
var frequencyAdverbs = map[string]string{
	"يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "ساعيا": "PT1H",
}

// frequencyAdjectives are adjectives of frequency (اليومية → P1D), sets in
// TimeML; reported with Options.Vague only.
var frequencyAdjectives = map[string]string{
	"اليومي": "P1D", "اليوميه": "P1D", "يومي": "P1D", "يوميه": "P1D",
	"الاسبوعي": "P1W", "الاسبوعيه": "P1W", "اسبوعي": "P1W", "اسبوعيه": "P1W",
	"الشهري": "P1M", "الشهريه": "P1M", "شهري": "P1M", "شهريه": "P1M",
	"السنوي": "P1Y", "السنويه": "P1Y", "سنوي": "P1Y", "سنويه": "P1Y",
}

// yearWords introduce a year (عام 2011، العام 2011، سنة 2011).
var yearWords = map[string]bool{"عام": true, "العام": true, "سنه": true, "السنه": true, "عامي": true}

// centuryWords introduce a century (القرن العشرين).
var centuryWords = map[string]bool{"القرن": true, "قرن": true}

// yearPreps may precede a bare year of the 1800s (في 1881، منذ 1840).
var yearPreps = map[string]bool{"في": true, "منذ": true, "حتي": true, "عام": true, "سنه": true, "وفي": true}
