package extract

import (
	"time"

	"github.com/marsad/marsad/extract/entity"
)

// linkActors fills ActorID and ActorCode of the entities from the actor
// knowledge base and returns the article's main country (ISO3): the country
// its LOC entities name most often, used to code role-only actors such as
// "رئاسة الجمهورية".
func (z *Analyzer) linkActors(ents []entity.Entity, ref time.Time) string {
	counts := map[string]int{}
	best, bestN := "", 0
	for i := range ents {
		e := &ents[i]
		if e.Type != entity.LOC {
			continue
		}
		if c, ok := z.kb.Country(e.Canonical); ok {
			e.ActorCode = c.ISO3
			e.ActorID = "country:" + c.ISO3
			counts[c.ISO3] += len(e.Mentions)
			if n := counts[c.ISO3]; n > bestN {
				best, bestN = c.ISO3, n
			}
		}
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != entity.PER && e.Type != entity.ORG {
			continue
		}
		names := entityNames(e)
		if a, ok := z.kb.LinkIn(names, e.Roles, ref, best); ok && (!a.Generic || (e.Type == entity.ORG && a.ID != "")) {
			// A known actor, or a state body named by its country
			// (الحكومة اليمنية: country:YEM:GOV).
			e.ActorID = a.ID
			if code := a.CodeAt(ref); code != "" {
				e.ActorCode = code
				continue
			}
		}
		e.ActorCode = z.kb.CodeFor(names, e.Roles, ref, best)
	}
	return best
}

// entityNames lists an entity's canonical name, aliases and mention texts,
// without repeats, canonical first.
func entityNames(e *entity.Entity) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	add(e.Canonical)
	for _, a := range e.Aliases {
		add(a)
	}
	for _, m := range e.Mentions {
		add(m.Text)
	}
	return out
}
