package event

import (
	_ "embed"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/internal/calib"
)

//go:embed data/confidence.tsv
var confidenceData string

// loadConfidence reads the embedded confidence model.
func loadConfidence() (*calib.Model, error) {
	return calib.Read(strings.NewReader(confidenceData))
}

// features describes a coded event for the confidence model.
func (c *Coder) features(st *docState, toks []arabic.Token, refs []ref, cd cand, ev Event) []string {
	f := []string{"bias", "type=" + ev.Type, "modality=" + ev.Modality}
	switch {
	case ev.Source != "" && ev.Target != "":
		f = append(f, "actors=both")
	case ev.Source != "":
		f = append(f, "actors=source")
	case ev.Target != "":
		f = append(f, "actors=target")
	default:
		f = append(f, "actors=none")
	}
	if cd.h.noun {
		f = append(f, "noun")
	}
	kind := func(r *ref) string {
		switch {
		case r == nil:
			return "none"
		case r.kind == refEntity && r.ent != nil:
			return "entity"
		case r.kind == refNationality:
			return "nationality"
		}
		return "agent"
	}
	f = append(f, "source="+kind(cd.src), "target="+kind(cd.dst))
	if sp := c.speakerOf(st, toks, cd.h); sp != nil && cd.src != nil && sameActor(sp, cd.src) {
		f = append(f, "source-speaker")
	} else if ps, _, _, ok := c.parseArguments(st, toks, refs, cd.h); ok && ps != nil && cd.src != nil && sameActor(ps, cd.src) {
		f = append(f, "source-parse-agrees")
	}
	return f
}
