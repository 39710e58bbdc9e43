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
	if h.noun {
		src, dst := c.nounArguments(toks, refs, h, after(end))
		return c.withParse(st, toks, refs, h, src, dst)
	}
	procl := strings.HasPrefix(toks[h.i].Norm, "و") || strings.HasPrefix(toks[h.i].Norm, "ف")
	svo := !procl && c.before(toks, refs, h.i, 2) != nil
	if h.trg.passive || passiveUse(toks, h) && !svo {
		return c.passiveArguments(toks, refs, h, after(end))
	}
	if svo && victimUse(toks, h) {
		// "42 جنديا باكستانيا قد قتلوا في …": the subject is the victim.
		return agentPhrase(toks, refs, end), c.before(toks, refs, h.i, 2)
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
	return c.withParse(st, toks, refs, h, src, dst)
}

// withParse lets the dependency parse correct the arguments the word order
// suggests: a subject the parse names is the source, an object or framed
// dependent the target, unless the word order found a statement's speaker.
func (c *Coder) withParse(st *docState, toks []arabic.Token, refs []ref, h hit, src, dst *ref) (*ref, *ref) {
	ps, pd, passive, ok := c.parseArguments(st, toks, refs, h)
	if !ok {
		return src, dst
	}
	if passive {
		// "وقتل جاره …" read as passive: the word order took the subject
		// after the verb for the source; it is what the verb was done to.
		if pd != nil && src != nil && sameActor(pd, src) {
			return nil, pd
		}
		return src, dst
	}
	// A subject right before the verb (SVO, "حفتر رفض") is surer than the
	// parse, which confuses it more often with what precedes it.
	adjacent := src != nil && src == c.before(toks, refs, h.i, 2)
	if ps == nil && pd != nil && src != nil && !adjacent && sameActor(pd, src) && c.speakerOf(st, toks, h) == nil {
		// "واتهم الميليشيا بـ…": the subject is dropped and the actor
		// after the verb is its object, not its source.
		return nil, pd
	}
	if ps != nil && !adjacent && c.speakerOf(st, toks, h) == nil {
		src = ps
	}
	if pd != nil && !sameActor(pd, src) {
		dst = pd
	}
	if dst != nil && src != nil && sameActor(dst, src) {
		dst = nil
	}
	return src, dst
}

// nounArguments handles an event noun: its qualifier or the clause
// subject is the source; a genitive victim or a framed actor the target.
func (c *Coder) nounArguments(toks []arabic.Token, refs []ref, h hit, a []*ref) (src, dst *ref) {
	end := h.i + h.n
	// "اشتباكات بين X وY", "تبادل للقصف بين X وY": X acts on Y.
	if x, y := between(toks, h, a); x != nil {
		return x, y
	}
	// "تعرض X لهجوم من Y": X is the target, Y (or an agent phrase) the source.
	if v := undergoes(toks, h); v >= 0 {
		dst = c.before(toks, refs, v, 3)
		for _, r := range a {
			if r.a > v && r.a < h.i && dst == nil {
				dst = r
			}
		}
		if dst == nil {
			for k := range refs {
				if r := &refs[k]; r.a > v && r.a < h.i {
					dst = r
					break
				}
			}
		}
		src = agentPhrase(toks, refs, end)
		if src == nil && end < len(toks) && toks[end].Norm == "من" && len(a) > 0 && a[0].a-end <= 2 {
			src = a[0]
		}
		if src == nil {
			src = claimedBy(toks, refs, end)
		}
		return src, dst
	}
	// The actor right after the noun (skipping up to two adjectives); the
	// object, not the agent, after a verb's masdar (قام X بخطف Y).
	var qual *ref
	if h.trg.noun && len(a) > 0 && a[0].a-end <= 2 && (a[0].kind == refNationality || a[0].kind == refEntity) {
		qual = a[0]
	}
	if h.trg.noun && !h.trg.genTarget && qual == nil && len(a) > 0 && a[0].a == end && a[0].kind == refAgent {
		qual = a[0] // the genitive agent: هجوم المسلحين، سيطرة قواته
	}
	if lv := lightVerb(toks, h.i); lv >= 0 && h.trg.genTarget {
		// "قام جنود … باغتصابها": the do-verb's subject is the source.
		for k := range refs {
			if r := &refs[k]; r.a > lv && r.a < h.i {
				return r, qual
			}
		}
	}
	if h.trg.genTarget {
		// The victim: the actor right after the noun, past a number
		// (مقتل أربعة من جنودها).
		if qual == nil && len(a) > 0 && a[0].a-end <= 4 && !commaBetween(toks, end, a[0].a) {
			qual = a[0]
		}
		// The author: an agent phrase; for an arrest also the clause's
		// subject (أعلنت الشرطة اعتقال X), never for a killing, whose
		// announcer or mourner is not its author (أعلنت تركيا مقتل …).
		if src = agentPhrase(toks, refs, end); src == nil && h.trg.typ != "ASSAULT" {
			src = c.before(toks, refs, h.i, maxBack)
		}
		return src, qual
	}
	if qual != nil {
		src = qual
	} else if lv := lightVerb(toks, h.i); lv >= 0 {
		// "شنت القوات هجوما", "طائرات تركية أجرت مناورات"
		for k := range refs {
			if r := &refs[k]; r.a > lv && r.a < h.i {
				src = r
				break
			}
		}
		if src == nil {
			src = c.before(toks, refs, lv, maxBack)
		}
	}
	if src == nil {
		src = claimedBy(toks, refs, end)
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

// maxInsertion is how long a clause or apposition between commas after a
// verb's subject may be (in tokens) for skipInsertion to step over it.
const maxInsertion = 30

// skipInsertion returns where the rest of the clause goes on after a
// subject ending at k: a relative clause or an apposition set off by
// commas (واتهم لافروف، الذي كان يتحدث في أستانا …، بريطانيا بـ…) is
// stepped over, so that the object after it is found.
func skipInsertion(toks []arabic.Token, k int) int {
	if k >= len(toks) || (toks[k].Text != "،" && toks[k].Text != ",") {
		return k
	}
	for j := k + 1; j < len(toks) && j-k <= maxInsertion; j++ {
		if isSentenceStop(toks[j].Text) {
			return k
		}
		if toks[j].Text == "،" || toks[j].Text == "," {
			return j + 1
		}
	}
	return k
}

// target finds the target after the trigger: the first actor at or after a
// token carrying one of the frame's prepositions, else the direct object.
func (c *Coder) target(toks []arabic.Token, h hit, a []*ref, src *ref) *ref {
	from := h.i + h.n
	subj := src
	if src != nil && src.a < from {
		// The source was resolved elsewhere (a quote's speaker); its mention
		// may still be the subject right after the verb.
		for _, r := range a {
			if r.a >= from && r.a-from <= maxSubjectGap && sameActor(r, src) {
				subj = r
				break
			}
		}
	}
	if subj != nil && subj.a >= from {
		from = skipInsertion(toks, subj.b)
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
		if h.noun {
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
var lightVerbs = map[string]bool{"شن": true, "شنت": true, "شنوا": true, "يشن": true, "تشن": true, "اجري": true, "اجرت": true, "اجروا": true, "يجري": true, "تجري": true, "نفذ": true, "نفذت": true, "نفذوا": true, "ينفذ": true, "تنفذ": true, "نظم": true, "نظمت": true, "نظموا": true, "قاد": true, "قادت": true, "واصل": true, "واصلت": true, "بدا": true, "بدات": true, "عقد": true, "عقدت": true, "وجه": true, "وجهت": true, "تم": true, "جري": true}

// doVerbs take a subject and then a masdar with ب: قام مسلحون بخطف X.
var doVerbs = map[string]bool{"قام": true, "قامت": true, "قاموا": true, "يقوم": true, "تقوم": true, "يقومون": true, "اقدم": true, "اقدمت": true, "اقدموا": true, "يقدم": true, "تقدم": true}

// lightVerb returns the index of a light verb up to three tokens before
// the noun at i (allowing "مؤخرا سلسلة"), or of a do-verb up to 14 tokens
// before a ب-masdar with its subject between (قام عدد من الجنود بقتل), or -1.
func lightVerb(toks []arabic.Token, i int) int {
	bMasdar := strings.HasPrefix(toks[i].Norm, "ب") || strings.HasPrefix(toks[i].Norm, "وب")
	for j := i - 1; j >= 0 && i-j <= 14; j-- {
		if toks[j].Kind == arabic.Punct {
			if t := toks[j].Text; bMasdar && (t == "«" || t == "»" || t == "\"" || t == "،" || t == ",") {
				continue
			}
			return -1
		}
		n := strings.TrimPrefix(strings.TrimPrefix(toks[j].Norm, "و"), "ف")
		if i-j <= 3 && (lightVerbs[toks[j].Norm] || lightVerbs[n]) {
			return j
		}
		if bMasdar && (doVerbs[toks[j].Norm] || doVerbs[n]) {
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
	if k >= len(toks) || !proposalNouns[arabic.StripArticle(toks[k].Norm)] || len(st.proposals) == 0 {
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

// militarize codes the country behind an armed attack named only by a
// nationality adjective (غارات إسرائيلية، الضربات الجوية الأميركية) or by a
// weapons platform (طائرة أميركية، دبابة إسرائيلية) as its military: CAMEO
// 19 (fight) with such a source becomes COUNTRY+MIL.
func (c *Coder) militarize(cands []cand) {
	for k := range cands {
		cd := &cands[k]
		r := cd.src
		if r == nil || cd.ev.Type != "ASSAULT" || !strings.HasPrefix(cd.ev.CAMEO, "19") {
			continue
		}
		cc := countryOf(r.code)
		if r.kind == refNationality && isCountryCode(r.code) || r.kind == refAgent && cc != "" && sectorOf(r.code) == "CVL" && c.lx.platforms[arabic.StripArticle(r.head)] {
			m := *r
			m.code = cc + "MIL"
			cd.src = &m
		}
	}
}

// between reads "NOUN (adjectives) بين X وY": the two actors after بين,
// within two tokens of the noun.
func between(toks []arabic.Token, h hit, a []*ref) (x, y *ref) {
	end := h.i + h.n
	k := -1
	for j := end; j < len(toks) && j <= end+2; j++ {
		if toks[j].Norm == "بين" {
			k = j
			break
		}
	}
	if k < 0 {
		return nil, nil
	}
	for _, r := range a {
		if r.a <= k || stopBetween(toks, k, r.a) {
			continue
		}
		if x == nil {
			if r.a-k > 2 {
				return nil, nil
			}
			x = r
			continue
		}
		if !sameActor(r, x) && r.a-x.b <= 2 {
			y = r
		}
		break
	}
	return x, y
}

// unclaimed gives a bombing with no named author (انفجرت سيارة مفخخة،
// هجوم انتحاري) CAMEO's unidentified armed forces as its source, and a
// killing or wounding with no author (قتل 12 شخصا في هجوم انتحاري) the
// author of the attack its sentence names.
func unclaimed(cands []cand) {
	var author *ref
	for k := range cands {
		cd := &cands[k]
		if cd.ev.Type != "ASSAULT" {
			continue
		}
		if strings.HasPrefix(cd.ev.CAMEO, "183") && cd.src == nil {
			cd.src = &ref{code: "UAF", a: -1, b: -1}
		}
		if author == nil && cd.src != nil {
			author = cd.src
		}
	}
	for k := range cands {
		if cd := &cands[k]; cd.ev.Type == "ASSAULT" && cd.src == nil && author != nil && !sameActor(author, cd.dst) {
			cd.src = author
		}
	}
}

// claimedBy returns the actor named after a claim verb within eight tokens
// from token from on (هجوم شنه مسلحون، تبنته طالبان، في عمليات نفذها قراصنة).
func claimedBy(toks []arabic.Token, refs []ref, from int) *ref {
	for k := from; k < len(toks) && k < from+8; k++ {
		if isSentenceStop(toks[k].Text) {
			return nil
		}
		if claimVerbs[toks[k].Norm] {
			for i := range refs {
				if r := &refs[i]; r.a > k && r.a-k <= 3 {
					return r
				}
			}
			return nil
		}
	}
	return nil
}
