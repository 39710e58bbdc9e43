package timex

import "time"

// rule tries to match an expression starting at token i; it returns the
// number of tokens used. Find keeps the longest match at each position.
type rule func(s *scanner, i int) (int, Expression, bool)

// rules in order of preference among matches of equal length.
var rules = [...]rule{
	ruleNumericDate, ruleHijri, ruleDate, ruleMonth, ruleYear, ruleDeictic, ruleWeekday,
	rulePeriod, ruleAgo, rulePluralPeriod, ruleDuration, ruleOneUnit, ruleCentury,
	ruleDecade, ruleSeason, ruleQuarter, ruleSet, ruleClock, ruleNight, ruleVague,
}

// Find returns the temporal expressions in text, in order, resolved
// against ref (the article's publication or fetch date). Vague references
// are left out; see FindOptions.
func Find(text string, ref time.Time) []Expression {
	return FindOptions(text, ref, Options{})
}

// FindOptions is Find with options.
func FindOptions(text string, ref time.Time, opts Options) []Expression {
	s := &scanner{text: text, toks: tokenize(text), ref: ref, opts: opts}
	var out []Expression
	for i := 0; i < len(s.toks); {
		if t := s.toks[i]; t.kind == tPunct || t.kind == tWord && !mayStart(t.key) {
			i++
			continue
		}
		n, e, ok := s.best(i)
		if !ok {
			i++
			continue
		}
		e.Start, e.End = s.toks[i].start, s.toks[i+n-1].end
		e.Text = text[e.Start:e.End]
		out = append(out, e)
		i += n
	}
	return out
}

// best returns the longest match at i, with a range or quantity modifier
// in front (أوائل شهر مارس، أكثر من قرن) folded in.
func (s *scanner) best(i int) (int, Expression, bool) {
	if mod, ok := rangeMods[s.w(i)]; ok {
		j := i + 1
		if s.w(j) == "شهر" {
			if _, _, _, ok := s.month(j + 1); !ok {
				j = i + 1
			}
		}
		if n, e, ok := s.longest(j); ok && e.Type == Date {
			e.Mod = mod
			return j - i + n, e, true
		}
	}
	if q, qn, ok := lookup2(s, i, quantityMods); ok {
		if n, e, ok := s.longest(i + qn); ok && e.Type == Duration {
			e.Mod = q
			return qn + n, e, true
		}
	}
	return s.longest(i)
}

// longest runs every rule at i and keeps the longest match.
func (s *scanner) longest(i int) (int, Expression, bool) {
	bestN := 0
	var best Expression
	for _, r := range rules {
		if n, e, ok := r(s, i); ok && n > bestN && i+n <= len(s.toks) {
			bestN, best = n, e
		}
	}
	return bestN, best, bestN > 0
}
