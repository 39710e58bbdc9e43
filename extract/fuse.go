package extract

import (
	"fmt"
	"sort"

	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/geo"
)

// addPlaceEntities makes a LOC entity of every place the gazetteer found
// whose mentions no entity covers: the tagger missed it, but a gazetteer
// name with a place cue or in the article's country context is a location
// (الرجمة، الهلال النفطي، الجفرة). Mentions that overlap an entity of
// another type are left alone (a place name inside an organisation's name).
func addPlaceEntities(ents []entity.Entity, places []geo.Place) []entity.Entity {
	// The mentions' spans sorted by start, for a binary search; mentions
	// do not nest deeper than a few, so a short walk back finds any that
	// overlaps.
	var spans [][2]int
	for _, e := range ents {
		for _, m := range e.Mentions {
			spans = append(spans, [2]int{m.Start, m.End})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	maxLen := 0
	for _, s := range spans {
		maxLen = max(maxLen, s[1]-s[0])
	}
	covered := func(s geo.Span) bool {
		k := sort.Search(len(spans), func(i int) bool { return spans[i][0] >= s.End })
		for j := k - 1; j >= 0 && spans[j][0] >= s.Start-maxLen; j-- {
			if spans[j][0] < s.End && s.Start < spans[j][1] {
				return true
			}
		}
		return false
	}
	next := len(ents) + 1
	for _, p := range places {
		var ms []entity.Mention
		for _, s := range p.Spans {
			if !covered(s) {
				ms = append(ms, entity.Mention{Text: p.Name, Start: s.Start, End: s.End})
			}
		}
		if len(ms) == 0 || len(ms) < len(p.Spans) {
			continue // partly covered: the tagger saw it, under its own name
		}
		ents = append(ents, entity.Entity{
			ID:        fmt.Sprintf("g%d", next),
			Canonical: p.Name,
			Type:      entity.LOC,
			Mentions:  ms,
		})
		next++
	}
	return ents
}

// widenToPlaces gives a LOC entity's mention the whole span of the place
// the gazetteer found around it, when the tagger cut the name short (يونغ
// of بيونغ يانغ): the gazetteer knows the longer name. An entity named by
// such a mention takes the place's name.
func widenToPlaces(ents []entity.Entity, places []geo.Place, body string) {
	// The place spans sorted by start: each mention looks only at the
	// spans that start within maxPlaceSpan bytes before it, so the pass is
	// linear in the document (it compared every mention with every span).
	var spans []geo.Span
	for _, p := range places {
		spans = append(spans, p.Spans...)
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
	for i := range ents {
		e := &ents[i]
		if e.Type != entity.LOC {
			continue
		}
		for j := range e.Mentions {
			m := &e.Mentions[j]
			k := sort.Search(len(spans), func(x int) bool { return spans[x].Start > m.Start })
			best := -1
			for x := k - 1; x >= 0 && m.Start-spans[x].Start <= maxPlaceSpan; x-- {
				s := spans[x]
				if m.End <= s.End && s.End-s.Start > m.End-m.Start && (best < 0 || s.End-s.Start > spans[best].End-spans[best].Start) {
					best = x
				}
			}
			if best < 0 {
				continue
			}
			s := spans[best]
			if e.Canonical == m.Text {
				e.Canonical = body[s.Start:s.End]
			}
			m.Start, m.End, m.Text = s.Start, s.End, body[s.Start:s.End]
		}
	}
}

// maxPlaceSpan bounds how far before a mention a place span that holds it
// may start, in bytes: longer than any place name.
const maxPlaceSpan = 512
