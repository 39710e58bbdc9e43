package event

import (
	"github.com/marsad/marsad/internal/calib"
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/internal/memo"
)

// Modalities.
const (
	Asserted    = "asserted"
	Negated     = "negated"
	Conditional = "conditional"
	Future      = "future"
	Reported    = "reported"
)

// Located is a span of the body with a value: a place name or a date.
type Located struct {
	Start int
	End   int
	Value string
}

// Input is what the coder reads: the body and the layers found before it.
type Input struct {
	Body       string
	Paragraphs []document.Paragraph
	Entities   []entity.Entity
	Quotes     []quote.Quote
	Places     []Located // place mentions, Value = place name
	Dates      []Located // DATE expressions, Value = ISO date
	// Sport says the article is a sports report: its attacks are on goal
	// and its meetings matches, so only protests (riots) and coercion
	// (arrests) are coded.
	Sport bool
	// Doc, when not nil, is the shared analysis of Body: the coder reads
	// its sentences, tokens and parse. Without it the body is analysed
	// with arabic.NewDocument (no parse).
	Doc *arabic.Document
}

// Coder codes events. Build it once with New; it is safe for concurrent use.
type Coder struct {
	conf   *calib.Model
	lx     *lexicon
	actors Actors
	words  *memo.Memo[*wordInfo] // word infos by token text, shared by every document
}

// New loads the embedded trigger lexicon. actors codes nationality and
// agent words (pass the *actor.KB).
func New(actors Actors) (*Coder, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	conf, err := loadConfidence()
	if err != nil {
		return nil, err
	}
	return &Coder{conf: conf, lx: lx, actors: actors, words: &memo.Memo[*wordInfo]{}}, nil
}

type mentionRef struct {
	start, end int
	ent        *entity.Entity
}

// hit is a trigger occurrence at tokens [i, i+n) of a sentence.
type hit struct {
	i, n   int
	trg    *trigger
	noun   bool // an event noun, or a verb's masdar after a light verb
	suffix bool // the token carries a pronoun suffix (تدعمها)
	bProc  bool // the token carries the proclitic ب (بدعم)
	def    bool // a noun with the article (اللقاء)
	key    string
}

// Code returns the events of an article, sentence by sentence in document
// order, the main event of each sentence first.
func (c *Coder) Code(in Input) []Event {
	var ments []mentionRef
	for i := range in.Entities {
		e := &in.Entities[i]
		for _, m := range e.Mentions {
			ments = append(ments, mentionRef{m.Start, m.End, e})
		}
	}
	sort.Slice(ments, func(i, j int) bool { return ments[i].start < ments[j].start })
	if in.Doc == nil {
		in.Doc = arabic.NewDocument(in.Body)
	}
	st := &docState{in: in, ments: ments, words: newWordCache(c)}
	var out []Event
	sents := in.Doc.Sentences
	si := 0
	for _, p := range in.Paragraphs {
		if p.End > len(in.Body) || p.Start >= p.End {
			continue
		}
		for si < len(sents) && sents[si].Start < p.Start {
			si++
		}
		for ; si < len(sents) && sents[si].End <= p.End; si++ {
			if p.Kind != document.KindHeading {
				s := sents[si]
				out = append(out, c.sentence(st, s.Start, s.End, in.Doc.Tokens[s.FirstToken:s.EndToken:s.EndToken])...)
			}
		}
	}
	return out
}

// docState carries what one sentence leaves for the next.
type docState struct {
	in        Input
	ments     []mentionRef
	proposals []Event    // events whose trigger is a proposal noun, for "ذلك الاقتراح"
	words     *wordCache // per-word keys and nationalities of this document
}

// occurrenceTypes are the categories whose events are worth keeping with no
// actor named, when a verb reports them or the sentence says they happened
// (قتل شخص، a bombing that killed five, a demonstration that was dispersed).
var occurrenceTypes = map[string]bool{"ASSAULT": true, "PROTEST": true}

// sportTypes are the categories coded in a sports report: riots and
// arrests happen around matches; every other trigger there is a metaphor.
var sportTypes = map[string]bool{"PROTEST": true, "COERCE": true}

// proposalNouns are trigger nouns a later "ذلك الاقتراح" can refer back to.
var proposalNouns = map[string]bool{"مقترح": true, "اقتراح": true, "مبادره": true, "خطه": true, "عرض": true, "طلب": true}

// hypothetical words put the trigger after them out of the real world.
var hypothetical = map[string]bool{"محاكاه": true, "بهدف": true, "للتوصل": true, "لمنع": true, "اجل": true, "لتجنب": true, "خشيه": true, "تريد": true, "يريد": true, "يريدون": true, "تسعي": true, "يسعي": true, "يعتزم": true, "تعتزم": true}

func (c *Coder) sentence(st *docState, start, end int, toks []arabic.Token) []Event {
	body := st.in.Body
	var ments []mentionRef
	k := sort.Search(len(st.ments), func(i int) bool { return st.ments[i].start >= start })
	for _, m := range st.ments[k:] {
		if m.start >= end {
			break
		}
		if m.end <= end {
			ments = append(ments, m)
		}
	}
	refs := c.findRefs(st.words, st.in.Doc, body, toks, ments)
	var cands []cand
	for i := 0; i < len(toks); i++ {
		h, ok := c.matchTrigger(st.words, toks, i)
		if !ok {
			continue
		}
		i += h.n - 1
		if c.isHypothetical(toks, h.i) {
			continue
		}
		src, dst := c.arguments(st, toks, refs, h)
		undergone := h.noun && undergoes(toks, h) >= 0 // تعرض للهجوم: a new event
		if h.noun && h.def && !qualified(refs, h) && !undergone && claimedBy(toks, refs, h.i+h.n) == nil {
			continue // "خلال اللقاء": a reference back to a coded event
		}
		if h.noun && src == nil && dst == nil && !(standsAlone(h, undergone) && (undergone || c.concrete(st.words, toks))) {
			continue // nothing to code
		}
		ev := Event{Type: h.trg.typ, CAMEO: h.trg.cameo, Trigger: body[toks[h.i].Start:toks[h.i+h.n-1].End]}
		if h.trg.typ == "REJECT" || h.trg.typ == "AGREE" {
			if p := c.proposalObject(st, toks, h); p != nil && dst == nil {
				ev.Target, ev.TargetCode = p.Source, p.SourceCode
			}
		}
		ev.Modality = c.modality(st, toks, h)
		if src == nil && dst == nil && ev.Target == "" && (ev.Modality == Negated || ev.Modality == Conditional) {
			continue
		}
		if h.noun && proposalNouns[h.key] {
			p := ev
			if src != nil {
				p.Source, p.SourceCode = src.name, src.code
			}
			st.proposals = append(st.proposals, p)
		}
		cands = append(cands, cand{ev: ev, h: h, src: src, dst: dst})
	}
	cands = c.protests(toks, refs, cands)
	c.militarize(cands)
	unclaimed(cands)
	rank(toks, cands)
	withArgs := map[string]bool{}
	for _, cd := range cands {
		if cd.src != nil || cd.dst != nil {
			withArgs[cd.ev.Type] = true
		}
	}
	var out []Event
	seen := map[string]bool{}
	concrete := c.concrete(st.words, toks)
	for _, cd := range cands {
		ev := cd.ev
		if cd.src == nil && cd.dst == nil && ev.Target == "" && withArgs[ev.Type] {
			continue // the same event, coded with its actors
		}
		if cd.src != nil {
			ev.Source, ev.SourceCode = cd.src.name, cd.src.code
		}
		if cd.dst != nil && !(cd.src != nil && (sameActor(cd.src, cd.dst) || cd.src.a >= 0 && cd.src.a == cd.dst.a)) {
			ev.Target, ev.TargetCode = cd.dst.name, cd.dst.code // never the source itself
		}
		ev.Evidence = strings.TrimSpace(body[start:end])
		ev.EvidenceAt = Span{Start: start + strings.Index(body[start:end], ev.Evidence)}
		ev.EvidenceAt.End = ev.EvidenceAt.Start + len(ev.Evidence)
		at := toks[cd.h.i].Start
		ev.Place = nearest(st.in.Places, at, start, end)
		ev.Date = nearest(st.in.Dates, at, start, end)
		ev.features = c.features(st, toks, refs, cd, ev)
		ev.Confidence = c.conf.Score(ev.features)
		evs := []Event{ev}
		if cd.dst != nil && ev.Target == cd.dst.name {
			// "أشاد بمواقف السعودية والإمارات": one event per joined target.
			for _, r := range conjuncts(toks, refs, cd.dst) {
				if cd.src == nil || !sameActor(cd.src, r) {
					e := ev
					e.Target, e.TargetCode = r.name, r.code
					evs = append(evs, e)
				}
			}
		}
		for _, ev := range evs {
			if st.in.Sport && !sportTypes[ev.Type] {
				continue // "هجوم" on goal, "لقاء" a match
			}
			if ev.Source == "" && ev.Target == "" && !(occurrenceTypes[ev.Type] && (concrete || !cd.h.noun)) {
				continue // no actor and no attack or protest that happened: nothing to hold
			}
			key := ev.Type + "|" + ev.Source + "|" + ev.Target
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, ev)
		}
	}
	return out
}

// conjuncts returns the actors joined to r by و right after it (السعودية
// والإمارات، فرنسا وألمانيا وروسيا), in order.
func conjuncts(toks []arabic.Token, refs []ref, r *ref) []*ref {
	var out []*ref
	end := r.b
	for {
		var next *ref
		for k := range refs {
			n := &refs[k]
			if n.a == end && n.a < len(toks) && strings.HasPrefix(toks[n.a].Norm, "و") && !strings.HasPrefix(toks[n.a].Norm, "وزير") ||
				n.a == end+1 && end < len(toks) && toks[end].Norm == "و" {
				next = n
				break
			}
		}
		if next == nil || sameActor(next, r) {
			return out
		}
		out = append(out, next)
		end = next.b
	}
}

// cand is an event being coded, with the trigger and argument references
// it was read from.
type cand struct {
	ev       Event
	h        hit
	src, dst *ref
	score    int
}

// standsAlone reports whether an event noun is coded without any actor:
// an indefinite attack or protest noun, or one undergone (تعرضت للهجوم),
// reports an event by itself (انفجار سيارة مفخخة، اندلعت مظاهرات).
func standsAlone(h hit, undergone bool) bool {
	return (!h.def || undergone) && (h.trg.typ == "ASSAULT" || h.trg.typ == "PROTEST")
}

// concrete reports whether a sentence has an occurrence or casualty word.
func (c *Coder) concrete(wc *wordCache, toks []arabic.Token) bool {
	for _, t := range toks {
		if wc.info(t).occurrence {
			return true
		}
	}
	return false
}

// matchTrigger tries the lexicon at token i. A verb form only matches
// with the clitics a verb can carry: under the article or ب it is the
// masdar of a light verb (قام المسلحون بخطف …) or nothing, and a remainder
// ي or ا (وزارتي، طالبا) makes it another word.
func (c *Coder) matchTrigger(wc *wordCache, toks []arabic.Token, i int) (hit, bool) {
	t := toks[i]
	if t.Kind != arabic.Word || !wc.info(t).trigger {
		return hit{}, false // no key starts a trigger form
	}
	if isDawn(toks, i) {
		return hit{}, false
	}
	for _, key := range wc.stems(t) {
		best := hit{}
		for _, f := range c.lx.forms[key] {
			if n, ok := matchWords(toks, i, f.words); ok && n > best.n && hasObject(wc, toks, i+n, f.trg.objects) {
				best = hit{i: i, n: n, trg: f.trg, noun: f.trg.noun}
			}
		}
		if best.n == 0 {
			continue
		}
		pre, suf, found := strings.Cut(t.Norm, key)
		if !found {
			pre, suf = "", ""
		}
		if !best.noun {
			if suf == "ي" || suf == "ا" {
				continue
			}
			if strings.Contains(pre, "ال") || strings.HasSuffix(pre, "ب") || strings.HasSuffix(pre, "لل") {
				if lightVerb(toks, i) < 0 {
					continue
				}
				best.noun = true // the masdar after a light verb
			}
		}
		best.suffix = strings.Contains(t.Norm, key) && suf != ""
		best.bProc = strings.HasPrefix(t.Norm, "ب") && !strings.HasPrefix(key, "ب")
		best.def = strings.Contains(t.Norm, "ال"+key)
		best.key = key
		return best, true
	}
	return hit{}, false
}

func matchWords(toks []arabic.Token, i int, words []string) (int, bool) {
	k := i + 1
	for _, w := range words[1:] {
		if k >= len(toks) || arabic.StripArticle(toks[k].Norm) != arabic.StripArticle(w) {
			return 0, false
		}
		k++
	}
	return k - i, true
}

func (c *Coder) isHypothetical(toks []arabic.Token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		if toks[j].Kind == arabic.Punct && toks[j].Text != "،" && toks[j].Text != "," {
			return false
		}
		if hypothetical[toks[j].Norm] || hypothetical[arabic.StripArticle(toks[j].Norm)] {
			return true
		}
	}
	return false
}

// qualified reports whether an actor qualifies the noun at h right after it
// (الهجوم الإسرائيلي), which makes a definite noun a new event.
func qualified(refs []ref, h hit) bool {
	end := h.i + h.n
	for _, r := range refs {
		if r.a >= end && r.a-end <= 1 && r.kind != refAgent {
			return true
		}
	}
	return false
}

// nearest returns the value of the located span in [start, end) closest to pos.
func nearest(locs []Located, pos, start, end int) string {
	best, dist := "", -1
	for _, l := range locs {
		if l.Start < start || l.End > end {
			continue
		}
		d := l.Start - pos
		if d < 0 {
			d = -d * 2 // prefer what follows the trigger
		}
		if dist < 0 || d < dist {
			best, dist = l.Value, d
		}
	}
	return best
}

// hasObject reports whether one of objects (none: true) occurs among the
// eight tokens from k on.
func hasObject(wc *wordCache, toks []arabic.Token, k int, objects []string) bool {
	if len(objects) == 0 {
		return true
	}
	for j := k; j < len(toks) && j < k+8; j++ {
		for _, s := range wc.stems(toks[j]) {
			for _, o := range objects {
				if s == o || arabic.StripArticle(s) == o {
					return true
				}
			}
		}
	}
	return false
}

// dawnTimes are the words after which فجر is the dawn of a day, not "blew
// up": a weekday, اليوم، يوم، أمس، الغد (in the news corpus some 450 of the
// 480 occurrences of فجر before such a word date something).
var dawnTimes = map[string]bool{"السبت": true, "الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true,
	"الخميس": true, "الجمعه": true, "اليوم": true, "يوم": true, "امس": true, "الغد": true}

// isDawn reports whether token i is فجر (or وفجر) dating what follows.
func isDawn(toks []arabic.Token, i int) bool {
	n := strings.TrimPrefix(toks[i].Norm, "و")
	if n != "فجر" && n != "الفجر" || i+1 >= len(toks) {
		return false
	}
	next := strings.TrimRight(toks[i+1].Norm, "،,.")
	return dawnTimes[next]
}
