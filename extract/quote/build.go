package quote

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// maxSpeakerTokens bounds the search for a complement after the cue.
const maxSpeakerTokens = 40

// minClauseWords is the fewest content words an indirect statement keeps
// before a comma may end it.
const minClauseWords = 4

// build turns cue hit h into a quote, or reports false.
func (st *state) build(p *para, hits []hit, h int, used map[int]bool) (Quote, bool) {
	c := hits[h]
	if c.cue.class == classNoun {
		return Quote{}, false
	}
	limit := len(p.toks)
	if h+1 < len(hits) {
		limit = hits[h+1].i
		if lb := st.clauseStart(p, hits[h+1]); lb > hits[h].i+hits[h].n && lb < limit {
			limit = lb
		}
	}
	after := c.i + c.n
	if c.lastL {
		after = c.i + c.n - 1 // the speaker starts inside the ل-token
	}
	var via *speaker
	if c.cue.class == classRelay {
		k := findWord(p.toks, after, limit, "عن")
		if k < 0 {
			return Quote{}, false
		}
		via = st.resolveRegion(p, after, k, true)
		after = k + 1
		c.cue = st.x.lx.relayed
	}
	if c.cue.class == classSource {
		return st.buildSource(p, c, limit)
	}
	comp, cs, ok := st.findComplement(p, c, after, limit)
	if !ok {
		return Quote{}, false
	}
	sp := st.resolveRegion(p, after, comp, false)
	if sp == nil && !c.procl {
		sp = st.resolveBack(p, c.i)
	}
	if sp == nil {
		if st.prev == nil {
			return Quote{}, false
		}
		sp = st.prev
	}
	q, ok := st.content(p, cs, limit)
	if !ok {
		return Quote{}, false
	}
	q.Cue = st.body[c.cueBeg:c.cueEnd]
	q.CueStart, q.CueEnd = c.cueBeg, c.cueEnd
	st.setSpeaker(&q, sp)
	switch {
	case via != nil:
		q.Via = via.name
	case sp.via != "":
		q.Via = sp.via
	}
	// "…، وفقا للمتحدث …": a source cue right after the content relays it.
	if h+1 < len(hits) && hits[h+1].cue.class == classSource && st.adjacent(p, q.ContentEnd, hits[h+1].i) {
		if v := st.sourceSpeaker(p, hits[h+1]); v != nil {
			q.Via = v.name
			used[h+1] = true
		}
	}
	st.prev = sp
	return q, true
}

// buildSource handles a standalone "بحسب X" / "وفقا لـX": X said the clause
// before the cue, from the sentence start.
func (st *state) buildSource(p *para, c hit, limit int) (Quote, bool) {
	sp := st.sourceSpeaker(p, c)
	if sp == nil || sp.kind == KindUnresolved {
		return Quote{}, false
	}
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
	q := Quote{Kind: Indirect, ContentStart: p.toks[from].Start, ContentEnd: p.toks[end-1].End}
	q.Content = st.body[q.ContentStart:q.ContentEnd]
	q.Cue = st.body[c.cueBeg:c.cueEnd]
	q.CueStart, q.CueEnd = c.cueBeg, c.cueEnd
	st.setSpeaker(&q, sp)
	return q, true
}

// sourceSpeaker resolves the X of "بحسب X": the tokens after the cue up to a
// relative pronoun, a comma or the sentence end.
func (st *state) sourceSpeaker(p *para, c hit) *speaker {
	from := c.i + c.n
	if c.lastL {
		from--
	}
	to := from
	for to < len(p.toks) && to-from < 12 {
		t := p.toks[to]
		if t.Kind == arabic.Punct || isRelativePronoun(t.Norm) {
			break
		}
		to++
	}
	return st.resolveRegion(p, from, to, true)
}

func (st *state) setSpeaker(q *Quote, sp *speaker) {
	q.Speaker = sp.name
	q.SpeakerKind = sp.kind
	if sp.ent != nil {
		q.SpeakerEntity = sp.ent.ID
	}
}

// findComplement finds what opens the content: the cue's complement
// particles, a colon or an opening quotation mark. It returns the index
// where the speaker region ends and where the content starts.
func (st *state) findComplement(p *para, c hit, from, limit int) (regionEnd, contentStart int, ok bool) {
	weak := -1
	weakLen := 0
	words := 0
	for k := from; k < limit && words <= maxSpeakerTokens; k++ {
		t := p.toks[k]
		if t.Kind != arabic.Punct {
			words++
		}
		if t.Text == ":" {
			return k, k + 1, true
		}
		if isSentenceEnd(t.Text) {
			break
		}
		if roleOf(p.toks, k) == opening {
			return k, k, true
		}
		if k == from && c.lastL {
			continue // the ل-token carries the speaker, not the content
		}
		best, bestProc := 0, false
		for _, comp := range c.cue.complements {
			n, proclitic := st.matchComplement(p, k, comp)
			if n == 0 || n <= best {
				continue
			}
			if len(comp) == 1 && comp[0] == "من" {
				if weak < 0 {
					weak, weakLen = k, n
				}
				continue
			}
			best, bestProc = n, proclitic
		}
		if best > 0 {
			if bestProc {
				return k, k, true
			}
			return k, k + best, true
		}
	}
	if weak >= 0 {
		return weak, weak + weakLen, true
	}
	return 0, 0, false
}

// matchComplement matches a complement at token k. A one-letter complement
// (ب, ل) is a proclitic on a word that is not part of a name.
func (st *state) matchComplement(p *para, k int, comp []string) (n int, proclitic bool) {
	t := p.toks[k]
	if len(comp) == 1 && len([]rune(comp[0])) == 1 {
		r := []rune(t.Norm)
		if t.Kind == arabic.Word && len(r) >= 4 && string(r[0]) == comp[0] && st.mentionAt(t.Start) == nil {
			return 1, true
		}
		return 0, false
	}
	for j, w := range comp {
		if k+j >= len(p.toks) || p.toks[k+j].Norm != w {
			return 0, false
		}
	}
	return len(comp), false
}

// content reads the statement from token cs: a direct quote to its closing
// mark, else to the sentence end, the limit, or a comma once the clause has
// enough words.
func (st *state) content(p *para, cs, limit int) (Quote, bool) {
	if cs >= len(p.toks) {
		return Quote{}, false
	}
	if roleOf(p.toks, cs) == opening {
		if m := p.pairs[cs]; m > cs && closesStatement(p.toks, m) {
			return st.span(p.toks[cs].End, p.toks[m].Start, Direct)
		}
	}
	quoted := false
	end := cs
	words := 0
	for k := cs; k < limit; k++ {
		t := p.toks[k]
		if roleOf(p.toks, k) == opening {
			if m, ok := p.pairs[k]; ok && m > k {
				quoted = true
				if m >= limit {
					break
				}
				words += countWords(p.toks[k:m])
				k = m
				end = m + 1
				continue
			}
		}
		if isSentenceEnd(t.Text) || (isComma(t.Text) && words >= minClauseWords) {
			break
		}
		if t.Kind != arabic.Punct {
			words++
			end = k + 1
		}
	}
	if words == 0 || end <= cs {
		return Quote{}, false
	}
	kind := Indirect
	if quoted {
		kind = Mixed
	}
	return st.span(p.toks[cs].Start, p.toks[end-1].End, kind)
}

func (st *state) span(a, b int, kind string) (Quote, bool) {
	s := st.body[a:b]
	trimmed := strings.TrimSpace(s)
	if trimmed == "" {
		return Quote{}, false
	}
	a += strings.Index(s, trimmed)
	b = a + len(trimmed)
	return Quote{Kind: kind, Content: trimmed, ContentStart: a, ContentEnd: b}, true
}

// closesStatement reports whether the closing mark at m ends the statement
// (the text after it is punctuation or the paragraph end), so the whole
// statement is the quotation.
func closesStatement(toks []arabic.Token, m int) bool {
	return m+1 >= len(toks) || toks[m+1].Kind == arabic.Punct
}

// clauseStart returns where the clause of cue hit h begins: for an SVO cue
// with no proclitic, the start of its subject; else the cue itself.
func (st *state) clauseStart(p *para, h hit) int {
	if h.procl {
		return h.i
	}
	k := h.i
	for k > 0 && h.i-k < 10 {
		t := p.toks[k-1]
		if t.Kind == arabic.Punct || isClauseOpener(t.Norm) {
			break
		}
		k--
	}
	if k > 0 && isClauseOpener(p.toks[k-1].Norm) {
		k--
	}
	return k
}

// adjacent reports whether only punctuation separates byte offset pos from token k.
func (st *state) adjacent(p *para, pos, k int) bool {
	for j := k - 1; j >= 0 && p.toks[j].End > pos; j-- {
		if p.toks[j].Kind != arabic.Punct {
			return false
		}
	}
	return true
}

func findWord(toks []arabic.Token, from, to int, w string) int {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].Norm == w {
			return k
		}
		if isSentenceEnd(toks[k].Text) {
			break
		}
	}
	return -1
}

func countWords(toks []arabic.Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind != arabic.Punct {
			n++
		}
	}
	return n
}

// isRelativeObject reports whether w introduces an embedded description
// ("ما وصفه"، "بما أسماه"، "من وصفتهم") rather than a statement.
func isRelativeObject(w string) bool {
	switch w {
	case "ما", "من", "بما", "لما", "مما", "عما", "بمن", "لمن", "ممن":
		return true
	}
	return false
}

func isRelativePronoun(w string) bool {
	switch w {
	case "الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي":
		return true
	}
	return false
}

func isClauseOpener(w string) bool {
	switch w {
	case "لكن", "ولكن", "بينما", "فيما", "حيث", "الا", "غير", "بل", "كما", "وسط", "ان", "فان", "لان", "وان":
		return true
	}
	return false
}
