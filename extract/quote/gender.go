package quote

import (
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/internal/syn"
)

// Grammatical gender, as the parse's Gender feature spells it.
const (
	genderMasc = "Masc"
	genderFem  = "Fem"
)

// cueVerb returns the parsed verb segment of the cue at token i, or nil
// when the document is not parsed there or the cue is no verb.
func (st *state) cueVerb(p *para, i int) *arabic.Segment {
	doc := st.doc
	if doc == nil {
		return nil
	}
	v := syn.Base(doc, p.toks[i].Start)
	if v < 0 || !doc.ParsedAt(v) || doc.Segments[v].UPOS != arabic.VERB {
		return nil
	}
	return &doc.Segments[v]
}

// cueGender returns the gender a cue verb at token i marks on its subject
// ("قالت" Fem, "قال" Masc), or "" when the token is not a third-person
// singular verb of the parse. Arabic verbs agree with their subject in
// gender, also when the subject is dropped and continues an earlier one.
func (st *state) cueGender(p *para, i int) string {
	g := st.cueVerb(p, i)
	if g == nil || g.Feats.Get(arabic.FeatNumber) != "Sing" {
		return ""
	}
	if pe := g.Feats.Get(arabic.FeatPerson); pe != "" && pe != "3" {
		return ""
	}
	return g.Feats.Get(arabic.FeatGender)
}

// personGender returns the grammatical gender of a person entity voted
// from the parse of its mentions: the gender of a singular verb whose
// subject a mention heads, or the title it stands in apposition to heads
// ("صرحت الوزيرة سلمى …"), and of a singular title noun tied to the name
// when the parse gives that noun a gender. It returns "" for entities that
// are not persons, without evidence, or with votes that do not agree two
// to one. Results are cached per entity.
func (st *state) personGender(e *entity.Entity) string {
	if e == nil || e.Type != entity.PER || st.doc == nil {
		return ""
	}
	if g, ok := st.genders[e]; ok {
		return g
	}
	masc, fem := 0, 0
	vote := func(g string) {
		switch g {
		case genderMasc:
			masc++
		case genderFem:
			fem++
		}
	}
	doc := st.doc
	for _, m := range e.Mentions {
		h := mentionHead(doc, m.Start, m.End)
		if h < 0 {
			continue
		}
		// "وأضاف المدعي سامي حداد": the name hangs on its title, the
		// title is the subject.
		for steps := 0; steps < 2; steps++ {
			g := &doc.Segments[h]
			r := g.Rel.Universal()
			if g.Head < 0 || doc.Segments[g.Head].UPOS != arabic.NOUN || (r != arabic.RelAppos && r != arabic.RelFlat) {
				break
			}
			h = g.Head
		}
		g := &doc.Segments[h]
		if g.Head >= 0 && g.Rel.Universal() == arabic.RelNsubj {
			if v := &doc.Segments[g.Head]; v.UPOS == arabic.VERB && v.Feats.Get(arabic.FeatNumber) == "Sing" {
				vote(v.Feats.Get(arabic.FeatGender))
			}
		}
		// The title noun just before the name, tied to it by the parse.
		if t := syn.Base(doc, m.Start); t > 0 {
			n := &doc.Segments[t-1]
			if n.UPOS == arabic.NOUN && n.Feats.Get(arabic.FeatNumber) == "Sing" && (g.Head == t-1 || n.Head == h) {
				vote(n.Feats.Get(arabic.FeatGender))
			}
		}
	}
	out := ""
	switch {
	case masc > 0 && masc >= 2*fem:
		out = genderMasc
	case fem > 0 && fem >= 2*masc:
		out = genderFem
	}
	if st.genders == nil {
		st.genders = map[*entity.Entity]string{}
	}
	st.genders[e] = out
	return out
}

// mentionHead returns the segment heading the parsed words in [start,
// end): the one whose head lies outside the span, or -1.
func mentionHead(doc *arabic.Document, start, end int) int {
	k := syn.Base(doc, start)
	if k < 0 || !doc.ParsedAt(k) {
		return -1
	}
	for ; k < len(doc.Segments) && doc.Segments[k].Start < end; k++ {
		g := &doc.Segments[k]
		if g.Head < 0 {
			return k
		}
		if h := &doc.Segments[g.Head]; h.Start < start || h.Start >= end {
			return k
		}
	}
	return -1
}

// genderConflict reports whether speaker sp, a person entity or a phrase
// of known gender, cannot be the subject of a cue verb of gender g.
func (st *state) genderConflict(g string, sp *speaker) bool {
	if g == "" || sp == nil {
		return false
	}
	pg := sp.gender
	if sp.ent != nil {
		pg = st.personGender(sp.ent)
	}
	return pg != "" && pg != g
}

// agreeSentences is how many sentences before the cue's own the search for
// an agreeing subject reads.
const agreeSentences = 3

// agreeingSubject finds the speaker of a cue verb of gender g whose subject
// is dropped, when the previous speaker cannot be it: the subject of the
// nearest earlier main-clause verb of the same gender and number, within
// the cue's sentence and the agreeSentences before it ("رد المندوب على …،
// وقال إن …": المندوب). It returns nil when no such subject names a speaker.
func (st *state) agreeingSubject(p *para, i int, g string) *speaker {
	doc := st.doc
	v := syn.Base(doc, p.toks[i].Start)
	if v < 0 || !doc.ParsedAt(v) {
		return nil
	}
	first := doc.Sentences[max(0, doc.SentenceOf(doc.Segments[v].Token)-agreeSentences)].FirstSeg
	for k := v - 1; k >= first; k-- {
		w := &doc.Segments[k]
		if w.UPOS != arabic.VERB || w.Feats.Get(arabic.FeatNumber) != "Sing" || w.Feats.Get(arabic.FeatGender) != g || !mainVerb(doc, k) {
			continue
		}
		s := syn.Subject(doc, k)
		if s < 0 || (doc.Segments[s].UPOS != arabic.NOUN && doc.Segments[s].UPOS != arabic.PROPN) {
			continue
		}
		a, b := syn.Span(doc, s, arabic.RelAcl, arabic.RelAclRelcl, arabic.RelAppos)
		q := &para{start: a, end: b, toks: st.tokensBetween(a, b)}
		q.pairs = pairMarks(q.toks)
		sp := st.resolveRegion(q, 0, len(q.toks), false)
		if sp == nil || sp.kind == KindUnresolved || st.genderConflict(g, sp) {
			continue
		}
		if sp.ent == nil {
			sp.gender = g
		}
		return sp
	}
	return nil
}

// mainVerb reports whether verb segment k heads a main clause: the root of
// its sentence or a clause coordinated with it, not a verb of reported,
// relative or adverbial content.
func mainVerb(doc *arabic.Document, k int) bool {
	for steps := 0; steps < 8; steps++ {
		g := &doc.Segments[k]
		switch {
		case g.Head < 0:
			return g.Rel == arabic.RelRoot
		case g.Rel.Universal() == arabic.RelConj:
			k = g.Head
		default:
			return false
		}
	}
	return false
}

// pluralCue reports whether the cue verb at token i is plural or dual
// ("قالوا"، "أضافا"): one person cannot be its dropped subject.
func (st *state) pluralCue(p *para, i int) bool {
	g := st.cueVerb(p, i)
	if g == nil {
		return false
	}
	n := g.Feats.Get(arabic.FeatNumber)
	return n == "Plur" || n == "Dual"
}
