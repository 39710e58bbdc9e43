package actor

import "time"

// CodeSpan is one CAMEO code of an actor with the dates it applies to; a
// zero From or To leaves that side open.
type CodeSpan struct {
	Code string
	From time.Time
	To   time.Time
}

// ValidAt reports whether the span covers date; the zero date matches all.
func (s CodeSpan) ValidAt(date time.Time) bool {
	if date.IsZero() {
		return true
	}
	return (s.From.IsZero() || !date.Before(s.From)) && (s.To.IsZero() || !date.After(s.To))
}

// Actor is a canonical actor of the knowledge base.
type Actor struct {
	ID      string     // stable id: a slug for curated actors, "up:…" for dictionary actors, "" for generic ones
	Name    string     // canonical Arabic name
	Aliases []string   // other names and spellings
	Codes   []CodeSpan // every code with its date range
	Roles   []string   // typical titles and roles
	Source  string     // provenance note (curated: Wikipedia article title)
	Code    string     // the code chosen for the date given to Link
	Curated bool       // from curated_actors.tsv rather than the UniversalPetrarch dictionary
	Generic bool       // built from a role description (الجيش المصري) rather than a known actor
}

// CodeAt returns the actor's code at date: the last span valid at date, or,
// when none is, the span nearest in time; "" when the actor has no code.
func (a Actor) CodeAt(date time.Time) string {
	best, bestDist := "", time.Duration(1<<63-1)
	for _, s := range a.Codes {
		if s.ValidAt(date) {
			best, bestDist = s.Code, -1
			continue
		}
		if bestDist < 0 {
			continue
		}
		var d time.Duration
		if !s.From.IsZero() && date.Before(s.From) {
			d = s.From.Sub(date)
		} else {
			d = date.Sub(s.To)
		}
		if d < bestDist {
			best, bestDist = s.Code, d
		}
	}
	return best
}

// Country is a country of the gazetteer.
type Country struct {
	ISO3 string // ISO 3166-1 alpha-3, also the CAMEO country code (EUR for Europe)
	ISO2 string // ISO 3166-1 alpha-2, "" when there is none
	Name string // Arabic common name
}
