package quote

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// docNouns are documents that speak for whoever issued them: "أشار
// التقرير إلى أن …" is the statement of the body that wrote the report.
var docNouns = map[string]bool{"بيان": true, "تقرير": true, "وثيقه": true, "رساله": true}

// issuer ties a document noun to its author, from where it was seen.
type issuer struct {
	noun string
	pos  int
	sp   *speaker
}

// learnIssuers finds indefinite documents of a named body in the body:
// "تقرير لخبراء الأمم المتحدة"، "بيان لوزارة الخارجية".
func (st *state) learnIssuers(toks []arabic.Token) {
	for k := 0; k+1 < len(toks); k++ {
		w := st.noConj(toks[k])
		if !docNouns[w] {
			continue
		}
		next := toks[k+1]
		rest, ok := strings.CutPrefix(next.Norm, "ل")
		if !ok || len([]rune(rest)) < 3 {
			continue
		}
		end := k + 1 + subjectEnd(toks[k+1:], nil, k+1)
		if end <= k+1 {
			continue
		}
		per, org := st.mentionsIn(next.Start, toks[end-1].End)
		if !isDefinite(rest) && per == nil && org == nil {
			continue
		}
		if per != nil || org != nil {
			// The body's name ends the phrase: "تقرير لخبراء الأمم المتحدة أكد …".
			last := -1
			for j := k + 1; j < end; j++ {
				if st.mentionAt(toks[j].Start) != nil {
					last = j + 1
				} else if last > 0 {
					break
				}
			}
			if last > 0 {
				end = last
			}
		}
		name := st.body[next.Start+len("ل") : toks[end-1].End]
		sp := &speaker{name: name, kind: KindOrganisation}
		if e := st.mentionAt(toks[end-1].Start); e != nil && strings.HasSuffix(name, st.body[mentionStart(st, toks[end-1].Start):toks[end-1].End]) && name == e.Canonical {
			sp.ent = e
		}
		st.issuers = append(st.issuers, issuer{noun: w, pos: toks[k].Start, sp: sp})
	}
}

// mentionStart returns the start of the mention covering pos, or pos.
func mentionStart(st *state, pos int) int {
	if m := st.mentionCovering(pos); m != nil {
		return m.start
	}
	return pos
}

// noteIssuer records that sp issued a document (a statement "في بيان" at pos).
func (st *state) noteIssuer(noun string, pos int, sp *speaker) {
	st.issuers = append(st.issuers, issuer{noun: noun, pos: pos, sp: sp})
}

// documentIssuer resolves a definite document noun ("التقرير"، "البيان")
// to the author of the last such document seen before it.
func (st *state) documentIssuer(t arabic.Token) *speaker {
	w := st.noConj(t)
	if !isDefinite(w) {
		return nil
	}
	noun := arabic.StripArticle(w)
	if !docNouns[noun] {
		return nil
	}
	var best *issuer
	for i := range st.issuers {
		is := &st.issuers[i]
		if is.noun == noun && is.pos < t.Start && (best == nil || is.pos > best.pos) {
			best = is
		}
	}
	if best == nil {
		return nil
	}
	return best.sp
}
