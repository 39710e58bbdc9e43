package eval

import (
	"strings"

	"github.com/marsad/marsad/extract"
)

// scoreTimes matches times greedily one to one: each gold time, in gold
// order, takes the first unmatched system time whose text agrees and whose
// value is equal (timeValueEqual).
func scoreTimes(g *Gold, a *extract.Analysis) ItemScore {
	var s ItemScore
	used := make([]bool, len(a.Times))
	for _, gt := range g.Times {
		text := Normalize(gt.Text)
		matched, got := -1, ""
		for j, st := range a.Times {
			if used[j] || Normalize(st.Text) != text {
				continue
			}
			if timeValueEqual(gt.Value, st.Value) {
				matched = j
				break
			}
			if got == "" {
				got = st.Value
			}
		}
		if matched >= 0 {
			used[matched] = true
			s.Counts.TP++
			s.Counts.SysTP++
			continue
		}
		s.Counts.FN++
		label := gt.Text + " = " + gt.Value
		if got != "" {
			label += " (got " + got + ")"
		}
		s.Misses = append(s.Misses, label)
	}
	for j, st := range a.Times {
		if !used[j] {
			s.Counts.FP++
			s.FalsePositives = append(s.FalsePositives, st.Text+" = "+st.Value)
		}
	}
	return s
}

// timeValueEqual compares values trimmed, with white-space runs folded and
// case ignored (p3w = P3W). A "relative: …" description must therefore be
// worded exactly as the gold's (package timex follows the same scheme).
func timeValueEqual(gold, sys string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(gold), " "), strings.Join(strings.Fields(sys), " "))
}
