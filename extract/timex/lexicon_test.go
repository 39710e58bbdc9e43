package timex

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/arabic"
)

// TestLexiconKeysNormalised checks that every table key is already in the
// form tokens are matched in (arabic.Normalize, words joined by one space).
func TestLexiconKeysNormalised(t *testing.T) {
	check := func(name string, keys []string) {
		t.Run(name, func(t *testing.T) {
			for _, k := range keys {
				if n := strings.Join(strings.Fields(arabic.Normalize(k)), " "); n != k {
					t.Errorf("key %q is not normalised (want %q)", k, n)
				}
			}
		})
	}
	check("monthNames", keys(monthNames))
	check("weakMonths", keys(weakMonths))
	check("hijriMonths", keys(hijriMonths))
	check("hijriMarks", keys(hijriMarks))
	check("weekdays", keys(weekdays))
	check("seasons", keys(seasons))
	check("decades", keys(decades))
	check("numberWords", keys(numberWords))
	check("ordinals", keys(ordinals))
	check("hourWords", keys(hourWords))
	check("vagueQuantities", keys(vagueQuantities))
	check("units", keys(units))
	check("periods", keys(periods))
	check("pluralPeriods", keys(pluralPeriods))
	check("pastMods", keys(pastMods))
	check("futureMods", keys(futureMods))
	check("currentMods", keys(currentMods))
	check("rangeMods", keys(rangeMods))
	check("quantityMods", keys(quantityMods))
	check("dayWords", keys(dayWords))
	check("dayPhrases", keys(dayPhrases))
	check("notToday", keys(notToday))
	check("vagueWords", keys(vagueWords))
	check("vaguePhrases", keys(vaguePhrases))
	check("frequencyAdverbs", keys(frequencyAdverbs))
	check("frequencyAdjectives", keys(frequencyAdjectives))
	check("yearWords", keys(yearWords))
	check("centuryWords", keys(centuryWords))
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
