package eval

import (
	"strings"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/event"
)

// scoreEvents scores events. A gold event and a system event match when
// their types are equal and both arguments agree (argAgrees). Recall is over
// required gold events: one is found when any system event matches it.
// Precision counts a system event correct when it matches any gold event,
// required or not. Neither side is one to one.
func scoreEvents(g *Gold, gi *goldIndex, si *systemIndex, a *extract.Analysis) EventScore {
	var s EventScore
	match := func(ge GoldEvent, se event.Event) bool {
		return normCode(ge.Type) == normCode(se.Type) &&
			argAgrees(ge.Source, se.Source, se.SourceCode, gi, si) &&
			argAgrees(ge.Target, se.Target, se.TargetCode, gi, si)
	}
	for _, ge := range g.Events {
		found := false
		for _, se := range a.Events {
			if match(ge, se) {
				found = true
				break
			}
		}
		switch {
		case ge.Required && found:
			s.Counts.TP++
		case ge.Required:
			s.Counts.FN++
			s.Misses = append(s.Misses, eventLabel(ge.Type, deref(ge.Source), deref(ge.Target)))
		default:
			s.OptionalTotal++
			if found {
				s.OptionalFound++
			}
		}
	}
	for _, se := range a.Events {
		correct := false
		for _, ge := range g.Events {
			if match(ge, se) {
				correct = true
				break
			}
		}
		s.Scored = append(s.Scored, Scored{Confidence: se.Confidence, Right: correct})
		if correct {
			s.Counts.SysTP++
		} else {
			s.Counts.FP++
			s.FalsePositives = append(s.FalsePositives, eventLabel(se.Type, orCode(se.Source, se.SourceCode), orCode(se.Target, se.TargetCode)))
		}
	}
	return s
}

// argAgrees applies the argument rule. A gold null (nil) matches anything.
// Otherwise the gold value is a name or a code: it agrees when a system
// name (the event's own, or the names of the system entity it refers to by
// ID or canonical name) equals the gold value or, if the gold value names a
// gold entity, that entity's canonical name or an alias; or when a system
// code (the event's, or its entity's actor_code) equals the gold value or the
// gold entity's actor_code.
func argAgrees(gold *string, sysName, sysCode string, gi *goldIndex, si *systemIndex) bool {
	if gold == nil {
		return true
	}
	gNames, gCodes := gi.expand(*gold)
	if c := normCode(*gold); c != "" {
		gCodes[c] = true
	}
	sNames, sCodes := si.names(sysName, true)
	if c := normCode(sysCode); c != "" {
		sCodes[c] = true
	}
	if gNames.meets(sNames) {
		return true
	}
	for c := range sCodes {
		if gCodes[c] {
			return true
		}
	}
	return false
}

// eventLabel names an event in a report.
func eventLabel(typ, source, target string) string {
	return typ + " " + source + " → " + target
}

// deref is *p, or "null" for nil.
func deref(p *string) string {
	if p == nil {
		return "null"
	}
	return *p
}

// orCode is name, else code, else "?".
func orCode(name, code string) string {
	switch {
	case strings.TrimSpace(name) != "":
		return name
	case strings.TrimSpace(code) != "":
		return code
	}
	return "?"
}
