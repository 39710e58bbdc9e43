package timex

import (
	"time"

	"github.com/marsad/marsad/arabic"
)

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
//
// With a zero ref (no reference date is known) expressions are still found,
// but values that depend on the reference are not made up: the text is read
// against two different reference dates and every digit on which the two
// readings disagree becomes X, in TimeML's notation for unknown parts
// ("اليوم الخميس" → XXXX-XX-XX), while absolute values ("عام 2011" → 2011)
// and descriptions of relative spans stay as they are.
func FindOptions(text string, ref time.Time, opts Options) []Expression {
	return FindDocument(arabic.NewDocument(text), ref, opts)
}

// FindDocument is FindOptions over the shared analysis of a text: it
// reads the document's tokens and segments instead of making its own.
func FindDocument(doc *arabic.Document, ref time.Time, opts Options) []Expression {
	toks := tokensOf(doc)
	if ref.IsZero() {
		return unresolved(doc.Text, toks, opts)
	}
	return find(doc.Text, toks, ref, opts)
}

// probeA and probeB are the two reference dates unresolved reads a text
// against: every digit of year, month and day differs, and so does the weekday.
var (
	probeA = time.Date(1987, 3, 14, 12, 0, 0, 0, time.UTC)
	probeB = time.Date(2012, 10, 26, 12, 0, 0, 0, time.UTC)
)

func unresolved(text string, toks []token, opts Options) []Expression {
	a, b := find(text, toks, probeA, opts), find(text, toks, probeB, opts)
	vb := map[[2]int]string{}
	for _, e := range b {
		vb[[2]int{e.Start, e.End}] = e.Value
	}
	for i := range a {
		other, ok := vb[[2]int{a[i].Start, a[i].End}]
		if !ok || other != a[i].Value {
			a[i].Value = maskDiffering(a[i].Value, other)
		}
	}
	return a
}

// maskDiffering replaces with X the digits of v that differ from w (all
// digits when the two have different lengths).
func maskDiffering(v, w string) string {
	rv, rw := []rune(v), []rune(w)
	for i, r := range rv {
		if r >= '0' && r <= '9' && (len(rv) != len(rw) || rw[i] != r) {
			rv[i] = 'X'
		}
	}
	return string(rv)
}

func find(text string, toks []token, ref time.Time, opts Options) []Expression {
	s := &scanner{text: text, toks: toks, ref: ref, opts: opts}
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
