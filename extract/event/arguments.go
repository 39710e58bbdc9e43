package event

import (
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
)

// maxSubjectGap is how far after a verb its subject may start (in tokens),
// leaving room for adverbs and time words (التقى الرئيس … صباح اليوم).
const maxSubjectGap = 4

// maxBack is how far before a trigger an SVO subject may end.
const maxBack = 10

// arguments chooses the source and target of trigger h among the refs of
// its sentence.
func (c *Coder) arguments(st *docState, toks []arabic.Token, refs []ref, h hit) (src, dst *ref) {
	end := h.i + h.n
	after := func(from int) []*ref {
		var out []*ref
		for k := range refs {
			if refs[k].a >= from {
				out = append(out, &refs[k])
			}
		}
		return out
	}
	// "بدعم من X": X is the source; the target is what came before.
	if h.bProc && end < len(toks) && toks[end].Norm == "من" {
		if a := after(end + 1); len(a) > 0 && a[0].a-end <= 2 {
			return a[0], c.before(toks, refs, h.i, maxBack)
		}
	}
	if h.trg.noun {
		return c.nounArguments(toks, refs, h, after(end))
	}
	// Relative clause: "… حكومة الوفاق، التي تدعمها تركيا".
	if h.i > 0 && isRelative(toks[h.i-1].Norm) {
		ante := antecedent(toks, refs, h.i-1)
		a := after(end)
		var subj *ref
		if len(a) > 0 && a[0].a-end <= maxSubjectGap {
			subj = a[0]
		}
		if h.suffix && subj != nil {
			return subj, ante
		}
		return ante, c.target(toks, h, a, subj)
	}
	a := after(end)
	procl := strings.HasPrefix(toks[h.i].Norm, "و") || strings.HasPrefix(toks[h.i].Norm, "ف")
	if b := c.before(toks, refs, h.i, 2); b != nil && !procl {
		src = b // SVO: "حفتر رفض …", "مخطط تركيا يهدد …"
	} else if len(a) > 0 && a[0].a-end <= maxSubjectGap && !c.opensFrame(toks, h, a[0].a) {
		src = a[0]
	} else {
		src = c.before(toks, refs, h.i, maxBack)
	}
	if sp := c.speakerOf(st, toks, h); sp != nil {
		src = sp
	}
	dst = c.target(toks, h, a, src)
	return src, dst
}

// nounArguments handles an event noun: its qualifier or the clause
// subject is the source; a genitive victim or a framed actor the target.
func (c *Coder) nounArguments(toks []arabic.Token, refs []ref, h hit, a []*ref) (src, dst *ref) {
	end := h.i + h.n
	// The actor right after the noun (skipping up to two adjectives).
	var qual *ref
	if len(a) > 0 && a[0].a-end <= 2 && (a[0].kind == refNationality || a[0].kind == refEntity) {
		qual = a[0]
	}
	if h.trg.genTarget {
		return c.before(toks, refs, h.i, maxBack), qual
	}
	if qual != nil {
		src = qual
	} else if lv := lightVerb(toks, h.i); lv >= 0 {
		// "طائرات تركية أجرت مناورات", "شنت القوات هجوما"
		src = c.before(toks, refs, lv, maxBack)
		if src == nil {
			for k := range refs {
				if r := &refs[k]; r.a > lv && r.a < h.i {
					src = r
					break
				}
			}
		}
	}
	dst = c.target(toks, h, a, src)
	if dst == nil {
		crossCommas := h.trg.typ == "MOBILIZE" || h.trg.typ == "ASSAULT"
		for _, r := range a {
			if stopBetween(toks, h.i, r.a) || (!crossCommas && commaBetween(toks, h.i, r.a)) {
				break
			}
			if !sameActor(r, src) && r.kind == refEntity {
				dst = r
				break
			}
		}
	}
	return src, dst
}

// target finds the target after the trigger: the first actor at or after a
// token carrying one of the frame's prepositions, else the direct object.
func (c *Coder) target(toks []arabic.Token, h hit, a []*ref, src *ref) *ref {
	from := h.i + h.n
	if src != nil && src.a >= from {
		from = src.b
	}
	if len(h.trg.preps) > 0 {
		for k := from; k < len(toks); k++ {
			if isSentenceStop(toks[k].Text) {
				break
			}
			if !carriesPrep(toks[k], h.trg.preps) {
				continue
			}
			for _, r := range a {
				if r.a >= k && !sameActor(r, src) && !stopBetween(toks, k, r.a) {
					return r
				}
			}
			break
		}
		if h.trg.noun {
			return nil
		}
	}
	for _, r := range a {
		if r.a >= from && !sameActor(r, src) && r.a-from <= 6 {
			return r
		}
	}
	return nil
}

// sameActor reports whether two refs name the same actor.
func sameActor(a, b *ref) bool {
	if a == nil || b == nil {
		return false
	}
	return a == b || (a.ent != nil && a.ent == b.ent)
}

// antecedent returns the actor a relative pronoun at token k refers to:
// the last one ending within three tokens before it, punctuation aside.
func antecedent(toks []arabic.Token, refs []ref, k int) *ref {
	var best *ref
	for i := range refs {
		r := &refs[i]
		if r.b > k {
			break
		}
		gap := 0
		for j := r.b; j < k; j++ {
			if toks[j].Kind != arabic.Punct {
				gap++
			}
		}
		if gap <= 1 {
			best = r
		}
	}
	return best
}

// lightVerbs carry an event noun: شن هجوما، أجرى مناورات، نفذ غارات.
var lightVerbs = map[string]bool{"شن": true, "شنت": true, "شنوا": true, "يشن": true, "تشن": true, "اجري": true, "اجرت": true, "اجروا": true, "يجري": true, "تجري": true, "نفذ": true, "نفذت": true, "نفذوا": true, "ينفذ": true, "تنفذ": true, "نظم": true, "نظمت": true, "نظموا": true, "قاد": true, "قادت": true, "واصل": true, "واصلت": true, "بدا": true, "بدات": true, "عقد": true, "عقدت": true, "وجه": true, "وجهت": true}

// lightVerb returns the index of a light verb up to three tokens before
// the noun at i (allowing "مؤخرا سلسلة"), or -1.
func lightVerb(toks []arabic.Token, i int) int {
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if toks[j].Kind == arabic.Punct {
			return -1
		}
		n := toks[j].Norm
		if lightVerbs[n] || (len([]rune(n)) > 3 && (n[:2] == "و" || n[:2] == "ف") && lightVerbs[n[2:]]) {
			return j
		}
	}
	return -1
}

func stopBetween(toks []arabic.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if isSentenceStop(toks[k].Text) {
			return true
		}
	}
	return false
}

func commaBetween(toks []arabic.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if t := toks[k].Text; t == "،" || t == "," || isSentenceStop(t) {
			return true
		}
	}
	return false
}

// opensFrame reports whether the actor at token k is introduced by the
// frame's preposition, so it is the target, not the subject.
func (c *Coder) opensFrame(toks []arabic.Token, h hit, k int) bool {
	if len(h.trg.preps) == 0 {
		return false
	}
	if carriesPrep(toks[k], h.trg.preps) {
		return true
	}
	return k > 0 && carriesPrep(toks[k-1], h.trg.preps) && len([]rune(toks[k-1].Norm)) <= 3
}

// carriesPrep reports whether a token is one of preps, or carries one as a
// one-letter proclitic (بمشايخ for ب).
func carriesPrep(t arabic.Token, preps []string) bool {
	for _, p := range preps {
		if t.Norm == p {
			return true
		}
		if len([]rune(p)) == 1 && strings.HasPrefix(t.Norm, p) && len([]rune(t.Norm)) > 3 {
			return true
		}
		if strings.HasPrefix(t.Norm, "و"+p) && len([]rune(p)) == 1 && len([]rune(t.Norm)) > 4 {
			return true
		}
	}
	return false
}

// before returns the last actor ending at or before token i within the
// clause (no sentence stop or comma between), at most max tokens back.
func (c *Coder) before(toks []arabic.Token, refs []ref, i, max int) *ref {
	var best *ref
	for k := range refs {
		r := &refs[k]
		if r.b > i || i-r.b > max {
			continue
		}
		blocked := false
		for j := r.b; j < i; j++ {
			if isSentenceStop(toks[j].Text) || toks[j].Text == "،" || toks[j].Text == "," || isComplementizer(toks[j].Norm) {
				blocked = true
				break
			}
		}
		if !blocked {
			best = r
		}
	}
	return best
}

// speakerOf returns the speaker of the quote whose cue is the trigger
// (وطالب رئيس ديوان … → the person the quote layer resolved).
func (c *Coder) speakerOf(st *docState, toks []arabic.Token, h hit) *ref {
	t := toks[h.i]
	for _, q := range st.in.Quotes {
		if q.CueStart < t.End && q.CueEnd > t.Start && q.SpeakerEntity != "" {
			for i := range st.in.Entities {
				e := &st.in.Entities[i]
				if e.ID == q.SpeakerEntity && e.Type == entity.PER {
					return &ref{name: e.Canonical, code: e.ActorCode, ent: e, a: -1, b: -1}
				}
			}
		}
	}
	return nil
}

// proposalObject resolves an object like "ذلك الاقتراح" / "المقترح" to the
// last proposal coded before it.
func (c *Coder) proposalObject(st *docState, toks []arabic.Token, h hit) *Event {
	k := h.i + h.n
	for k < len(toks) && (isDemonstrative(toks[k].Norm) || toks[k].Kind == arabic.Punct) {
		k++
	}
	if k >= len(toks) || !proposalNouns[stripAl(toks[k].Norm)] || len(st.proposals) == 0 {
		return nil
	}
	return &st.proposals[len(st.proposals)-1]
}

func isComplementizer(w string) bool {
	switch w {
	case "ان", "بان", "انه", "انها", "لان", "فان":
		return true
	}
	return false
}

func isDemonstrative(w string) bool {
	switch w {
	case "ذلك", "هذا", "هذه", "تلك", "هذين", "هاتين":
		return true
	}
	return false
}

func isRelative(w string) bool {
	switch w {
	case "التي", "الذي", "الذين", "اللتين", "اللذين":
		return true
	}
	return false
}

func isSentenceStop(t string) bool {
	switch t {
	case ".", "؟", "?", "!", "..", "...", "…", "؛", ";", ":":
		return true
	}
	return false
}
