// Package syn reads the dependency parse of the shared document for the
// quote and event layers: the head segment of a token, a word's
// dependents by relation, the span of a phrase, voice and agreement. It
// holds no state; every function reads the arabic.Document it is given.
package syn

import (
	"github.com/marsad/marsad/arabic"
)

// Base returns the base segment of the token that covers byte offset off,
// or -1 when no token does.
func Base(doc *arabic.Document, off int) int {
	i := doc.TokenAt(off)
	if i >= len(doc.Tokens) || doc.Tokens[i].Start > off {
		return -1
	}
	return doc.BaseOf(i)
}

// Deps returns the dependents of segment h whose relation's universal part
// is one of rels (all dependents when rels is empty), in order.
func Deps(doc *arabic.Document, h int, rels ...arabic.Rel) []int {
	if h < 0 || !doc.ParsedAt(h) {
		return nil
	}
	s := doc.Sentences[doc.SentenceOf(doc.Segments[h].Token)]
	var out []int
	for k := s.FirstSeg; k < s.EndSeg; k++ {
		g := &doc.Segments[k]
		if g.Head != h {
			continue
		}
		if len(rels) == 0 {
			out = append(out, k)
			continue
		}
		for _, r := range rels {
			if g.Rel == r || g.Rel.Universal() == r {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// Dep returns the first dependent of h with one of rels, or -1.
func Dep(doc *arabic.Document, h int, rels ...arabic.Rel) int {
	if d := Deps(doc, h, rels...); len(d) > 0 {
		return d[0]
	}
	return -1
}

// Span returns the byte span of the phrase headed by segment h: h and
// everything that depends on it, directly or not, within its sentence.
// stop lists relations whose subtrees are left out (a relative clause or
// an apposition after a name), for the core of a phrase.
func Span(doc *arabic.Document, h int, stop ...arabic.Rel) (start, end int) {
	g := doc.Segments[h]
	start, end = g.Start, g.End
	if !doc.ParsedAt(h) {
		return start, end
	}
	s := doc.Sentences[doc.SentenceOf(g.Token)]
	in := make(map[int]bool, 8)
	in[h] = true
	// Heads come before or after their dependents; a few passes settle
	// every descendant of h (the sentence is scanned at most depth times).
	for changed := true; changed; {
		changed = false
		for k := s.FirstSeg; k < s.EndSeg; k++ {
			d := &doc.Segments[k]
			if in[k] || d.Head < 0 || !in[d.Head] || stopped(d.Rel, stop) {
				continue
			}
			in[k] = true
			changed = true
			start, end = min(start, d.Start), max(end, d.End)
		}
	}
	return start, end
}

func stopped(r arabic.Rel, stop []arabic.Rel) bool {
	for _, x := range stop {
		if r == x || r.Universal() == x {
			return true
		}
	}
	return false
}

// Governor returns the verb a segment belongs to as an argument: the
// segment itself when it is a verb, else its head when that is one
// (following aux and cop to the verb they support), else -1.
func Governor(doc *arabic.Document, k int) int {
	for steps := 0; k >= 0 && steps < 3; steps++ {
		g := &doc.Segments[k]
		if g.UPOS == arabic.VERB {
			return k
		}
		if g.Rel.Universal() != arabic.RelAux && g.Rel != arabic.RelCop {
			return -1
		}
		k = g.Head
	}
	return -1
}

// Subject returns the subject of verb segment v (nsubj or nsubj:pass;
// for a verb under كان or قد, the subject may hang on the auxiliary's
// verb), or -1 when the parse has none (a dropped subject).
func Subject(doc *arabic.Document, v int) int {
	if v < 0 {
		return -1
	}
	return Dep(doc, v, arabic.RelNsubj)
}

// Passive reports whether verb segment v is passive: its voice feature, or
// a nsubj:pass dependent.
func Passive(doc *arabic.Document, v int) bool {
	if v < 0 {
		return false
	}
	if doc.Segments[v].Feats.Is(arabic.FeatVoice, "Pass") {
		return true
	}
	for _, d := range Deps(doc, v, arabic.RelNsubj) {
		if doc.Segments[d].Rel == arabic.RelNsubjPass {
			return true
		}
	}
	return false
}

// Gender returns the gender feature of a segment ("Masc", "Fem" or "").
func Gender(doc *arabic.Document, k int) string {
	if k < 0 {
		return ""
	}
	return doc.Segments[k].Feats.Get(arabic.FeatGender)
}

// Number returns the number feature of a segment ("Sing", "Dual", "Plur"
// or "").
func Number(doc *arabic.Document, k int) string {
	if k < 0 {
		return ""
	}
	return doc.Segments[k].Feats.Get(arabic.FeatNumber)
}
