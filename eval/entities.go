package eval

import (
	"fmt"
	"strings"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
)

// ScoreEntities scores the distinct entities of a against g; Score uses it
// for the entity layer, and it is the project's one entity scorer (the
// entity tagger's own tests call it too). A system entity may match a gold
// entity of the same type when its canonical name or a mention text equals
// the gold canonical name or an alias; the largest one-to-one assignment of
// system entities to non-optional gold entities is taken (augmenting paths,
// gold and system in document order). Unassigned system entities are false
// positives unless they could match an optional gold entity (ignored).
// A system entity with any text in entities_forbidden is a false positive
// and takes no part in matching.
func ScoreEntities(g *Gold, a *extract.Analysis) EntityScore {
	forbidden := nameSet{}
	forbidden.add(g.EntitiesForbidden...)

	goldNames := make([]nameSet, len(g.Entities))
	for i, e := range g.Entities {
		goldNames[i] = goldEntityNames(e)
	}
	sysNames := make([]nameSet, len(a.Entities))
	isForbidden := make([]bool, len(a.Entities))
	for j, e := range a.Entities {
		sysNames[j] = systemEntityNames(e)
		isForbidden[j] = sysNames[j].meets(forbidden)
	}
	// edges[i] lists the system entities that may match gold entity i.
	edges := make([][]int, len(g.Entities))
	optionalHit := make([]bool, len(a.Entities))
	for i, ge := range g.Entities {
		for j, se := range a.Entities {
			if isForbidden[j] || normType(ge.Type) != normType(se.Type) || !goldNames[i].meets(sysNames[j]) {
				continue
			}
			if ge.Optional {
				optionalHit[j] = true
			} else {
				edges[i] = append(edges[i], j)
			}
		}
	}
	goldOf := maxMatching(edges, len(a.Entities))

	s := EntityScore{ByType: map[string]Counts{}}
	sysOf := make([]int, len(g.Entities))
	for i := range sysOf {
		sysOf[i] = -1
	}
	for j, i := range goldOf {
		if i >= 0 {
			sysOf[i] = j
		}
	}
	for i, ge := range g.Entities {
		if ge.Optional {
			continue
		}
		t := normType(ge.Type)
		c := s.ByType[t]
		j := sysOf[i]
		if j < 0 {
			c.FN++
			s.Misses = append(s.Misses, t+" "+ge.Canonical)
		} else {
			c.TP++
			c.SysTP++
			s.Found++
			if n := mentionCount(a.Entities[j]); n >= ge.MinMentions {
				s.ReachedMin++
			} else {
				s.BelowMin = append(s.BelowMin, fmt.Sprintf("%s %s %d/%d", t, ge.Canonical, n, ge.MinMentions))
			}
		}
		s.ByType[t] = c
	}
	for j, se := range a.Entities {
		t := normType(se.Type)
		switch {
		case goldOf[j] >= 0:
		case isForbidden[j]:
			s.ByType[t] = s.ByType[t].Add(Counts{FP: 1})
			s.FalsePositives = append(s.FalsePositives, t+" "+entityLabel(se)+" (forbidden)")
		case optionalHit[j]:
			s.Ignored = append(s.Ignored, t+" "+entityLabel(se))
		default:
			s.ByType[t] = s.ByType[t].Add(Counts{FP: 1})
			s.FalsePositives = append(s.FalsePositives, t+" "+entityLabel(se))
		}
	}
	for _, c := range s.ByType {
		s.Counts = s.Counts.Add(c)
	}
	return s
}

// systemEntityNames is the normalised canonical name and mention texts of e.
func systemEntityNames(e entity.Entity) nameSet {
	s := nameSet{}
	s.add(e.Canonical)
	for _, m := range e.Mentions {
		s.add(m.Text)
	}
	return s
}

// maxMatching returns, for each of nSys system items, the gold item it is
// assigned to (-1: none) in a maximum one-to-one matching of the bipartite
// graph edges (gold i → candidate system items), found by augmenting paths
// tried in gold order, candidates in system order.
func maxMatching(edges [][]int, nSys int) []int {
	goldOf := make([]int, nSys)
	for j := range goldOf {
		goldOf[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range edges[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if goldOf[j] < 0 || try(goldOf[j], seen) {
				goldOf[j] = i
				return true
			}
		}
		return false
	}
	for i := range edges {
		try(i, make([]bool, nSys))
	}
	return goldOf
}

// mentionCount counts e's mentions, a repeated span (End > Start) once.
func mentionCount(e entity.Entity) int {
	type span struct{ s, e int }
	seen := map[span]bool{}
	n := 0
	for _, m := range e.Mentions {
		if m.End > m.Start {
			k := span{m.Start, m.End}
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		n++
	}
	return n
}

// entityLabel names a system entity in a report.
func entityLabel(e entity.Entity) string {
	if strings.TrimSpace(e.Canonical) != "" {
		return e.Canonical
	}
	for _, m := range e.Mentions {
		if strings.TrimSpace(m.Text) != "" {
			return m.Text
		}
	}
	return "(unnamed " + e.ID + ")"
}

// normType is an entity type in comparable form.
func normType(t string) string { return strings.ToUpper(strings.TrimSpace(t)) }
