package event

import (
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/internal/syn"
)

// parseArguments reads the source and target of trigger h from the
// sentence's dependency parse: for a verb, the source is its subject and
// the target its object or the dependent its frame's preposition
// introduces (فرضت واشنطن عقوبات على طهران); a passive verb's subject is
// the target. An event noun that is the object of a verb (شنت القوات
// هجوما، فرضت عقوبات على X) takes that verb's subject as source and its
// own or the verb's prepositional dependent as target. A slot is nil when
// the parse names no actor reference there; ok is false when the sentence
// is not parsed or the trigger has no verb to read.
func (c *Coder) parseArguments(st *docState, toks []arabic.Token, refs []ref, h hit) (src, dst *ref, passive, ok bool) {
	doc := st.in.Doc
	if doc == nil {
		return nil, nil, false, false
	}
	t := syn.Base(doc, toks[h.i].Start)
	if t < 0 || !doc.ParsedAt(t) {
		return nil, nil, false, false
	}
	v := -1
	g := &doc.Segments[t]
	switch {
	case g.UPOS == arabic.VERB:
		v = t
	case g.Head >= 0 && doc.Segments[g.Head].UPOS == arabic.VERB && (g.Rel.Universal() == arabic.RelObj || g.Rel.Universal() == arabic.RelObl):
		v = g.Head // a light verb with its event noun
	default:
		return nil, nil, false, false
	}
	in := func(k int) *ref {
		if k < 0 {
			return nil
		}
		a, b := syn.Span(doc, k, arabic.RelAcl, arabic.RelAdvcl, arabic.RelCcomp, arabic.RelConj, arabic.RelCc)
		for i := range refs {
			r := &refs[i]
			if toks[r.a].Start >= a && toks[r.b-1].End <= b {
				return r
			}
		}
		return nil
	}
	framed := func(head int) *ref {
		for _, d := range syn.Deps(doc, head, arabic.RelObl, arabic.RelNmod) {
			cs := syn.Dep(doc, d, arabic.RelCase)
			if cs < 0 {
				continue
			}
			for _, p := range h.trg.preps {
				if doc.Segments[cs].Norm == p {
					if r := in(d); r != nil {
						return r
					}
				}
			}
		}
		return nil
	}
	// A verb read as passive that governs an object or an accusative
	// count ("قتل المهاجمون ثمانية أشخاص") is active: a passive verb
	// takes no object.
	// So is a verb the tagger marks passive whose subject the parser
	// attaches as an active one (nsubj, not nsubj:pass).
	passive = syn.Passive(doc, v) && !governsObject(doc, v)
	if sj := syn.Subject(doc, v); passive && sj >= 0 && doc.Segments[sj].Rel == arabic.RelNsubj {
		passive = false
	}
	subj := in(syn.Subject(doc, v))
	if passive {
		dst = subj
	} else {
		src = subj
	}
	if dst == nil && v == t {
		dst = in(syn.Dep(doc, v, arabic.RelObj))
	}
	if dst == nil && v != t {
		dst = framed(t)
	}
	if dst == nil {
		dst = framed(v)
	}
	if src != nil && dst == src {
		dst = nil
	}
	return src, dst, passive, true
}

// governsObject reports whether verb segment v governs an object or a
// count of what it was done to ("20 فلسطينيا"), not its subject.
func governsObject(doc *arabic.Document, v int) bool {
	for _, d := range syn.Deps(doc, v) {
		g := &doc.Segments[d]
		if g.Rel.Universal() == arabic.RelObj {
			return true
		}
		if g.UPOS == arabic.NUM && g.Rel.Universal() != arabic.RelNsubj && g.Rel.Universal() != arabic.RelObl {
			return true
		}
	}
	return false
}
