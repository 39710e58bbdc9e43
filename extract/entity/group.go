package entity

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// propagate finds further mentions of the names already found: a name the
// tagger recognised once is the same name wherever else it occurs in the
// document (with or without proclitics). Longer names go first.
func (d *docState) propagate() {
	type form struct {
		typ  string
		keys []string
	}
	seen := make(map[string]bool)
	var forms []form
	for _, m := range d.mentions {
		if seen[m.key] {
			continue
		}
		seen[m.key] = true
		keys := strings.Fields(m.key)
		if len(keys) == 1 && (utf8.RuneCountInString(keys[0]) < 3 || d.lex().kind(keys[0])&(kindTitle|kindOrgHead|kindLocHead) != 0) {
			continue
		}
		forms = append(forms, form{m.typ, keys})
		// An institution is named by its head's complement too (حكومة
		// الوفاق → الوفاق).
		if m.typ == ORG && len(keys) == 2 && d.r.heads[keys[0]] && !seen[keys[1]] && utf8.RuneCountInString(keys[1]) >= 4 &&
			d.lex().kind(keys[1])&(kindTitle|kindOrgHead|kindLocHead) == 0 && !d.r.stop[keys[1]] {
			seen[keys[1]] = true
			forms = append(forms, form{m.typ, keys[1:]})
		}
		// A person's surname alone names them too (المسماري).
		if last := keys[len(keys)-1]; m.typ == PER && len(keys) > 1 && !seen[last] && utf8.RuneCountInString(last) >= 3 &&
			d.lex().kind(last)&(kindFirstName|kindTitle) == 0 {
			seen[last] = true
			forms = append(forms, form{m.typ, []string{last}})
		}
	}
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].keys) > len(forms[j].keys) })
	for _, f := range forms {
		for si, s := range d.sents {
			for ti := 0; ti+len(f.keys) <= len(s.toks); ti++ {
				if !d.matchesAt(si, ti, f.keys) {
					continue
				}
				d.addMention(si, f.typ, ti, ti+len(f.keys), nil)
			}
		}
	}
}

// matchesAt reports whether the uncovered tokens of sentence si from ti on
// spell keys (the first token may carry proclitics).
func (d *docState) matchesAt(si, ti int, keys []string) bool {
	for j, k := range keys {
		if d.covered[si][ti+j] != "" {
			return false
		}
		w := d.word(si, ti+j)
		if w.key != k && (j > 0 || w.name != k) {
			return false
		}
	}
	return true
}

// group merges mentions into document entities.
func (d *docState) group() []Entity {
	// The type of a name is the majority of its mentions' types.
	votes := make(map[string]map[string]int)
	for _, m := range d.mentions {
		if votes[m.key] == nil {
			votes[m.key] = make(map[string]int)
		}
		votes[m.key][m.typ]++
	}
	keyType := make(map[string]string)
	for k, v := range votes {
		best := ""
		for _, t := range []string{PER, ORG, LOC, MISC} {
			if best == "" || v[t] > v[best] {
				best = t
			}
		}
		keyType[k] = best
	}
	type group struct {
		typ    string
		keys   [][]string
		ms     []int
		first  int
		counts map[string]int // surface form → mentions
	}
	// Distinct keys, longest first, then by first occurrence.
	firstAt := make(map[string]int)
	var keys []string
	for _, m := range d.mentions {
		if _, ok := firstAt[m.key]; !ok {
			firstAt[m.key] = m.start
			keys = append(keys, m.key)
		} else if m.start < firstAt[m.key] {
			firstAt[m.key] = m.start
		}
	}
	sort.SliceStable(keys, func(i, j int) bool {
		li, lj := strings.Count(keys[i], " "), strings.Count(keys[j], " ")
		if li != lj {
			return li > lj
		}
		return firstAt[keys[i]] < firstAt[keys[j]]
	})
	var groups []*group
	groupOf := make(map[string]*group)
	for _, k := range keys {
		typ := keyType[k]
		if typ == MISC && !d.r.keepMisc {
			continue
		}
		words := strings.Fields(k)
		var into *group
		for _, g := range groups {
			if g.typ != typ {
				continue
			}
			for _, gk := range g.keys {
				if partOf(words, gk, typ) {
					into = g
					break
				}
			}
			if into != nil {
				break
			}
		}
		if g := groupOf[d.aliases[k]]; into == nil && g != nil && g.typ == typ {
			into = g // a short form with its long name (الأونروا)
		}
		if into == nil {
			into = &group{typ: typ, counts: make(map[string]int)}
			groups = append(groups, into)
		}
		into.keys = append(into.keys, words)
		groupOf[k] = into
	}
	for i, m := range d.mentions {
		g := groupOf[m.key]
		if g == nil {
			continue
		}
		g.ms = append(g.ms, i)
		g.counts[m.form]++
	}
	for _, g := range groups {
		g.first = d.mentions[g.ms[0]].start
		for _, i := range g.ms {
			g.first = min(g.first, d.mentions[i].start)
		}
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].first < groups[j].first })
	var out []Entity
	for _, g := range groups {
		e := Entity{Type: g.typ}
		e.Canonical = d.canonical(g.typ, g.counts, g.ms)
		if d.generic(e.Canonical) {
			continue
		}
		sort.SliceStable(g.ms, func(a, b int) bool { return d.mentions[g.ms[a]].start < d.mentions[g.ms[b]].start })
		seenRole := make(map[string]bool)
		seenAlias := map[string]bool{phraseKey(e.Canonical): true}
		for _, i := range g.ms {
			m := d.mentions[i]
			e.Mentions = append(e.Mentions, Mention{Text: d.body[m.start:m.end], Start: m.start, End: m.end})
			if k := phraseKey(m.form); !seenAlias[k] {
				seenAlias[k] = true
				e.Aliases = append(e.Aliases, m.form)
			}
			for _, r := range m.roles {
				if k := phraseKey(r); !seenRole[k] {
					seenRole[k] = true
					e.Roles = append(e.Roles, r)
				}
			}
		}
		e.ID = "E" + strconv.Itoa(len(out)+1)
		out = append(out, e)
	}
	return out
}

// partOf reports whether name words is part of the longer name gk: for a
// person, a contiguous run of its words (حفتر ⊂ خليفة حفتر); for other
// types, a subsequence sharing its first or last word (الجيش الليبي ⊂
// الجيش الوطني الليبي, الوفاق ⊂ حكومة الوفاق).
func partOf(words, gk []string, typ string) bool {
	if len(words) > len(gk) {
		return false
	}
	if typ == PER {
		for i := 0; i+len(words) <= len(gk); i++ {
			if slices.Equal(words, gk[i:i+len(words)]) {
				return true
			}
		}
		return false
	}
	if words[0] != gk[0] && words[len(words)-1] != gk[len(gk)-1] {
		return false
	}
	j := 0
	for _, w := range gk {
		if j < len(words) && w == words[j] {
			j++
		}
	}
	return j == len(words)
}

// canonical picks an entity's name: for a person the longest form (titles
// are already removed), otherwise the most frequent multi-word form (or
// the most frequent form if none has several words), the longer on a tie;
// ties after that go to the form seen first.
func (d *docState) canonical(typ string, counts map[string]int, ms []int) string {
	best := ""
	bestWords, bestCount := 0, 0
	for _, i := range ms { // document order breaks ties
		f := d.mentions[i].form
		w, c := len(strings.Fields(f)), counts[f]
		better := false
		if typ == PER || typ == ORG {
			// The most complete name: a person's full name, an
			// organisation's long form (المرصد الوطني لحقوق الطفل rather
			// than المرصد الوطني, however often the article shortens it).
			better = w > bestWords || (w == bestWords && c > bestCount)
		} else {
			// A multi-word form names an institution better than its
			// complement alone (حكومة الوفاق rather than الوفاق).
			multi, bestMulti := w > 1, bestWords > 1
			better = (multi && !bestMulti) || (multi == bestMulti && (c > bestCount || (c == bestCount && w > bestWords)))
		}
		if best == "" || better {
			best, bestWords, bestCount = f, w, c
		}
	}
	return best
}

// generic reports whether a name is only a common head word (الحكومة،
// المدينة) rather than a name.
func (d *docState) generic(name string) bool {
	k := phraseKey(name)
	if strings.Contains(k, " ") {
		return false
	}
	return d.lex().kind(k)&(kindTitle|kindOrgHead|kindLocHead) != 0
}
