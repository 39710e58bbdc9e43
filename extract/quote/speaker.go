package quote

import (
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/internal/syn"
)

// outletHeads introduce the outlet a source spoke to: "مصادر سرية لصحيفة X".
var outletHeads = map[string]bool{"صحيفه": true, "جريده": true, "وكاله": true, "قناه": true, "موقع": true, "شبكه": true, "اذاعه": true, "مجله": true, "تلفزيون": true}

// timeWords end a speaker phrase: "…، اليوم الخميس، من أنه".
var timeWords = map[string]bool{"اليوم": true, "امس": true, "مساء": true, "صباح": true, "خلال": true, "غدا": true, "الليله": true,
	// the days of the week, which date a statement ("قال مسؤول الأحد إن")
	"الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعه": true, "السبت": true,
	// and the weeks and months that do ("أعلنت الهيئة الأسبوع الماضي أن")
	"الاسبوع": true, "الشهر": true}

// resolveRegion resolves the speaker named by tokens [from, to). outlet
// says the phrase names an outlet or relay (via), not a speaker.
func (st *state) resolveRegion(p *para, from, to int, outlet bool) *speaker {
	if from >= to {
		return nil
	}
	toks := p.toks[from:to]
	if countWords(toks) == 0 {
		return nil
	}
	to = from + st.beforeAccusative(toks, len(toks))
	toks = p.toks[from:to]
	first := firstWord(toks)
	for k := 0; k+1 < len(toks) && (toks[k].Kind == arabic.Number || toks[k].Kind == arabic.Punct); k++ {
		first = toks[k+1] // "12 مسؤولا": the head is the noun after the number
	}
	head := arabic.StripArticle(first.Norm)
	if sp := st.documentIssuer(first); sp != nil && !outlet {
		return sp // "وأشار التقرير إلى أن …": the report's author
	}
	if sp := st.kinPhrase(toks); sp != nil && !outlet {
		return sp // "عائلة X": the family speaks, not X
	}
	if sp := st.kinAntecedent(first); sp != nil && !outlet && len(toks) <= 2 {
		return sp // "الأم": the mother the article named
	}
	if !outlet && isPhraseStop(first) {
		return nil // "وقال في بيان …": an adjunct, the subject is dropped
	}
	window := toks
	if !outlet && !st.x.roleHeads[head] {
		// A role phrase may hold a "في" of its own ("مدير التوجيه في الجيش،
		// العميد …"); any other subject ends at its first adjunct.
		for k, t := range toks {
			if k > 0 && t.Kind != arabic.Punct && isPhraseStop(t) {
				window = toks[:k]
				break
			}
		}
	}
	per, org := st.mentionsIn(window[0].Start, window[len(window)-1].End)
	switch {
	case !outlet && st.x.lx.anonymous[head]:
		phrase, via := st.anonymousPhrase(toks)
		if sp := st.anaphoricSource(first, head, phrase); sp != nil {
			return sp // "المسؤول" after "مسؤول في وزارة العدل"
		}
		sp := &speaker{name: phrase, kind: KindAnonymous, via: via}
		if per != nil {
			sp.ent = per
		}
		return sp
	case st.x.bodyHeads[head] && !outlet && (per != nil || org != nil) && st.mentionAt(first.Start) == nil:
		// "أكدت إدارة الرئيس الأميركي دونالد ترامب"، "قال فريق خبراء الأمم
		// المتحدة": the body named through a person or an organisation speaks.
		e := per
		if e == nil {
			e = org
		}
		end := -1
		for k := from; k < to; k++ {
			if st.mentionAt(p.toks[k].Start) == e {
				end = k + 1
			} else if end > 0 {
				break
			}
		}
		if end > 0 {
			return &speaker{name: st.body[first.Start:p.toks[end-1].End], kind: KindOrganisation, end: p.toks[end-1].End}
		}
	case per != nil:
		st.learnRoles(toks, per)
		return &speaker{name: per.Canonical, ent: per, kind: KindPerson}
	case st.x.roleHeads[head]:
		if e := st.roleMatch(toks); e != nil {
			return &speaker{name: e.Canonical, ent: e, kind: KindPerson}
		}
		if isDefinite(first.Norm) && !outlet {
			if sp := st.antecedent(head, first.Start); sp != nil && st.mentionsIn2(window) {
				return sp // "المسؤول": the official who spoke before
			}
		}
		if !outlet {
			// A role nobody in the article holds yet: keep the description
			// rather than lend the statement to the previous speaker.
			a, b := st.subjectSpan(p, from, to)
			phrase := st.body[a:b]
			if name := st.trailingName(a, b); name != "" {
				// "المتحدثة باسم الوزارة هيذر نويرت": a title, then a name
				// the entity layer did not tag.
				return &speaker{name: name, kind: KindPerson}
			}
			return &speaker{name: phrase, kind: KindUnresolved}
		}
	}
	if org != nil {
		return &speaker{name: org.Canonical, ent: org, kind: KindOrganisation}
	}
	if e := st.mentionAt(first.Start); e != nil && e.Type == entity.LOC && !outlet {
		// "أعلنت تركيا …": a country or capital speaking as a state.
		return &speaker{name: e.Canonical, ent: e, kind: KindOrganisation}
	}
	if e := st.roleMatch(toks); e != nil {
		return &speaker{name: e.Canonical, ent: e, kind: KindPerson}
	}
	if outlet && outletHeads[head] && head != first.Norm {
		return &speaker{name: st.antecedentOutlet(first), kind: KindOrganisation}
	}
	if outletHeads[head] && !outlet {
		if sp := st.antecedent(head, first.Start); sp != nil && isDefinite(first.Norm) {
			return sp // "الوكالة": the agency the article named
		}
		return &speaker{name: st.subjectPhrase(p, from, to), kind: KindOrganisation}
	}
	if outlet {
		return &speaker{name: st.phrase(toks, 6), kind: KindOrganisation}
	}
	return nil
}

// phraseSpeaker is the last resort for a subject after the cue: a definite
// noun phrase ("وذكر البيت الأبيض أن …"), a body the entity layer did not
// name, is the speaker as written.
func (st *state) phraseSpeaker(p *para, from, to int) *speaker {
	if from >= to || countWords(p.toks[from:to]) == 0 {
		return nil
	}
	first := firstWord(p.toks[from:to])
	if !isDefinite(first.Norm) || isPhraseStop(first) {
		return nil
	}
	name := st.subjectPhrase(p, from, to)
	if name == "" {
		return nil
	}
	if sp := st.antecedent(arabic.StripArticle(first.Norm), first.Start); sp != nil && len(strings.Fields(name)) <= 2 {
		return sp // "الوزارة": the ministry the article named before
	}
	return &speaker{name: name, kind: KindUnresolved}
}

// subjectPhrase returns the noun phrase opening tokens [from, to) as written.
func (st *state) subjectPhrase(p *para, from, to int) string {
	a, b := st.subjectSpan(p, from, to)
	return st.body[a:b]
}

// subjectSpan is the byte span of subjectPhrase (empty when there is no
// phrase).
func (st *state) subjectSpan(p *para, from, to int) (a, b int) {
	for from < to && p.toks[from].Kind == arabic.Punct && roleOf(p.toks, from) == notMark {
		from++
	}
	if from >= len(p.toks) {
		return 0, 0
	}
	n := subjectEnd(p.toks[from:to], p.pairs, from)
	if n == 0 {
		return 0, 0
	}
	return p.toks[from].Start, p.toks[from+n-1].End
}

// beforeAccusative cuts a subject phrase of n tokens before its first
// indefinite accusative word: a subject is nominative and its modifiers
// agree with it or stand in the genitive, so a word like "طالبا" or
// "تفاصيل" with tanwin alif opens a circumstantial phrase or the object
// ("قال المسؤول طالبا عدم ذكر اسمه"). The accusative counted after a
// number ("12 مسؤولا") belongs to the subject. Both the parse's features
// and the written alif of tanwin must agree.
func (st *state) beforeAccusative(toks []arabic.Token, n int) int {
	if st.doc == nil {
		return n
	}
	for k := 1; k < n; k++ {
		t := toks[k]
		if t.Kind != arabic.Word || !strings.HasSuffix(t.Norm, "ا") || toks[k-1].Kind == arabic.Number {
			continue
		}
		g := syn.Base(st.doc, t.Start)
		if g < 0 || !st.doc.ParsedAt(g) {
			continue
		}
		seg := &st.doc.Segments[g]
		if (seg.UPOS != arabic.NOUN && seg.UPOS != arabic.ADJ) || st.mentionAt(t.Start) != nil {
			continue // a name ending in alif ("فرانسوا") is no accusative
		}
		if seg.Feats.Is(arabic.FeatCase, "Acc") && seg.Feats.Is(arabic.FeatDefinite, "Ind") {
			return k
		}
	}
	return n
}

// resolveBack looks for the subject before an SVO cue at token i: a relative
// pronoun's antecedent (… بسام راضي الذي قال) or a short subject phrase
// after the last clause boundary (لكن مصادر سرية … قالت).
func (st *state) resolveBack(p *para, i int) *speaker {
	if i == 0 {
		return nil
	}
	if isRelativePronoun(p.toks[i-1].Norm) {
		pos := p.toks[i-1].Start
		var best *mentionRef
		for k := range st.ments {
			m := &st.ments[k]
			if m.end <= pos && pos-m.end < 400 && m.ent.Type == entity.PER {
				best = m
			}
		}
		if best != nil {
			return &speaker{name: best.ent.Canonical, ent: best.ent, kind: KindPerson}
		}
		return nil
	}
	// "وكان الرئيس الأميركي قد قال": the auxiliaries are not the subject.
	end := i
	for end > 0 && isAuxiliary(p.toks[end-1].Norm) {
		end--
	}
	if end < i && end > 1 && isComma(p.toks[end-1].Text) {
		end-- // "وكالة الأناضول، كانت قد ذكرت": the subject before the comma
	}
	k := end
	for k > 0 && end-k < 10 {
		t := p.toks[k-1]
		if t.Kind == arabic.Punct || isClauseOpener(t.Norm) || isAuxiliary(t.Norm) || roleOf(p.toks, k-1) != notMark {
			break
		}
		k--
	}
	if k == end {
		return nil
	}
	sp := st.resolveRegion(p, k, end, false)
	if sp == nil || sp.kind == KindUnresolved {
		return nil
	}
	return sp
}

// isAuxiliary reports whether w is an auxiliary around a reporting verb.
func isAuxiliary(w string) bool {
	switch w {
	case "قد", "كان", "وكان", "كانت", "وكانت", "فقد", "وقد", "لقد":
		return true
	}
	return false
}

// anonymousPhrase cuts an anonymous source's phrase at a comma, a time word
// or an outlet it spoke to ("مصادر سرية لصحيفة X" → "مصادر سرية", via X).
func (st *state) anonymousPhrase(toks []arabic.Token) (phrase, via string) {
	end := len(toks)
	for k, t := range toks {
		if k == 0 {
			continue
		}
		if t.Kind == arabic.Punct || timeWords[t.Norm] {
			end = k
			break
		}
		if t.Norm == "ل" {
			// "خبير اقتصادي لـ "الجزيرة"": a detached لـ names the outlet.
			end = k
			if k+1 < len(toks) {
				via = strings.Trim(st.body[toks[k+1].Start:toks[len(toks)-1].End], " \"'«»“”")
			}
			break
		}
		if r := []rune(t.Norm); len(r) > 2 && r[0] == 'ل' && outletHeads[string(r[1:])] {
			end = k
			via = st.body[t.Start+len("ل") : toks[len(toks)-1].End]
			break
		}
	}
	for end > 1 && toks[end-1].Kind == arabic.Punct {
		end--
	}
	return st.body[toks[0].Start:toks[end-1].End], via
}

// anaphoricSource resolves a definite anonymous source ("المسؤول",
// "المصدر العسكري") to the source the article introduced before with the
// same head, indefinite ("مسؤول في الوزارة", "مصدر عسكري"): definiteness
// marks a referent already given. Every word of the definite phrase after
// its head must appear in the earlier one; nil when none did. A plural
// ("المصادر") stays as written: it may stand for the article's sources at
// large rather than the group named before.
func (st *state) anaphoricSource(first arabic.Token, head, phrase string) *speaker {
	if !isDefinite(st.noConj(first)) || st.plural(first) {
		return nil
	}
	sp := st.antecedent(head, first.Start)
	if sp == nil || sp.kind != KindAnonymous || sp.name == phrase {
		return nil
	}
	earlier := map[string]bool{}
	for _, w := range strings.Fields(sp.name) {
		earlier[arabic.StripArticle(arabic.Normalize(w))] = true
	}
	for _, w := range strings.Fields(phrase)[1:] {
		if !earlier[arabic.StripArticle(arabic.Normalize(w))] {
			return nil
		}
	}
	return sp
}

// phrase returns up to n words of toks, cut at the first comma.
func (st *state) phrase(toks []arabic.Token, n int) string {
	end := 0
	words := 0
	for k, t := range toks {
		if t.Kind == arabic.Punct {
			if k > 0 {
				break
			}
			continue
		}
		if words++; words > n {
			break
		}
		end = k + 1
	}
	if end == 0 {
		return ""
	}
	start := 0
	for start < end && toks[start].Kind == arabic.Punct {
		start++
	}
	return st.body[toks[start].Start:toks[end-1].End]
}

// antecedentOutlet resolves a definite outlet ("الصحيفة") to the last
// indefinite mention of the same head before it ("صحيفة روسية").
func (st *state) antecedentOutlet(t arabic.Token) string {
	head := arabic.StripArticle(t.Norm)
	toks := st.toks
	n := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= t.Start })
	for k := n - 1; k >= 0 && k >= n-maxLookBackTokens; k-- {
		if toks[k].Norm != head {
			continue
		}
		end := toks[k].End
		if k+1 < n && toks[k+1].Kind == arabic.Word && isNisba(toks[k+1].Norm) {
			end = toks[k+1].End
		}
		return st.body[toks[k].Start:end]
	}
	return t.Text
}

// maxLookBackTokens bounds how far back an outlet's first mention is
// looked for (a news article is far shorter; a huge text stays linear).
const maxLookBackTokens = 5000

// mentionAt returns the entity whose mention covers byte pos, or nil.
// Mentions are sorted by start, so the lookup is a binary search and a
// short walk back over the mentions that may still cover pos.
func (st *state) mentionAt(pos int) *entity.Entity {
	if m := st.mentionCovering(pos); m != nil {
		return m.ent
	}
	return nil
}

// mentionCovering returns the first mention (by start) that covers pos.
func (st *state) mentionCovering(pos int) *mentionRef {
	k := sort.Search(len(st.ments), func(i int) bool { return st.ments[i].start > pos })
	var found *mentionRef
	for j := k - 1; j >= 0 && j >= k-maxOverlap; j-- {
		if m := &st.ments[j]; m.start <= pos && pos < m.end {
			found = m
		}
	}
	return found
}

// maxOverlap bounds how many mentions before a position can still cover
// it (mentions nest or overlap only a few deep).
const maxOverlap = 8

// mentionsFrom returns the mentions that start at or after a, in order.
func (st *state) mentionsFrom(a int) []mentionRef {
	k := sort.Search(len(st.ments), func(i int) bool { return st.ments[i].start >= a })
	return st.ments[k:]
}

// mentionsIn returns the first PER and the first ORG entity mentioned
// within [a, b).
func (st *state) mentionsIn(a, b int) (per, org *entity.Entity) {
	for _, m := range st.mentionsFrom(a) {
		if m.start >= b {
			break
		}
		if m.end > b {
			continue
		}
		switch m.ent.Type {
		case entity.PER:
			if per == nil {
				per = m.ent
			}
		case entity.ORG:
			if org == nil {
				org = m.ent
			}
		}
	}
	return per, org
}

// learnRoles records the comma-separated segments of a speaker phrase that
// do not name the person as roles of that person: "رئيس ديوان …، الدكتور
// محمد المصباحي" teaches that "رئيس ديوان …" is المصباحي.
func (st *state) learnRoles(toks []arabic.Token, e *entity.Entity) {
	seg := toks[:0:0]
	flush := func() {
		if len(seg) == 0 {
			return
		}
		if st.x.roleHeads[arabic.StripArticle(firstWord(seg).Norm)] && st.mentionAt(seg[0].Start) == nil {
			if w := wordsOf(seg); len(w) >= 2 {
				st.addRole(w, e, seg[0].Start)
			}
		}
		seg = seg[:0]
	}
	for _, t := range toks {
		if isComma(t.Text) {
			flush()
			continue
		}
		seg = append(seg, t)
	}
	flush()
}

func wordsOf(toks []arabic.Token) []string {
	var w []string
	for _, t := range toks {
		if t.Kind != arabic.Punct {
			w = append(w, arabic.StripArticle(t.Norm))
		}
	}
	return w
}

// contentWords normalises a role string into its words.
func contentWords(s string) []string { return wordsOf(arabic.Tokenize(s)) }

func firstWord(toks []arabic.Token) arabic.Token {
	for _, t := range toks {
		if t.Kind != arabic.Punct {
			return t
		}
	}
	return toks[0]
}

// plural reports whether the parse marks token t's base segment plural.
func (st *state) plural(t arabic.Token) bool {
	if st.doc == nil {
		return false
	}
	g := syn.Base(st.doc, t.Start)
	return g >= 0 && st.doc.ParsedAt(g) && st.doc.Segments[g].Feats.Is(arabic.FeatNumber, "Plur")
}
