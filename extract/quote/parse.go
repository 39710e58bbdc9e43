package quote

import (
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/internal/syn"
)

// relationalNouns name someone by a relation to another (a spokesman of X,
// an adviser, a son, a lawyer): the person named in their genitive or
// prepositional complement is not the one who speaks.
var relationalNouns = map[string]bool{
	"متحدث": true, "متحدثه": true, "ناطق": true, "ناطقه": true, "مستشار": true, "مستشاره": true,
	"مساعد": true, "مساعده": true, "محامي": true, "محاميه": true, "نجل": true, "ابن": true, "ابنه": true,
	"زوجه": true, "زوج": true, "شقيق": true, "شقيقه": true, "مبعوث": true, "مبعوثه": true, "ممثل": true,
	"ممثله": true, "مقرب": true, "مقربون": true, "مقربين": true, "مكتب": true, "حرس": true, "فريق": true,
	"مدير": true, "مديره": true, "سكرتير": true, "اسره": true, "عائله": true, "اقارب": true, "انصار": true,
}

// spokesman returns the speaker of the cue at token i when the parse makes
// the subject a relational noun (a spokesman, an adviser) whose
// prepositional complement names the only person of the speaker region
// [from, to): the role speaks, resolved to a person only if the article
// ties that role to one. Otherwise nil.
func (st *state) spokesman(p *para, i, from, to int) *speaker {
	doc := st.doc
	if doc == nil || from >= to {
		return nil
	}
	v := syn.Base(doc, p.toks[i].Start)
	if v < 0 || !doc.ParsedAt(v) || doc.Segments[v].UPOS != arabic.VERB {
		return nil
	}
	h := syn.Subject(doc, v)
	if h < 0 || doc.Segments[h].Start < p.toks[from].Start || doc.Segments[h].End > p.toks[to-1].End {
		return nil
	}
	return st.speakerOfSubject(p, from, to, h)
}

// heldByRelation reports whether the mention span [ms, me) names whom the
// subject head h speaks for rather than who speaks: the object of a
// preposition after a relational noun (المتحدث باسم X، مستشار لـX), right
// after the preposition or after titles and nisbas of its own (المتحدث
// باسم الرئيس التركي X). A name after any other words of the complement
// is the speaker's own, in apposition (الناطق باسم الرئاسة X).
func (st *state) heldByRelation(p *para, h int, ms, me int) bool {
	doc := st.doc
	if !relationalNouns[arabic.StripArticle(doc.Segments[h].Norm)] {
		return false
	}
	for _, d := range syn.Deps(doc, h, arabic.RelNmod, arabic.RelObl) {
		a, b := syn.Span(doc, d)
		cs := syn.Dep(doc, d, arabic.RelCase)
		if ms < a || me > b || cs < 0 {
			continue
		}
		// the words from after the preposition's token to the mention
		after := doc.Segments[cs].End
		if t := doc.TokenAt(doc.Segments[cs].Start); t < len(doc.Tokens) {
			// باسم: the preposition is a clitic of the word it governs
			if doc.Segments[d].Token == t {
				after = doc.Tokens[t].End
			} else {
				after = doc.Tokens[t].End
			}
		}
		for k, tk := range p.toks {
			if tk.Start < after || tk.Start >= ms {
				continue
			}
			if isComma(tk.Text) {
				break
			}
			if !st.x.roleHeads[arabic.StripArticle(tk.Norm)] && !isNisba(tk.Norm) && !titleLinks[tk.Norm] {
				_ = k
				return false
			}
		}
		return true
	}
	return false
}

// speakerOfSubject returns the role that speaks when every person named in
// the subject [from, to) is named inside a relational complement of its
// head h, or nil.
func (st *state) speakerOfSubject(p *para, from, to, head int) *speaker {
	var inside, outside []*entity.Entity
	a, b := p.toks[from].Start, p.toks[to-1].End
	for _, m := range st.mentionsFrom(a) {
		if m.start >= b {
			break
		}
		if m.end > b || m.ent.Type != entity.PER {
			continue
		}
		if st.heldByRelation(p, head, m.start, m.end) {
			inside = append(inside, m.ent)
		} else {
			outside = append(outside, m.ent)
		}
	}
	if len(inside) == 0 || len(outside) > 0 {
		return nil
	}
	// Only the person the spokesman speaks for is named: the spokesman
	// speaks, by the name the article gives the role, if any.
	end := to
	for k := from; k < to; k++ {
		if isComma(p.toks[k].Text) {
			end = k
			break
		}
	}
	if e := st.roleMatch(p.toks[from:end]); e != nil && !contains(inside, e) {
		return &speaker{name: e.Canonical, ent: e, kind: KindPerson}
	}
	phrase := st.body[p.toks[from].Start:p.toks[end-1].End]
	kind := KindUnresolved
	if !strings.HasPrefix(st.noConj(p.toks[from]), "ال") {
		kind = KindAnonymous // "متحدث باسم …": an unnamed spokesman
	}
	return &speaker{name: phrase, kind: kind}
}

func contains(es []*entity.Entity, e *entity.Entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}
