package quote

import (
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
)

// maxSourceTokens bounds the phrase after a source cue.
const maxSourceTokens = 12

// source is a parsed "بحسب X" phrase.
type source struct {
	sp     *speaker // X: the source, or the outlet of a relay
	relay  bool     // "بحسب ما نقلت عنه X": X relayed the statement
	verb   int      // the speech verb of "وفق ما أفاد X", or -1
	end    int      // token index after the phrase
	fronts bool     // "وبحسب X فإن …": the statement follows
}

// parseSource reads the phrase after a source cue: "بحسب X"، "وفقا لـX"،
// "بحسب ما نقلت عنه X" (X relayed it), "وفق ما أفاد X" (X said it).
func (st *state) parseSource(p *para, c hit) source {
	from := c.i + c.n
	if c.lastL {
		from--
	}
	src := source{verb: -1}
	if from < len(p.toks) {
		if w := p.toks[from].Norm; w == "ما" || w == "لما" {
			from++
			if from < len(p.toks) {
				if h, ok := st.matchAt(p, from); ok && (h.cue.class == classRelay || h.cue.class == classVerb) {
					src.relay = h.cue.class == classRelay
					if !src.relay {
						src.verb = from
					}
					from += h.n
				} else if isRelayVerb(p.toks[from].Norm) {
					src.relay = true
					from++
				}
			}
			if from < len(p.toks) && isPronounObject(p.toks[from].Norm) {
				from++
			}
		}
	}
	to := from
	for to < len(p.toks) && to-from < maxSourceTokens {
		t := p.toks[to]
		if t.Kind == arabic.Punct && roleOf(p.toks, to) == notMark || isRelativePronoun(t.Norm) || t.Norm == "فان" || t.Norm == "ان" {
			break
		}
		to++
	}
	src.end = to
	src.fronts = st.sentenceInitial(p, c.i)
	src.sp = st.sourceResolve(p, from, to)
	return src
}

// sourceResolve resolves the X of a source phrase: an entity, an anonymous
// source, an outlet, a role, a document of a named body, or a possessed
// institution ("مكتبه" → the person last named).
func (st *state) sourceResolve(p *para, from, to int) *speaker {
	if from >= to {
		return nil
	}
	first := firstWord(p.toks[from:to])
	if e := st.possessor(first); e != nil {
		return &speaker{name: e.Canonical, ent: e, kind: KindPerson}
	}
	if sp := st.documentIssuer(first); sp != nil {
		return sp
	}
	sp := st.resolveRegion(p, from, to, false)
	if sp != nil && sp.kind != KindUnresolved {
		return sp
	}
	if sp == nil {
		sp = st.phraseSpeaker(p, from, to)
	}
	if sp != nil && !normNouns[arabic.StripArticle(st.noConj(first))] && !normNouns[arabic.StripArticle(strings.TrimPrefix(first.Norm, "ل"))] {
		return sp // "حسب المرصد السوري": a body the entity layer missed
	}
	if outletHeads[arabic.StripArticle(first.Norm)] {
		return &speaker{name: st.subjectPhrase(p, from, to), kind: KindOrganisation}
	}
	return nil
}

// buildSource handles a standalone "بحسب X": X said the clause before the
// cue (from the sentence start), or, when the cue opens the sentence, the
// clause after X ("وبحسب البيان فإن …").
func (st *state) buildSource(p *para, c hit, limit int) (Quote, bool) {
	src := st.parseSource(p, c)
	sp := src.sp
	via := ""
	if src.relay {
		// "بحسب ما نقلت عنه X": the statement is the last speaker's.
		if sp == nil || st.prev == nil {
			return Quote{}, false
		}
		via, sp = sp.name, st.prev
	}
	if sp == nil {
		return Quote{}, false
	}
	var q Quote
	if src.fronts {
		cs := src.end
		if cs < len(p.toks) && (p.toks[cs].Norm == "فان" || p.toks[cs].Norm == "ان" || isComma(p.toks[cs].Text)) {
			cs++
		}
		var ok bool
		if q, ok = st.content(p, cs, limit); !ok {
			return Quote{}, false
		}
	} else {
		from := c.i
		for from > 0 && !isSentenceEnd(p.toks[from-1].Text) {
			from--
		}
		end := c.i
		for end > from && p.toks[end-1].Kind == arabic.Punct {
			end--
		}
		if countWords(p.toks[from:end]) < minClauseWords {
			return Quote{}, false
		}
		q = Quote{Kind: Indirect, ContentStart: p.toks[from].Start, ContentEnd: p.toks[end-1].End}
		q.Content = st.body[q.ContentStart:q.ContentEnd]
	}
	q.Cue = st.body[c.cueBeg:c.cueEnd]
	q.CueStart, q.CueEnd = c.cueBeg, c.cueEnd
	if src.verb >= 0 {
		// "وفق ما أفاد X": the speech verb is the cue.
		t := p.toks[src.verb]
		q.Cue, q.CueStart, q.CueEnd = t.Text, t.Start, t.End
	}
	st.setSpeaker(&q, sp)
	q.basis = basisSource
	q.Via = via
	return q, true
}

// sentenceInitial reports whether only a و/ف-free start, punctuation or
// nothing precedes token k in its sentence.
func (st *state) sentenceInitial(p *para, k int) bool {
	for j := k - 1; j >= 0; j-- {
		t := p.toks[j]
		if isSentenceEnd(t.Text) {
			return true
		}
		if t.Kind != arabic.Punct {
			return false
		}
	}
	return true
}

// sameSentence reports whether no sentence end lies between byte offset pos
// and token k.
func (st *state) sameSentence(p *para, pos, k int) bool {
	for j := k - 1; j >= 0 && p.toks[j].Start >= pos; j-- {
		if isSentenceEnd(p.toks[j].Text) {
			return false
		}
	}
	return true
}

// possessedHeads are institutions named through their owner: "مكتبه"،
// "موقعه الإلكتروني"، "حسابه على تويتر".
var possessedHeads = map[string]bool{"مكتب": true, "موقع": true, "حساب": true, "ديوان": true, "متحدث": true}

// possessor resolves "مكتبه" (his office) to the person named last before it.
func (st *state) possessor(t arabic.Token) *entity.Entity {
	w := []rune(t.Norm)
	if len(w) < 4 || w[len(w)-1] != 'ه' || !possessedHeads[string(w[:len(w)-1])] {
		return nil
	}
	k := sort.Search(len(st.ments), func(i int) bool { return st.ments[i].start >= t.Start })
	for j := k - 1; j >= 0 && j >= k-maxLookBack; j-- {
		if m := st.ments[j]; m.end <= t.Start && m.ent.Type == entity.PER {
			return m.ent
		}
	}
	return nil
}

// isRelayVerb reports whether w is a form of نقل with an object pronoun
// ("نقلته"، "نقله").
func isRelayVerb(w string) bool {
	switch w {
	case "نقله", "نقلته", "نقلها", "نقلتها", "تنقله":
		return true
	}
	return false
}

// isPronounObject reports whether w is "عنه"/"عنها"/"له"…: the person a
// relay quotes, already named.
func isPronounObject(w string) bool {
	switch w {
	case "عنه", "عنها", "عنهم", "له", "لها":
		return true
	}
	return false
}

// normNouns head phrases after وفقا لـ that are rules, not speakers:
// "وفقا للقانون الدولي"، "بحسب الاتفاق".
var normNouns = map[string]bool{
	"قانون": true, "اتفاق": true, "اتفاقيه": true, "قرار": true, "قرارات": true, "دستور": true,
	"بند": true, "ماده": true, "خطه": true, "برنامج": true, "شروط": true, "معايير": true,
	"مبادئ": true, "احكام": true, "جدول": true, "موعد": true, "توقيت": true, "نظام": true,
}
