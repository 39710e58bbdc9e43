package actor

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/extract/actor/internal/dict"
	"time"
)

// TestDataIntegrity checks the embedded files: well-formed codes, no
// curated key claimed with conflicting codes, unique ids, enough curated
// actors, and that every curated actor is found again by its own names.
func TestDataIntegrity(t *testing.T) {
	kb := mustKB(t)
	t.Run("codes", func(t *testing.T) {
		for _, a := range kb.actors {
			for _, s := range a.Codes {
				if !dict.ValidCode(s.Code) {
					t.Errorf("%s: bad code %q", a.ID, s.Code)
				}
				if !s.From.IsZero() && !s.To.IsZero() && s.To.Before(s.From) {
					t.Errorf("%s: range %v..%v reversed", a.ID, s.From, s.To)
				}
			}
		}
		for k, c := range kb.agents {
			if !dict.ValidCode(c) {
				t.Errorf("agent %q: bad code %q", k, c)
			}
		}
		for k, c := range kb.nat {
			if !dict.ValidCode(c) {
				t.Errorf("nationality %q: bad code %q", k, c)
			}
		}
		for k, c := range kb.countries {
			if len(c.ISO3) != 3 || !dict.ValidCode(c.ISO3) || (c.ISO2 != "" && len(c.ISO2) != 2) {
				t.Errorf("country %q: bad codes %+v", k, c)
			}
		}
	})
	t.Run("curated", func(t *testing.T) {
		ids := map[string]bool{}
		n := 0
		for _, a := range kb.actors {
			if !a.Curated {
				continue
			}
			n++
			if ids[a.ID] {
				t.Errorf("duplicate id %s", a.ID)
			}
			ids[a.ID] = true
			if a.Source == "" {
				t.Errorf("%s: no source note", a.ID)
			}
		}
		if n < 150 {
			t.Errorf("%d curated actors, want at least 150", n)
		}
	})
	t.Run("conflicts", func(t *testing.T) {
		for k, idx := range kb.byKey {
			codes := map[string]bool{}
			for _, i := range idx {
				codes[kb.actors[i].CodeAt(day("2020-01-01"))] = true
			}
			if len(codes) > 1 && strings.Contains(k, " ") {
				t.Errorf("key %q names actors with codes %v", k, codes)
			}
		}
	})
	t.Run("roundtrip", func(t *testing.T) {
		for _, a := range kb.actors {
			if !a.Curated {
				continue
			}
			got, ok := kb.Link([]string{a.Name}, nil, a.lastDate())
			if !ok || got.ID != a.ID {
				t.Errorf("Link(%q) = %q, %v; want %s", a.Name, got.ID, ok, a.ID)
			}
		}
	})
}

// lastDate returns a date inside the actor's last code span.
func (a Actor) lastDate() time.Time {
	s := a.Codes[len(a.Codes)-1]
	switch {
	case !s.To.IsZero():
		return s.To
	case !s.From.IsZero():
		return s.From
	}
	return day("2020-01-01")
}
