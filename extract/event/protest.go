package event

import "github.com/marsad/marsad/arabic"

// protestActs are the categories that a protester's act is coded as a
// protest instead: demands, denunciations and rejections voiced in the
// street, crowds gathering, and violence in a riot (CAMEO 145).
var protestActs = map[string]string{
	"REQUEST":    "140",
	"DISAPPROVE": "140",
	"REJECT":     "140",
	"THREATEN":   "140",
	"ACCUSE":     "140",
	"MOBILIZE":   "141",
	"ASSAULT":    "145",
}

// protests applies the protester rules to the candidate events of a
// sentence: an act whose source is a protester becomes a protest, a crowd
// of protesters (حشود من المتظاهرين) is their protest, a protest with no
// source is the protesters' of the sentence or else of unnamed civilians
// (CVL), one with no target is against the state where it takes place, and
// protesters with no protest coded stand for one themselves.
func (c *Coder) protests(toks []arabic.Token, refs []ref, cands []cand) []cand {
	var protester *ref
	for k := range refs {
		if refs[k].protester {
			protester = &refs[k]
			break
		}
	}
	found := false
	for k := range cands {
		cd := &cands[k]
		if cd.ev.Type == "PROTEST" && cd.src == nil && cd.dst != nil && cd.dst.protester {
			cd.src, cd.dst = cd.dst, nil // مظاهرة المحتجين، قام … بالتظاهر
		}
		if cd.ev.Type == "PROTEST" && protester != nil && cd.src != nil && !cd.src.protester && !sameActor(cd.dst, protester) {
			// "ورددوا هتافات مناهضة لإيران": the protesters protest against it.
			if cd.dst == nil {
				cd.dst = cd.src
			}
			cd.src = protester
		}
		if cd.ev.Type == "PROTEST" && cd.src == nil {
			if protester != nil && !sameActor(protester, cd.dst) {
				cd.src = protester
			} else {
				cd.src = &ref{code: "CVL", a: -1, b: -1} // a protest of unnamed civilians
			}
		}
		if cd.ev.Type == "MOBILIZE" && cd.src == nil && cd.dst != nil && cd.dst.protester {
			cd.src, cd.dst = cd.dst, nil
		}
		if cd.src != nil && cd.src.protester {
			if cameo, ok := protestActs[cd.ev.Type]; ok {
				cd.ev.Type, cd.ev.CAMEO = "PROTEST", cameo
			}
		}
		if cd.ev.Type == "PROTEST" {
			found = true
			if cd.dst == nil {
				cd.dst = hostCountry(refs, cd.src)
			}
		}
	}
	if found {
		return cands
	}
	if protester == nil {
		return cands
	}
	r := protester
	h := hit{i: r.a, n: r.b - r.a, trg: c.lx.protestTrg, noun: true}
	ev := Event{Type: "PROTEST", CAMEO: c.lx.protestTrg.cameo, Trigger: r.name, Modality: Asserted}
	return append(cands, cand{ev: ev, h: h, src: r, dst: hostCountry(refs, r)})
}

// hostCountry returns the first country the sentence names (a country
// entity or a nationality adjective with a bare country code), other than
// the source: a protest with no stated target is, as in CAMEO practice,
// directed at the state where it takes place (… في البقاع اللبناني → LBN).
func hostCountry(refs []ref, src *ref) *ref {
	for k := range refs {
		r := &refs[k]
		if (r.kind == refEntity || r.kind == refNationality) && isCountryCode(r.code) && !sameActor(r, src) && (src == nil || r.code != countryOf(src.code)) {
			return r
		}
	}
	return nil
}
