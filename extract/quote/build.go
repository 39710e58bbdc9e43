package quote

import (
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/internal/syn"
)

// maxSpeakerTokens bounds the search for a complement after the cue.
const maxSpeakerTokens = 40

// minClauseWords is the fewest content words an indirect statement keeps
// before a comma may end it.
const minClauseWords = 4

// build turns cue hit h into a quote, or reports false.
func (st *state) build(p *para, hits []hit, h int, used map[int]bool) (Quote, bool) {
	c := hits[h]
	if c.cue.class == classNoun || c.cue.class == classSkip {
		return Quote{}, false
	}
	// "لم تكشف الوزارة عن …": a statement not made is no quote, but its
	// subject goes on being the one a dropped subject continues.
	negated := c.i > 0 && c.cue.class == classVerb && isNegation(st.noConj(p.toks[c.i-1]))
	limit := st.limitAfter(p, hits, h)
	if inRelativeClause(p.toks, c.i) {
		// "…، الذي تحدث إلى صحافيين، …": the clause ends at its comma.
		if e := nextComma(p.toks, c.i, limit); e > 0 {
			limit = e
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
	if n := st.nextBound(p, hits, h); !ok && n >= 0 && c.cue.class == classVerb && isSayingParticiple(st.noConj(p.toks[hits[n].i])) {
		// "وأضاف الوزير، خلال حديثه، قائلا إن …": قائلا only introduces
		// the words of the verb before it.
		limit = st.limitAfter(p, hits, n)
		if comp, cs, ok = st.findComplement(p, c, after, limit); ok {
			used[n] = true
		}
	}
	if !ok && c.cue.nominal && st.opensSubject(p, after) {
		// "وتنفي إيران بشدة دعمها …": the object after the named speaker.
		if sp := st.resolveRegion(p, after, limit, false); sp != nil {
			if o := st.objectStart(p, after, limit, sp); o >= 0 {
				comp, cs, ok = o, o, true
			}
		}
	}
	if !ok {
		return Quote{}, false
	}
	basis := basisRegion
	sp := st.resolveRegion(p, after, comp, false)
	if sp != nil && sp.kind == KindPerson {
		if r := st.spokesman(p, c.i, after, comp); r != nil {
			sp, basis = r, basisSpokesman // "قال متحدث باسم X": the spokesman speaks, not X
		}
	}
	gender := st.cueGender(p, c.i)
	if sp != nil && sp.ent == nil && sp.gender == "" {
		// "قال المندوب الروسي": the verb shows the phrase's gender.
		sp.gender = gender
	}
	if sp == nil && c.n > 1 {
		sp, basis = st.documentIssuer(p.toks[c.i+c.n-1]), basisIssuer // "وأضاف البيان أن …"
	}
	if sp == nil && !c.cue.object {
		sp, basis = st.phraseSpeaker(p, after, comp), basisPhrase
	}
	if sp == nil && !c.procl {
		sp, basis = st.resolveBack(p, c.i), basisBack
	}
	if sp == nil {
		if st.prev == nil {
			return Quote{}, false
		}
		sp, basis = st.prev, basisPrevious
		if sp.kind == KindPerson && st.pluralCue(p, c.i) {
			// "… قال الوزير …، وأضافوا أن …": many spoke, not he.
			return Quote{}, false
		}
		if st.genderConflict(gender, sp) {
			// "… قالت الوزيرة سلمى …، وقال إن …": the verb's gender rules
			// the previous speaker out.
			sp, basis = st.agreeingSubject(p, c.i, gender), basisAgree
			if sp == nil {
				return Quote{}, false
			}
		}
	}
	if via == nil && basis != basisPrevious && basis != basisAgree && st.genderConflict(gender, sp) &&
		!strings.Contains(st.body[p.toks[after].Start:p.toks[max(after, comp-1)].End], sp.name) {
		// A speaker found through a role or an earlier phrase, not named
		// after the cue, whose gender the verb rules out. (A relaying
		// verb agrees with its outlet, not with the speaker after عن.)
		return Quote{}, false
	}
	if c.cue.object {
		if o := st.objectStart(p, after, comp, sp); o >= 0 {
			cs = o // "دعا أردوغان الحكومة العراقية إلى …": the object is said too
		}
	}
	q, ok := st.content(p, cs, limit)
	if !ok {
		return Quote{}, false
	}
	q.Cue = st.body[c.cueBeg:c.cueEnd]
	q.CueStart, q.CueEnd = c.cueBeg, c.cueEnd
	st.setSpeaker(&q, sp)
	q.basis = basis
	q.agrees = st.parseAgrees(p, c.i, sp)
	switch {
	case via != nil:
		q.Via = via.name
	case sp.via != "":
		q.Via = sp.via
	}
	// "…، وفقا للمتحدث …": a source cue later in the sentence relays it.
	if n := h + 1; n < len(hits) && hits[n].cue.class == classSource && st.sameSentence(p, q.ContentEnd, hits[n].i) {
		if src := st.parseSource(p, hits[n]); src.sp != nil {
			q.Via = src.sp.name
			used[n] = true
		}
	}
	for n := h + 1; n < len(hits) && hits[n].i < comp; n++ {
		if hits[n].cue.class == classNoun {
			// "قال … في بيان": the speaker issued a statement.
			st.noteIssuer(arabic.StripArticle(p.toks[hits[n].i+hits[n].n-1].Norm), p.toks[hits[n].i].Start, sp)
		}
	}
	if negated && c.i > 1 && isComma(p.toks[c.i-2].Text) {
		// "وعاد المهندس، ولم يذكر المصنع سبب غيابه، إلى عمله": an aside
		// between commas leaves the sentence's subject in place.
		return Quote{}, false
	}
	st.prev = sp
	if comp > after {
		st.remember(firstWord(p.toks[after:comp]), sp)
	}
	if negated {
		return Quote{}, false
	}
	return q, true
}

// inRelativeClause reports whether token k sits in a relative clause set
// off by a comma ("لافروف، الذي كان يتحدث في أستانا، …"): a cue there
// describes the speaker and does not end the statement before it.
func inRelativeClause(toks []arabic.Token, k int) bool {
	for j := k - 1; j > 0 && k-j <= 4; j-- {
		if toks[j].Kind == arabic.Punct {
			return false
		}
		if isRelativePronoun(toks[j].Norm) {
			return isComma(toks[j-1].Text)
		}
	}
	return false
}

// limitAfter returns the token where the statement of hit h must end: the
// next cue, or the subject of the next SVO cue.
func (st *state) limitAfter(p *para, hits []hit, h int) int {
	n := st.nextBound(p, hits, h)
	if n < 0 {
		return len(p.toks)
	}
	limit := hits[n].i
	if lb := st.clauseStart(p, hits[n]); hits[n].cue.class == classVerb && lb > hits[h].i+hits[h].n && lb < limit {
		limit = lb
	}
	return limit
}

// isSayingParticiple reports whether the key w (its conjunction off) is
// قائلا/قائلة/قائلين.
func isSayingParticiple(w string) bool {
	return strings.HasPrefix(w, "قايل") // normalised قائل
}

// nextBound returns the index of the first hit after h that starts a new
// clause, or -1. Nominal attributions ("في بيان") belong to the speaker
// phrase of the cue before them, cues inside quotation marks to the quoted
// speech and cues in a relative clause to the speaker's description: they
// bound nothing.
func (st *state) nextBound(p *para, hits []hit, h int) int {
	for n := h + 1; n < len(hits); n++ {
		if hits[n].cue.class != classNoun && !st.nested(p, hits[n].i) && !inRelativeClause(p.toks, hits[n].i) && !st.reported(p, hits[h].i, hits[n].i) {
			return n
		}
	}
	return -1
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
		if isComma(t.Text) && k+1 < limit && isRelativePronoun(p.toks[k+1].Norm) {
			// "…، الذي كان يتحدث في أستانا، أن …": a relative clause in the
			// speaker phrase holds no complement.
			if e := nextComma(p.toks, k+1, limit); e > 0 {
				k = e - 1
				continue
			}
		}
		if isSentenceEnd(t.Text) {
			break
		}
		if roleOf(p.toks, k) == opening {
			if m := p.pairs[k]; m > k && m < limit && k > from && (outletHeads[arabic.StripArticle(p.toks[k-1].Norm)] || p.toks[k-1].Norm == "ل") {
				k = m // صحيفة "الوطن", لـ"الشروق": the quoted name of an outlet
				continue
			}
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
		if t.Norm == comp[0]+"ما" {
			return 1, true // "مشيدا بما وصفه …"
		}
		r := []rune(t.Norm)
		if t.Kind == arabic.Word && len(r) >= 4 && string(r[0]) == comp[0] && st.mentionAt(t.Start) == nil {
			return 1, true
		}
		return 0, false
	}
	for j, w := range comp {
		if k+j >= len(p.toks) {
			return 0, false
		}
		if g := p.toks[k+j].Norm; g != w && !(j == len(comp)-1 && isParticleWithPronoun(g, w)) {
			return 0, false
		}
	}
	return len(comp), false
}

// pronounSuffixes are the attached pronouns of أنّ/إنّ ("أنه"، "إنهم"، "بأننا").
var pronounSuffixes = []string{"ه", "ها", "هم", "هما", "هن", "نا", "ني", "كم"}

// isParticleWithPronoun reports whether the normalised word g is the
// complementiser w ("ان", "بان") with an attached pronoun.
func isParticleWithPronoun(g, w string) bool {
	if w != "ان" && w != "بان" {
		return false
	}
	rest, ok := strings.CutPrefix(g, w)
	if !ok {
		return false
	}
	for _, suf := range pronounSuffixes {
		if rest == suf {
			return true
		}
	}
	return false
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
			q, ok := st.span(p.toks[cs].End, p.toks[m].Start, Direct)
			if e := leadEnd(p.toks, cs+1, m); ok && e > 0 {
				// A quotation of several sentences: the content is its lead
				// sentence, the statement keeps the whole.
				q.Statement = q.Content
				q.StatementStart, q.StatementEnd = q.ContentStart, q.ContentEnd
				q.ContentEnd = p.toks[e-1].End
				q.Content = st.body[q.ContentStart:q.ContentEnd]
			}
			return q, ok
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
				if c := leadEnd(p.toks, k+1, m); c > 0 && isComma(p.toks[c].Text) {
					end = c // a long quoted fragment: its lead clause
					break
				}
				words += countWords(p.toks[k:m])
				k = m
				end = m + 1
				if m+1 < limit && startsCoordinateClause(p.toks[m+1]) {
					break // "… بأنه سيكون "الأمثل" وكلف …": a new clause
				}
				continue
			}
		}
		if isSentenceEnd(t.Text) {
			break
		}
		if isComma(t.Text) && words >= minClauseWords {
			if e, head := st.clauseEnd(p, cs, limit); e > k && head >= t.End {
				// "أكد أن البلدية والشركات الخاصة في المدينة، ستبني …": the
				// clause's predicate comes after the comma; read on to its end.
				end = e
			}
			break
		}
		if words >= minClauseWords && isAdjunctOpener(p.toks, k) {
			break // "… بريطانيين ردا على قرار لندن": the cause is not the statement
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
	trimmed := strings.TrimRight(strings.TrimSpace(s), ".،,؛; ")
	if trimmed == "" {
		return Quote{}, false
	}
	a += strings.Index(s, trimmed)
	b = a + len(trimmed)
	return Quote{Kind: kind, Content: trimmed, ContentStart: a, ContentEnd: b}, true
}

// leadEnd returns the end (exclusive token index) of the first sentence of
// the quotation toks[from:to] when more text follows it, else 0.
// A lead sentence longer than maxLeadWords is cut at its first comma after
// minLeadClauseWords words: its lead clause.
func leadEnd(toks []arabic.Token, from, to int) int {
	words := 0
	firstComma := 0
	for k := from; k < to; k++ {
		if toks[k].Kind != arabic.Punct {
			words++
			continue
		}
		if isComma(toks[k].Text) && firstComma == 0 && words >= minLeadClauseWords {
			firstComma = k
		}
		if isSentenceEnd(toks[k].Text) && words >= minClauseWords && countWords(toks[k+1:to]) > 0 {
			if words > maxLeadWords && firstComma > 0 {
				return firstComma
			}
			return k
		}
	}
	if words > maxLeadWords && firstComma > 0 {
		return firstComma
	}
	return 0
}

// Bounds of the lead of a long direct quotation.
const (
	maxLeadWords       = 30
	minLeadClauseWords = 6
)

// closesStatement reports whether the closing mark at m ends the statement
// (the text after it is punctuation or the paragraph end), so the whole
// statement is the quotation.
func closesStatement(toks []arabic.Token, m int) bool {
	return m+1 >= len(toks) || toks[m+1].Kind == arabic.Punct || (m > 0 && isSentenceEnd(toks[m-1].Text))
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
	// Only a short phrase opened by a name, a source or a title is the
	// subject of the cue; else the cue sits inside the clause before
	// ("ترمب تعهد بالإشراف على اتفاق … وصفه بأنه").
	s := k
	for s < h.i && (isClauseOpener(p.toks[s].Norm) || isAuxiliary(p.toks[s].Norm) || p.toks[s].Kind == arabic.Punct) {
		s++
	}
	if s >= h.i || countWords(p.toks[s:h.i]) > maxSubjectWords {
		return h.i
	}
	head := arabic.StripArticle(p.toks[s].Norm)
	if st.mentionAt(p.toks[s].Start) == nil && !st.x.lx.anonymous[head] && !st.x.roleHeads[head] && !outletHeads[head] && !st.x.bodyHeads[head] {
		return h.i
	}
	return k
}

// maxSubjectWords bounds the subject phrase before an SVO cue.
const maxSubjectWords = 7

// nextComma returns the index of the next comma after k within the
// sentence and before limit, or -1.
func nextComma(toks []arabic.Token, k, limit int) int {
	for j := k + 1; j < limit && j < len(toks); j++ {
		if isComma(toks[j].Text) {
			return j
		}
		if isSentenceEnd(toks[j].Text) {
			break
		}
	}
	return -1
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

// isAdjunctOpener reports whether token k opens a circumstantial adjunct
// that closes an indirect statement: "ردا على"، "على خلفية"، "في إشارة
// إلى"، "وذلك".
func isAdjunctOpener(toks []arabic.Token, k int) bool {
	w := toks[k].Norm
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].Norm
	}
	switch {
	case w == "وذلك":
		return true
	case w == "ردا" && next == "علي":
		return true
	case w == "علي" && next == "خلفيه":
		return true
	case w == "في" && next == "اشاره":
		return true
	}
	return false
}

// objectStart returns where the object of a cue like دعا or اتهم begins:
// after the named speaker, an apposition between commas and any adverbs,
// when words remain before the complement at comp; else -1.
func (st *state) objectStart(p *para, from, comp int, sp *speaker) int {
	if sp == nil || (sp.ent == nil && sp.end == 0) {
		return -1
	}
	end := -1
	for k := from; k < comp; k++ {
		if sp.ent != nil && st.mentionAt(p.toks[k].Start) == sp.ent || sp.ent == nil && p.toks[k].End == sp.end {
			end = k + 1
		}
	}
	if end < 0 {
		return -1
	}
	k := end
	if k < comp && isComma(p.toks[k].Text) {
		if s := st.mentionStartTok(p, end-1); s > 0 && isComma(p.toks[s-1].Text) {
			k++ // "وزير الخارجية، فلان، …": this comma closes the name's apposition
		} else if e := nextComma(p.toks, k, comp); e > 0 {
			k = e + 1 // "فلان، وزير الخارجية، …"
		} else {
			return -1
		}
	}
	for k < comp && (adverbs[p.toks[k].Norm] || timeWords[p.toks[k].Norm] || isComma(p.toks[k].Text)) {
		k++ // "مرارا"، "الاثنين،"
	}
	if k >= comp || p.toks[k].Kind != arabic.Word || isPhraseStop(p.toks[k]) {
		return -1
	}
	return k
}

// mentionStartTok returns the index of the first token of the mention that
// covers token k.
func (st *state) mentionStartTok(p *para, k int) int {
	e := st.mentionAt(p.toks[k].Start)
	for k > 0 && e != nil && st.mentionAt(p.toks[k-1].Start) == e {
		k--
	}
	return k
}

// opensSubject reports whether token k opens a subject: a mention, a title
// or the head of a named body.
func (st *state) opensSubject(p *para, k int) bool {
	if k >= len(p.toks) {
		return false
	}
	head := arabic.StripArticle(p.toks[k].Norm)
	return st.mentionAt(p.toks[k].Start) != nil || st.x.roleHeads[head] || st.x.bodyHeads[head]
}

// startsCoordinateClause reports whether t, right after a closing
// quotation mark, opens a coordinate clause: و on a word that is neither
// definite nor a particle ("وكلف"، "وطالب").
func startsCoordinateClause(t arabic.Token) bool {
	r := []rune(t.Norm)
	if t.Kind != arabic.Word || len(r) < 4 || r[0] != 'و' {
		return false
	}
	rest := string(r[1:])
	return !isDefinite(rest) && !coordParticles[rest]
}

// coordParticles continue a statement after و: "وأن …"، "ولا …".
var coordParticles = map[string]bool{
	"ان": true, "انه": true, "انها": true, "انهم": true, "لا": true, "لن": true, "لم": true,
	"هو": true, "هي": true, "هذا": true, "هذه": true, "في": true, "من": true, "علي": true,
	"الي": true, "عن": true, "بين": true, "ذلك": true, "كذلك": true, "ليس": true,
}

// clauseEnd returns the token index just past the clause that starts at
// token cs by the parse (the subtree of the highest word whose head lies
// before cs, within the sentence and before limit) and the byte offset of
// that word, its predicate; 0, -1 when the sentence is not parsed.
func (st *state) clauseEnd(p *para, cs, limit int) (end, head int) {
	doc := st.doc
	if doc == nil {
		return 0, -1
	}
	g := syn.Base(doc, p.toks[cs].Start)
	if g < 0 || !doc.ParsedAt(g) {
		return 0, -1
	}
	start := p.toks[cs].Start
	for steps := 0; steps < 12; steps++ {
		h := doc.Segments[g].Head
		if h < 0 || doc.Segments[h].Start < start {
			break
		}
		g = h
	}
	_, b := syn.Span(doc, g)
	e := 0
	for k := cs; k < limit && p.toks[k].End <= b; k++ {
		if isSentenceEnd(p.toks[k].Text) {
			break
		}
		if p.toks[k].Kind != arabic.Punct {
			e = k + 1
		}
	}
	return e, doc.Segments[g].Start
}

// isNegation reports whether the key w negates the verb after it: لم، لن،
// لا، ما, also with و or ف before it (ولم، فلا).
func isNegation(w string) bool {
	if r, ok := strings.CutPrefix(w, "و"); ok {
		w = r
	} else if r, ok := strings.CutPrefix(w, "ف"); ok {
		w = r
	}
	switch w {
	case "لم", "لن", "لا", "ما":
		return true
	}
	return false
}

// reported reports whether the cue at token j stands inside the clause the
// cue at token i reports, by the parse: its verb hangs, through any chain
// of heads, on a clausal complement of i's verb ("قال المسؤول إن الوزارة
// أبلغت السفارة …": أبلغت is what was said, not a new statement).
func (st *state) reported(p *para, i, j int) bool {
	doc := st.doc
	if doc == nil {
		return false
	}
	v := syn.Base(doc, p.toks[i].Start)
	w := syn.Base(doc, p.toks[j].Start)
	if v < 0 || w < 0 || !doc.ParsedAt(v) || !doc.ParsedAt(w) || doc.Segments[v].UPOS != arabic.VERB {
		return false
	}
	for steps := 0; steps < 12 && w >= 0; steps++ {
		g := &doc.Segments[w]
		if g.Head == v {
			return g.Rel.Universal() == arabic.RelCcomp
		}
		w = g.Head
	}
	return false
}
