package timex

// knownWords is the union of the lexicon tables a temporal expression is
// made of (see known): one look-up instead of one a table. Read-only after
// package initialisation.
var knownWords = func() map[string]bool {
	set := map[string]bool{}
	addKeys(set, monthNames)
	addKeys(set, weekdays)
	addKeys(set, dayWords)
	addKeys(set, units)
	addKeys(set, periods)
	addKeys(set, pluralPeriods)
	addKeys(set, seasons)
	addKeys(set, decades)
	addKeys(set, frequencyAdverbs)
	addKeys(set, numberWords)
	addKeys(set, ordinals)
	for _, k := range []string{"منذ", "قبل", "بعد", "يوم", "كل", "الساعه", "احد", "احدي", "اثني", "اثنا", "الليله", "مطلع", "نهايه", "بدايه", "منتصف", "اوايل", "اواخر"} {
		set[k] = true
	}
	for k, v := range yearWords {
		set[k] = set[k] || v
	}
	for k, v := range centuryWords {
		set[k] = set[k] || v
	}
	return set
}()

// startWords is the set of keys an expression may start at (see mayStart):
// knownWords and the modifiers and cue words in front of an expression.
// Read-only after package initialisation.
var startWords = func() map[string]bool {
	set := map[string]bool{}
	for k, v := range knownWords {
		set[k] = v
	}
	addKeys(set, rangeMods)
	addKeys(set, vagueWords)
	addKeys(set, frequencyAdjectives)
	addKeys(set, hijriMonths)
	for _, k := range []string{"هذا", "هذه", "في", "اول", "شهر", "فصل", "الربع", "النصف", "اكثر", "اقل", "نحو", "حوالي", "قرابه", "زهاء", "ما",
		"ربيع", "جمادي", "ذو", "ذي", "كانون", "تشرين"} {
		set[k] = true
	}
	return set
}()

// addKeys adds the keys of table to set.
func addKeys[V any](set map[string]bool, table map[string]V) {
	for k := range table {
		set[k] = true
	}
}
