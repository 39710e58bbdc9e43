package timex

import "fmt"

// Score accumulates agreement between system expressions and TimeML gold
// annotations: extent matches (strict: same span; overlap: spans share a
// byte) and, over overlapping matches, value and type agreement per gold
// TIMEX3 type. The zero Score is ready to use.
type Score struct {
	Gold, System, Strict, Overlap int
	// ByType is keyed by gold TIMEX3 type.
	ByType map[string]*TypeScore
	// Notes lists misses, value mismatches and extra expressions, for
	// error analysis.
	Notes []string
}

// TypeScore counts, for one gold type, gold expressions, overlapping
// matches, matches with an equal value and matches with an equal type.
type TypeScore struct{ Gold, Matched, Value, Type int }

// Add scores one document: each gold expression is paired with the first
// unused system expression overlapping it (one to one, in text order).
func (s *Score) Add(doc string, gold []Timex, sys []Expression) {
	if s.ByType == nil {
		s.ByType = map[string]*TypeScore{}
	}
	s.Gold += len(gold)
	s.System += len(sys)
	used := make([]bool, len(sys))
	for _, g := range gold {
		ts := s.ByType[g.Type]
		if ts == nil {
			ts = &TypeScore{}
			s.ByType[g.Type] = ts
		}
		ts.Gold++
		found := -1
		for j, e := range sys {
			if !used[j] && e.Start < g.End && g.Start < e.End {
				found = j
				break
			}
		}
		if found < 0 {
			s.Notes = append(s.Notes, fmt.Sprintf("MISS  %s %s %q %s", doc, g.Type, g.Text, g.Value))
			continue
		}
		used[found] = true
		e := sys[found]
		s.Overlap++
		ts.Matched++
		if e.Start == g.Start && e.End == g.End {
			s.Strict++
		}
		if e.Value == g.Value {
			ts.Value++
		} else {
			s.Notes = append(s.Notes, fmt.Sprintf("VALUE %s %s %q gold=%s sys %q=%s", doc, g.Type, g.Text, g.Value, e.Text, e.Value))
		}
		if e.Type == g.Type {
			ts.Type++
		}
	}
	for j, e := range sys {
		if !used[j] {
			s.Notes = append(s.Notes, fmt.Sprintf("EXTRA %s %s %q %s", doc, e.Type, e.Text, e.Value))
		}
	}
}

// PRF returns precision, recall and F1 of n correct expressions.
func (s *Score) PRF(n int) (p, r, f float64) {
	if s.System > 0 {
		p = float64(n) / float64(s.System)
	}
	if s.Gold > 0 {
		r = float64(n) / float64(s.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
