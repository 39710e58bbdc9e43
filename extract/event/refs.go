package event

import (
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/internal/syn"
)

// Actors codes actor words. *actor.KB implements it.
type Actors interface {
	// Nationality maps a nationality adjective or plural (الأمريكي،
	// روسية، الأتراك) to a country code.
	Nationality(word string) (code string, ok bool)
	// Sector maps an agent word or phrase (قوات، الحكومة، مشايخ) to a
	// CAMEO sector code (MIL, GOV, CVL…).
	Sector(phrase string) (code string, ok bool)
}

// ref is an actor reference: tokens [a, b) of a sentence.
type ref struct {
	a, b int
	name string
	code string
	ent  *entity.Entity
	kind refKind
	// protester marks an agent named by a protester noun (المتظاهرون).
	protester bool
	head      string // the normalised first word of an agent (طائره)
}

type refKind uint8

const (
	refEntity refKind = iota
	refNationality
	refAgent
)

// findRefs lists the actor references of a sentence's tokens in order.
func (c *Coder) findRefs(wc *wordCache, doc *arabic.Document, body string, toks []arabic.Token, ments []mentionRef) []ref {
	covered := make([]bool, len(toks))
	var refs []ref
	for _, m := range ments {
		a, b := -1, -1
		for k, t := range toks {
			if t.Start < m.end && t.End > m.start {
				if a < 0 {
					a = k
				}
				b = k + 1
			}
		}
		if a < 0 || (m.ent.Type == entity.LOC && m.ent.ActorCode == "") || m.ent.Type == entity.MISC {
			continue
		}
		for k := a; k < b; k++ {
			covered[k] = true
		}
		refs = append(refs, ref{a: a, b: b, name: m.ent.Canonical, code: m.ent.ActorCode, ent: m.ent, kind: refEntity})
	}
	for k, t := range toks {
		if covered[k] || t.Kind != arabic.Word {
			continue
		}
		if code, ok := wc.nationality(t); ok && (c.actorContext(wc, toks, k) || afterAgent(refs, k)) {
			if r, ok := c.qualifiedNoun(wc, body, toks, covered, k, code); ok {
				refs = append(refs, r) // مصورا فرنسيا → FRAMED
				for j := r.a; j < r.b; j++ {
					covered[j] = true
				}
				continue
			}
			refs = append(refs, ref{a: k, b: k + 1, name: t.Text, code: code, kind: refNationality})
			covered[k] = true
			continue
		}
		if countWords[t.Norm] {
			continue
		}
		naCode, na := c.nounAgent(doc, t)
		if prot := c.isProtester(wc, t); prot || c.isAgent(wc, t) || na {
			code, ok := wc.sector(t)
			if !ok && na {
				code, ok = naCode, true
			}
			if !ok && prot {
				code, ok = "CVL", true
			}
			if ok {
				refs = append(refs, ref{a: k, b: k + 1, name: t.Text, code: code, kind: refAgent, protester: prot, head: t.Norm})
			}
		}
	}
	sortRefs(refs)
	refs = mergeRefs(body, toks, refs)
	out := refs[:0]
	for k := 0; k < len(refs); k++ {
		r := refs[k]
		if r.kind == refAgent && r.b < len(toks) && unknownWords[toks[r.b].Norm] {
			r.code = countryOf(r.code) + "UAF" // مسلحون مجهولون: unidentified armed actors
			r.name = body[toks[r.a].Start:toks[r.b].End]
			r.b++
			if k+1 < len(refs) && refs[k+1].a < r.b {
				k++ // the modifier itself
			}
		} else if r.kind == refAgent && r.code == "REB" && gunmen[arabic.StripArticle(r.head)] {
			r.code = "UAF"
		}
		out = append(out, r)
	}
	return out
}

// afterAgent reports whether the last reference found ends right before
// token k: a nationality adjective there qualifies that agent.
func afterAgent(refs []ref, k int) bool {
	return len(refs) > 0 && refs[len(refs)-1].kind == refAgent && refs[len(refs)-1].b == k
}

// nounAgent returns the sector code of token t when, spelt like a
// relational adjective (الخارجية، الداخلية), it is used as a noun the actor
// knowledge base codes: the parse makes it the head of a subject, object
// or oblique, not a modifier ("انتقدت الخارجية …" names the ministry;
// "السياسة الخارجية" does not).
func (c *Coder) nounAgent(doc *arabic.Document, t arabic.Token) (code string, ok bool) {
	if doc == nil || t.Kind != arabic.Word || !isAdjective(t.Norm) || !strings.HasPrefix(t.Norm, "ال") {
		return "", false
	}
	g := syn.Base(doc, t.Start)
	if g < 0 || !doc.ParsedAt(g) || doc.Segments[g].UPOS != arabic.NOUN {
		return "", false
	}
	switch doc.Segments[g].Rel.Universal() {
	case arabic.RelNsubj, arabic.RelObj, arabic.RelObl:
		return c.actors.Sector(t.Text)
	}
	return "", false
}

// unknownWords after an agent leave it unidentified (مسلحون مجهولون).
var unknownWords = map[string]bool{"مجهول": true, "مجهولون": true, "مجهولين": true, "مجهوله": true}

// gunmen are armed men named by no group or country: CAMEO's unidentified
// armed forces (UAF), not rebels (مسلحو حماس stays with Hamas).
var gunmen = map[string]bool{"مسلح": true, "مسلحون": true, "مسلحين": true, "مسلحان": true}

// countWords count people without naming them (آلاف الإسرائيليين): never
// an agent themselves.
var countWords = map[string]bool{"الاف": true, "الالاف": true, "مئات": true, "المئات": true, "عشرات": true, "العشرات": true, "الف": true, "مليون": true, "ملايين": true}

// isAgent reports whether a token is an agent noun worth coding alone:
// a word the actor nouns list knows, or a definite or plural noun.
func (c *Coder) isAgent(wc *wordCache, t arabic.Token) bool { return wc.info(t).agent }

// isAgentWord is isAgent of a word with match keys keys and key norm.
func (c *Coder) isAgentWord(keys []string, norm string) bool {
	for _, s := range keys {
		if c.lx.placeNouns[s] {
			return false
		}
	}
	for _, s := range []string{norm, arabic.StripArticle(norm), strings.TrimPrefix(norm, "و")} {
		if c.lx.actorNouns[s] {
			return true // a known actor noun, also indefinite (قام جنود …)
		}
	}
	n := norm
	if isAdjective(n) && !strings.HasSuffix(n, "ين") && !strings.HasSuffix(n, "ون") {
		return false // a singular relational adjective (العسكرية) qualifies, it does not act
	}
	return strings.HasPrefix(n, "ال") || strings.HasSuffix(n, "ين") || strings.HasSuffix(n, "ون") || strings.HasPrefix(n, "وال") || strings.HasPrefix(n, "بال") || strings.HasPrefix(n, "بم")
}

// isProtester reports whether a token is a protester noun.
func (c *Coder) isProtester(wc *wordCache, t arabic.Token) bool { return wc.info(t).protester }

// actorContext reports whether the nationality adjective at k qualifies
// something that can act: walking back over other adjectives, the noun it
// describes must be an actor noun, not a place noun.
func (c *Coder) actorContext(wc *wordCache, toks []arabic.Token, k int) bool {
	j, cx := nounBefore(wc, toks, k)
	switch {
	case cx == ctxActor:
		return true
	case cx == ctxPlace || j < 0:
		return false
	}
	// A plural people noun stands alone: "بحلفائه الروس".
	return strings.HasPrefix(toks[k].Norm, "ال") && !strings.HasSuffix(toks[k].Norm, "يه") && !strings.HasSuffix(toks[k].Norm, "ي")
}

// nounBefore walks back from the adjective at k over other adjectives (at
// most four words) to the word they qualify, and returns its index with its
// context verdict (ctxPlace, ctxActor, or 0 for another word); -1 when the
// walk meets punctuation or runs out.
func nounBefore(wc *wordCache, toks []arabic.Token, k int) (int, int8) {
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		t := toks[j]
		if t.Kind != arabic.Word {
			return -1, 0
		}
		if cx := wc.info(t).actorCtx; cx != 0 {
			return j, cx
		}
		if !isAdjective(t.Norm) {
			return j, 0
		}
	}
	return -1, 0
}

// qualifiedNoun returns the actor made of the noun a nationality adjective
// at k qualifies and the adjective (مصورا فرنسيا → FRAMED, موظف بريطاني →
// GBRCVL), when that noun is not an agent of its own (those are merged by
// mergeRefs) but the actor knowledge base codes it by sector.
func (c *Coder) qualifiedNoun(wc *wordCache, body string, toks []arabic.Token, covered []bool, k int, code string) (ref, bool) {
	cc := countryOf(code)
	j, cx := nounBefore(wc, toks, k)
	if cc == "" || cx != ctxActor {
		return ref{}, false
	}
	for i := j; i < k; i++ {
		if covered[i] {
			return ref{}, false
		}
	}
	t := toks[j]
	if c.isAgent(wc, t) || c.isProtester(wc, t) {
		return ref{}, false
	}
	sec, ok := c.actors.Sector(t.Text)
	if !ok || sectorOf(sec) == "" {
		return ref{}, false
	}
	return ref{a: j, b: k + 1, name: body[t.Start:toks[k].End], code: cc + sectorOf(sec), kind: refAgent, head: t.Norm}, true
}

// isAdjective reports whether w looks like a relational adjective
// (عسكري، حربية، وسياسيا).
func isAdjective(w string) bool {
	w = strings.TrimPrefix(w, "و")
	for _, suf := range []string{"ي", "يه", "يا", "يين", "يون", "يات"} {
		if strings.HasSuffix(w, suf) && len([]rune(w)) > 3 {
			return true
		}
	}
	return false
}

func sortRefs(refs []ref) {
	for i := 1; i < len(refs); i++ {
		for j := i; j > 0 && refs[j].a < refs[j-1].a; j-- {
			refs[j], refs[j-1] = refs[j-1], refs[j]
		}
	}
}

// mergeRefs joins an agent with the nationality or country that follows it
// (جنود أمريكيون → USAMIL; مشايخ وأعيان القبائل الليبية → LBYCVL), across
// adjectives and و-joined agents but never across a preposition, and drops
// an agent that is only the title of a named entity right after it
// (الرئيس عبد الفتاح السيسي).
func mergeRefs(body string, toks []arabic.Token, refs []ref) []ref {
	var out []ref
	for i := 0; i < len(refs); i++ {
		r := refs[i]
		if r.kind == refAgent && i+1 < len(refs) {
			next := refs[i+1]
			if next.kind == refEntity && (next.ent.Type == entity.PER || next.ent.Type == entity.ORG) && next.a-r.b <= 1 {
				continue // a title or head noun of the entity
			}
			j := i + 1
			for j < len(refs) && refs[j].a-refs[j-1].b <= 3 && !prepBetween(toks, refs[j-1].b, refs[j].a) &&
				(refs[j].kind == refAgent || refs[j].kind == refNationality || (refs[j].kind == refEntity && isCountryCode(refs[j].code))) {
				if refs[j].kind == refAgent && (refs[j].a > refs[j-1].b || countryOf(refs[j].code) != "" && sectorOf(refs[j].code) != "") {
					break // "مجهولين خطفوا مصورا فرنسيا": a verb between, or an actor of its own
				}
				if refs[j].kind == refNationality && refs[j].a == refs[j-1].b && strings.HasPrefix(refs[j].code, "IGO") {
					// "المبعوث الأممي": an adjective of an international body
					// right after the noun makes it that body's agent.
					r.code = refs[j].code
					r.name = body[toks[r.a].Start:toks[refs[j].b-1].End]
					r.b = refs[j].b
					i = j
					break
				}
				if cc := countryOf(refs[j].code); cc != "" {
					r.code = cc + sectorOf(r.code)
					r.name = body[toks[r.a].Start:toks[refs[j].b-1].End]
					r.b = refs[j].b
					i = j
					break
				}
				j++
			}
		}
		out = append(out, r)
	}
	// A merged title is still a title: الرئيس التركي رجب طيب أردوغان.
	titled := out[:0]
	for i, r := range out {
		if r.kind == refAgent && i+1 < len(out) && out[i+1].kind == refEntity && out[i+1].ent != nil &&
			out[i+1].ent.Type == entity.PER && (out[i+1].a == r.b || out[i+1].a == r.b+1 && toks[r.b].Kind == arabic.Punct) {
			continue
		}
		titled = append(titled, r)
	}
	return titled
}

// prepositions block merging: "الصحيفة عن مصادر ليبية" is two actors.
var prepositions = map[string]bool{"عن": true, "من": true, "في": true, "على": true, "الى": true, "مع": true, "ضد": true, "علي": true, "لدى": true, "لدي": true, "منذ": true}

func prepBetween(toks []arabic.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if prepositions[toks[k].Norm] || toks[k].Kind == arabic.Punct || isComplementizer(toks[k].Norm) {
			return true
		}
	}
	return false
}

// countryOf returns the country part of a code (LBY of LBYCVL), or "".
func countryOf(code string) string {
	if len(code) >= 3 && isCountryCode(code[:3]) && !strings.HasPrefix(code, "IGO") && (len(code) == 3 || len(code) == 6) {
		if len(code) == 3 && isSector(code) {
			return ""
		}
		return code[:3]
	}
	return ""
}

// sectorOf returns the sector part of a code (CVL of LBYCVL or of CVL).
func sectorOf(code string) string {
	switch {
	case len(code) == 3 && isSector(code):
		return code
	case len(code) == 6:
		return code[3:]
	}
	return ""
}

var sectors = map[string]bool{"GOV": true, "MIL": true, "CVL": true, "MED": true, "REB": true, "COP": true, "JUD": true, "LEG": true, "OPP": true, "PTY": true, "BUS": true, "EDU": true, "REL": true, "UAF": true, "CRM": true, "SPY": true, "LAB": true, "HLH": true, "ELI": true, "MOD": true, "RAD": true, "REF": true, "AGR": true, "NGO": true, "IGO": true}

func isSector(code string) bool { return sectors[code] }

// isCountryCode reports whether code is a bare three-letter country code.
func isCountryCode(code string) bool {
	if len(code) != 3 || isSector(code) {
		return false
	}
	for _, r := range code {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
