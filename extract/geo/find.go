package geo

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
)

// Hints carry optional evidence from other layers.
type Hints struct {
	// Locations are LOC mentions from the NER layer (byte offsets into the
	// body). A gazetteer name inside one needs no other cue.
	Locations []entity.Mention
	// Names are the NER layer's mentions of persons and organisations: a
	// gazetteer name inside one is part of that name (أوباما، قوات سوريا
	// الديمقراطية، جامعة القاهرة), not a place.
	Names []entity.Mention
	// Countries are ISO2 codes the article is known to be about (e.g. the
	// outlet's country); they count as one mention each.
	Countries []string
	// Sport reports that the article is on sport: there a town's name
	// that no place cue, direction or preposition introduces is its club
	// (اهتمام ميلان بضم المهاجم، فاز العين على ضيفه), but for capitals.
	Sport bool
	// Document, when not nil, is the shared analysis of the body
	// (syntax.Model.Annotate): Find reads its tokens, segments and parts
	// of speech. Without it Find makes arabic.NewDocument(body), whose
	// segments are arabic.DefaultSplit's and which has no parts of speech.
	Document *arabic.Document
}

// Thresholds of Find, in people.
const (
	popAlways  = 500_000 // cities this large need no cue
	popContext = 50_000  // cities of a country in context need no cue
)

// match is one occurrence of a gazetteer name in the body.
type match struct {
	start, end int // span of the name, proclitics excluded
	text       string
	ids        []int32
	strong     bool   // place-type cue (مدينة، منطقة) or NER hint
	hint       bool   // inside an NER LOC mention
	dirCue     bool   // directional cue (شمال، وسط، محيط)
	typeCue    bool   // the strong cue is a place-type word: prefer cities to countries
	weak       bool   // preposition before it
	person     bool   // looks like part of a person's name
	homograph  bool   // a well-known place that is also a word
	common     bool   // a common word or given name
	stripped   bool   // a proclitic was removed
	funcWord   bool   // the token also reads as proclitic + function word (وأن، فإن، بأنه)
	org        bool   // part of an organisation's name (ريال مدريد، مانشستر سيتي)
	adjective  bool   // a nationality adjective (ألباني ← ألبانيا)
	inName     bool   // inside a person's or an organisation's name (Hints.Names)
	natAfter   string // country (ISO2) of the nationality adjective right after the name (سالزبوري البريطانية), or between it and its cue (العاصمة الأردنية عمان)
	head       bool   // followed by a place's name, so the head of a construct (بورصة لندن)
	fragment   bool   // inside a longer location's name, after words that are no place cue (شبه الجزيرة الكورية)
	notNoun    bool   // the tagger reads the word as no noun (سلمية ADJ "peaceful", دوماً ADV "always", بل CCONJ)
	al         bool   // "لل" read as ل + ال
	tanween    bool   // the word carries tanween, which no name takes (دوماً "always", روسياً "a Russian")
	sportTown  bool   // a bare town name in a sports article: its club, unless a capital
	afterWord  bool   // a word, not punctuation or the start of the text (a dateline), comes right before
	venue      bool   // after a venue or event word (ملعب، بطولة، ماراثون): the town
	club       bool   // an org cue of a sports club (مدرب روما، برشلونة الإسباني)
	areaCue    bool   // the cue names an area (ولاية، جزيرة، إقليم), not a town
	region     bool   // followed by a compass or region adjective (أمريكا اللاتينية): a region the gazetteer lacks, not the country
	choice     int32
}

// Find returns the places named in body, each once, in order of first
// mention. See the package documentation for the method.
func (g *Gazetteer) Find(body string, hints Hints) []Place {
	doc := hints.Document
	if doc == nil || doc.Text != body {
		doc = arabic.NewDocument(body)
	}
	ms := g.scan(doc)
	clubs(ms, hints.Sport)
	ms = append(ms, g.hinted(doc, hints.Locations, ms)...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	for i := range ms {
		for _, n := range hints.Names {
			if n.Start <= ms[i].start && ms[i].end <= n.End {
				ms[i].inName = true
			}
		}
	}
	// Two passes: the first resolves with the countries the article names,
	// the second with the countries of every place the first pass kept.
	ctx := g.context(ms, hints.Countries, nil)
	var kept []match
	for pass := 0; pass < 2; pass++ {
		kept = kept[:0]
		for _, m := range ms {
			if id, ok := g.resolve(m, ctx); ok {
				m.choice = id
				kept = append(kept, m)
			}
		}
		ctx = g.context(ms, hints.Countries, kept)
	}
	return g.places(kept)
}

// reading is one way to read a token as the start of a place name: the
// token whole, or its base segment without the proclitics the document's
// segmentation cuts off (وسرت → سرت، للقاهرة → القاهرة).
type reading struct {
	key   string
	start int  // byte offset of the name in the body
	strip bool // proclitics were cut off
	al    bool // the article is not written (ل + القاهرة → للقاهرة): the name gets "ا"
}

// readings returns the readings of word token i of doc, the whole token
// first. A token with a pronoun suffix has only its whole reading.
func readings(doc *arabic.Document, i int, buf []reading) []reading {
	t := &doc.Tokens[i]
	out := append(buf[:0], reading{key: t.Norm, start: t.Start})
	segs := doc.SegmentsOf(i)
	if len(segs) < 2 || segs[len(segs)-1].Role == arabic.Enclitic {
		return out
	}
	g := &doc.Segments[doc.BaseOf(i)]
	if g.Start == t.Start || g.Norm == t.Norm || utf8.RuneCountInString(g.Norm) < 3 {
		return out
	}
	written := doc.Text[g.Start:g.End]
	return append(out, reading{key: g.Norm, start: g.Start, strip: true, al: g.Form != written && g.Form == "ا"+written})
}

// endsInProminent reports whether key, without its first one to three
// letters, is the key of a prominent place (or is one with its article's
// alef dropped, as after ل): a cheap test before arabic.Splits.
func (g *Gazetteer) endsInProminent(key string) bool {
	i := 0
	for n := 1; n <= 3; n++ {
		_, size := utf8.DecodeRuneInString(key[i:])
		if i += size; i >= len(key) {
			return false
		}
		if rest := key[i:]; g.prom[rest] || g.prom["ا"+rest] {
			return true
		}
	}
	return false
}

// prominent returns the entries of ids that are countries, capitals or
// curated places.
func (g *Gazetteer) prominent(ids []int32) []int32 {
	var out []int32
	for _, id := range ids {
		if e := &g.entries[id]; e.Kind == KindCountry || e.Capital || e.Curated {
			out = append(out, id)
		}
	}
	return out
}

// otherReadings returns the readings of token i without proclitics that
// arabic.Splits allows besides the document's (pronoun suffixes left
// out), fewest proclitics first.
func otherReadings(doc *arabic.Document, i int, buf []reading) []reading {
	t := &doc.Tokens[i]
	out := buf[:0]
	have := baseKey(doc, i)
	for _, sp := range arabic.Splits(t.Text) {
		b := sp[len(sp)-1]
		if len(sp) < 2 || b.Role != arabic.Base || b.Start == b.End {
			continue
		}
		k := arabic.Normalize(b.Form)
		if k == have || utf8.RuneCountInString(k) < 3 {
			continue
		}
		written := t.Text[b.Start:b.End]
		out = append(out, reading{key: k, start: t.Start + b.Start, strip: true, al: b.Form != written && b.Form == "ا"+written})
	}
	return out
}

// baseKey returns the key of the base segment of token i: the word without
// its clitics (بمدينة → مدينه).
func baseKey(doc *arabic.Document, i int) string { return doc.Segments[doc.BaseOf(i)].Norm }

// hasConjunction reports whether token i starts with the conjunction و.
func hasConjunction(doc *arabic.Document, i int) bool {
	segs := doc.SegmentsOf(i)
	return len(segs) > 1 && segs[0].Role == arabic.Proclitic && segs[0].Norm == "و"
}

// scan finds every gazetteer name in the document's tokens, longest first.
func (g *Gazetteer) scan(doc *arabic.Document) []match {
	var out []match
	body, toks := doc.Text, doc.Tokens
	cuedEnd := -1 // token index after the last cued match, for "X و Y"
	var rbuf [2]reading
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != arabic.Word {
			continue
		}
		best, bestLen := reading{}, 0
		var bestIDs []int32
		for _, v := range readings(doc, i, rbuf[:0]) {
			n := g.maxToks[v.key]
			if n == 0 {
				continue
			}
			for l := min(n, len(toks)-i); l > bestLen; l-- {
				k, ok := joinKey(v.key, toks[i+1:i+l])
				if !ok {
					continue
				}
				if ids := g.index[k]; len(ids) > 0 {
					best, bestLen, bestIDs = v, l, ids
					break
				}
			}
		}
		if bestLen == 0 && g.endsInProminent(t.Norm) {
			// The segmenter may keep a name's proclitic (وتونس) or read
			// it wrongly (لليبيا → ل + اليبيا): the other readings
			// arabic.Splits allows are tried then, for prominent places
			// only (countries, capitals, curated places); a rare town's
			// name is too often the rest of a common word (فرانس → رانس).
			for _, v := range otherReadings(doc, i, rbuf[:0]) {
				if ids := g.prominent(g.index[v.key]); len(ids) > 0 {
					best, bestLen, bestIDs = v, 1, ids
					break
				}
			}
		}
		if bestLen == 0 || g.lex.cues[best.key] || g.lex.dirCues[best.key] {
			continue // مدينة and وسط are cues, not the place Medina or Wasat
		}
		start := best.start
		end := toks[i+bestLen-1].End
		m := match{start: start, end: end, text: body[start:end], ids: bestIDs, al: best.al}
		key := best.key
		if bestLen > 1 {
			key, _ = joinKey(best.key, toks[i+1:i+bestLen])
		}
		m.homograph, m.common, m.stripped = g.lex.homographs[key], g.lex.common[key], best.strip
		m.funcWord = bestLen == 1 && !best.strip && g.functionReading(doc, i)
		prev := prevWord(toks, i)
		if prev >= 0 {
			// A cue and a nationality adjective: العاصمة الأردنية عمان is
			// Jordan's capital.
			if c := g.adjectiveCountry(toks[prev].Norm); c != "" {
				if pp := prevWord(toks, prev); pp >= 0 && (g.lex.cues[toks[pp].Norm] || g.lex.cues[baseKey(doc, pp)]) {
					m.natAfter, prev = c, pp
				}
			}
			pk := baseKey(doc, prev)
			if g.lex.cues[toks[prev].Norm] || g.lex.dirCues[toks[prev].Norm] || g.lex.personCues[toks[prev].Norm] {
				pk = toks[prev].Norm // بايرن is not ب + ايرن
			}
			m.strong = g.lex.cues[pk] || (cuedEnd == i && best.strip && hasConjunction(doc, i))
			m.dirCue = g.lex.dirCues[pk]
			m.weak = g.lex.weakCues[toks[prev].Norm]
			m.person = bestLen == 1 && (g.lex.personCues[pk] || g.lex.nameLinks[pk] || g.lex.personCues[toks[prev].Norm])
			m.typeCue = g.lex.cues[pk]
			m.areaCue = g.lex.areaCues[pk] || g.lex.areaCues[toks[prev].Norm]
			m.afterWord, m.venue = true, g.lex.venues[pk] || g.lex.venues[toks[prev].Norm]
		}
		if next := i + bestLen; bestLen == 1 && next < len(toks) && toks[next].Kind == arabic.Word && g.lex.nameLinks[toks[next].Norm] {
			m.person = true
		}
		if next := i + bestLen; next < len(toks) && toks[next].Kind == arabic.Word && g.lex.orgAfter[toks[next].Norm] {
			m.org, m.club = true, g.lex.clubAfter[toks[next].Norm]
		}
		if prev >= 0 && (g.lex.orgBefore[toks[prev].Norm] || g.lex.orgBefore[baseKey(doc, prev)]) {
			m.org, m.club = true, m.club || g.lex.clubBefore[toks[prev].Norm] || g.lex.clubBefore[baseKey(doc, prev)]
		}
		m.adjective = bestLen == 1 && g.isAdjective(best.key)
		m.tanween = bestLen == 1 && strings.ContainsAny(t.Text, "\u064B\u064C\u064D")
		if next := i + bestLen; next < len(toks) && toks[next].Kind == arabic.Word && g.lex.regionAdj[toks[next].Norm] {
			m.region = true
		}
		// A proper name takes no genitive: a word followed by a place's
		// name is the head of a construct (بورصة لندن "the London stock
		// exchange"), not the town Bursa.
		m.head = bestLen == 1 && g.placeAt(doc, i+1)
		if next := i + bestLen; next < len(toks) && toks[next].Kind == arabic.Word && m.natAfter == "" {
			m.natAfter = g.adjectiveCountry(toks[next].Norm)
		}
		// What follows a preposition is a noun, whatever the tagger says
		// (إلى سرت: Sirte, not the verb "spread").
		m.notNoun = bestLen == 1 && !m.weak && !best.strip && !nounLike(doc, i)
		if m.strong {
			cuedEnd = i + bestLen
		}
		out = append(out, m)
		i += bestLen - 1
	}
	return out
}

// clubs extends a club cue to the article: once a town's name is a club
// (مدرب روما، برشلونة الإسباني), its other mentions are the club too (وبلغ
// روما دور الثمانية), but after a place cue, a direction or a preposition
// (مدينة روما، في روما), where it may be the town.
//
// In a sports article every town's name so unintroduced is taken for a club
// (sport), but for capitals (resolve), a dateline (دبي، الإمارات at the start
// of a paragraph) and a name after a venue or event word (ملعب كازان، بطولة
// ميامي المفتوحة).
func clubs(ms []match, sport bool) {
	club := map[string]bool{}
	for _, m := range ms {
		if m.club {
			club[nameKey(m.text)] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.org || m.typeCue || m.dirCue || m.weak {
			continue
		}
		if club[nameKey(m.text)] {
			m.org = true
		} else if sport && !m.stripped && !m.strong && m.afterWord && !m.venue {
			m.sportTown = true
		}
	}
}

// placeAt reports whether token i is a word that starts a gazetteer name
// of one word (لندن، موسكو).
func (g *Gazetteer) placeAt(doc *arabic.Document, i int) bool {
	if i >= len(doc.Tokens) || doc.Tokens[i].Kind != arabic.Word {
		return false
	}
	return len(g.index[doc.Tokens[i].Norm]) > 0 && !g.lex.common[doc.Tokens[i].Norm] && !g.lex.homographs[doc.Tokens[i].Norm]
}

// nounLike reports whether token i can be a place name by its part of
// speech and form: the tagger reads its base as a noun, a proper noun or a
// foreign word (or the document has no tags), and it carries no tanween —
// a name takes none (دوماً is the adverb "always", not Douma).
func nounLike(doc *arabic.Document, i int) bool {
	if strings.ContainsAny(doc.Tokens[i].Text, "\u064B\u064C\u064D") {
		return false
	}
	if !doc.Tagged {
		return true
	}
	switch doc.Segments[doc.BaseOf(i)].UPOS {
	case arabic.NOUN, arabic.PROPN, arabic.X, arabic.NoPOS:
		return true
	}
	return false
}

// functionReading reports whether the document reads token i as clitics
// and a function word (وأن = و + أن، بأنه = ب + أنه): such a token is no
// place even when the whole token is a gazetteer name (وان, Van in Turkey).
func (g *Gazetteer) functionReading(doc *arabic.Document, i int) bool {
	segs := doc.SegmentsOf(i)
	if len(segs) < 2 {
		return false
	}
	return g.lex.stopwords[baseKey(doc, i)]
}

// joinKey appends the keys of toks to first; ok is false if a token is not
// a word (names do not run across punctuation).
func joinKey(first string, toks []arabic.Token) (string, bool) {
	if len(toks) == 0 {
		return first, true
	}
	var b strings.Builder
	b.WriteString(first)
	for _, t := range toks {
		if t.Kind != arabic.Word {
			return "", false
		}
		b.WriteByte(' ')
		b.WriteString(t.Norm)
	}
	return b.String(), true
}

// prevWord returns the index of the word token right before i, or -1 if
// punctuation or the start of text intervenes.
func prevWord(toks []arabic.Token, i int) int {
	if i == 0 || toks[i-1].Kind != arabic.Word {
		return -1
	}
	return i - 1
}

// onlyCues reports whether the bytes [from, to) of the document, inside
// a location's name before a gazetteer name, hold only what may precede a
// place there: place cues (مدينة، شمال), the proclitics of the word at to,
// or other places joined to it (بنما وتونس، الشرق الأوسط وإفريقيا: a list).
func (g *Gazetteer) onlyCues(doc *arabic.Document, from, to int) bool {
	i := doc.TokenAt(from)
	for ; i < len(doc.Tokens) && doc.Tokens[i].Start < to; i++ {
		t := &doc.Tokens[i]
		if t.End > to {
			return true // the word of the match: its proclitics
		}
		k := baseKey(doc, i)
		if !g.lex.cues[t.Norm] && !g.lex.dirCues[t.Norm] && !g.lex.cues[k] && !g.lex.dirCues[k] && len(g.index[k]) == 0 {
			j := doc.TokenAt(to) // a list: X وY
			return hasConjunction(doc, j) || (doc.Tokens[j].Start < to && strings.HasPrefix(doc.Tokens[j].Text, "و"))
		}
	}
	return true
}

// hinted turns NER LOC mentions that scan missed into strong matches, and
// marks scanned matches inside a hint as strong, but for a listed common
// word or a word in a person's name that the hint covers exactly.
func (g *Gazetteer) hinted(doc *arabic.Document, hints []entity.Mention, ms []match) []match {
	body := doc.Text
	var out []match
	// ms is sorted by start (scan finds them in order); a match that
	// overlaps a hint starts before the hint's end and no earlier than the
	// longest match before the hint's start.
	maxLen := 0
	for _, m := range ms {
		maxLen = max(maxLen, m.end-m.start)
	}
	for _, h := range hints {
		covered := false
		k := sort.Search(len(ms), func(i int) bool { return ms[i].start >= h.End })
		for i := k - 1; i >= 0 && ms[i].start >= h.Start-maxLen; i-- {
			if ms[i].start < h.End && h.Start < ms[i].end {
				covered = true
				if ms[i].start > h.Start && !g.onlyCues(doc, h.Start, ms[i].start) {
					ms[i].fragment = true // الجزيرة of شبه الجزيرة الكورية، يونغ of بيونغ يانغ
				} else if (ms[i].common || ms[i].person || (ms[i].homograph && !g.isCountryKey(nameKey(ms[i].text)))) && ms[i].start == h.Start && ms[i].end == h.End {
					// A common word, or a word after a title or name link
					// (بن، أبو), that the tagger alone calls a place (في
					// مشهد مؤثر، بن بلة): its LOC follows the gazetteer
					// feature, not the context; a place cue still makes it
					// one.
				} else {
					ms[i].strong, ms[i].hint = true, true
				}
			}
		}
		if covered || h.Start < 0 || h.End > len(body) || h.Start >= h.End {
			continue
		}
		if cs := g.index[nameKey(body[h.Start:h.End])]; len(cs) > 0 {
			out = append(out, match{start: h.Start, end: h.End, text: body[h.Start:h.End], ids: cs, strong: true, hint: true})
		}
	}
	return out
}

// context counts mentions per country: the hinted countries, each
// unambiguous mention of a country by name, and (after a first pass) each
// kept place in a country, at half weight.
func (g *Gazetteer) context(ms []match, hinted []string, kept []match) map[string]float64 {
	ctx := map[string]float64{}
	for _, c := range hinted {
		ctx[c]++
	}
	if kept != nil {
		for _, m := range kept {
			e := g.entries[m.choice]
			if e.Kind == KindCountry {
				ctx[e.Country]++
			} else if e.Country != "" {
				ctx[e.Country] += 0.5
			}
		}
		return ctx
	}
	for _, m := range ms {
		if m.person || m.org || m.adjective || ((m.homograph || m.common || m.funcWord) && !m.strong) {
			continue
		}
		c, one := "", true
		for _, id := range m.ids {
			e := g.entries[id]
			if c != "" && e.Country != c {
				one = false
			}
			c = e.Country
		}
		if one && g.entries[m.ids[0]].Kind == KindCountry {
			ctx[c]++ // only names that can be nothing but this country
		}
	}
	return ctx
}

// resolve picks the entry a match refers to, or reports that the match
// should not be taken as a place.
func (g *Gazetteer) resolve(m match, ctx map[string]float64) (int32, bool) {
	best, bestScore := int32(-1), math.Inf(-1)
	for _, id := range m.ids {
		e := g.entries[id]
		if m.natAfter != "" && e.Country != m.natAfter {
			continue // سالزبوري البريطانية is in Britain
		}
		s := prior(e)
		if m.typeCue && e.Kind == KindCountry {
			s -= 10 // العاصمة عمان is Amman, not Oman
		}
		if e.Kind == KindCountry && g.capitalInContext(m.ids, ctx) > ctx[e.Country] {
			// A country loses to a namesake capital of a country the
			// article names more: عمان in a story on Jordan is Amman,
			// not Oman.
			s -= 10
		}
		if c := ctx[e.Country]; c > 0 {
			// In context: a bonus that a much larger or better known
			// namesake still beats (جنيف is Geneva, a canton's seat, in an
			// American story; القنيطرة is Quneitra in a Syrian one).
			s += 1.5 + 0.5*math.Log1p(c)
		}
		if s > bestScore {
			best, bestScore = id, s
		}
	}
	if best < 0 {
		return 0, false // the adjective names a country none of the namesakes is in
	}
	e := g.entries[best]
	if m.person && !m.strong && e.Kind != KindCountry && !e.Curated {
		return 0, false
	}
	prominent := e.Kind == KindCountry || e.Curated || e.Capital || e.Population >= popAlways
	// A country is "in context" for its own name only if named elsewhere too.
	inCtx := ctx[e.Country] >= 1
	if e.Kind == KindCountry {
		inCtx = ctx[e.Country] >= 2
	}
	// A small town of a country the article does not name is rather a
	// namesake the gazetteer lacks (مدينة بورتون in a story on Britain is
	// not Burton, Michigan), after a place cue too; the tagger's reading
	// of the name as a location is trusted, but after a cue that names an
	// area (ولاية، جزيرة): the gazetteer has no states or islands.
	if e.Kind == KindCity && !prominent && ctx[e.Country] < 1 && (!m.hint || m.areaCue) {
		return 0, false
	}
	switch {
	case m.tanween && !m.typeCue:
		return 0, false
	case m.org && !m.typeCue && e.Kind != KindCountry:
		// مهاجم روما، باريس سان جيرمان: a club named after its town, even
		// where NER saw a place (a country's name after مهاجم is its
		// national team, which the country is taken for).
		return 0, false
	case m.sportTown && e.Kind == KindCity && !e.Capital:
		return 0, false
	case m.region && e.Kind == KindCountry:
		return 0, false // أمريكا اللاتينية is no part of the United States
	case m.homograph && m.notNoun && !m.typeCue && !m.dirCue:
		return 0, false // دعم مالي: the tagger's adjective "financial", not Mali, even where NER saw a place
	case m.inName && !m.typeCue:
		return 0, false // مدينة رشيد is the town even when the tagger saw a person
	case m.fragment && !m.typeCue:
		return 0, false
	case m.strong:
		return best, true
	case m.common || m.funcWord || m.org || m.adjective || m.notNoun || (m.head && e.Kind != KindCountry):
		return 0, false
	case m.dirCue:
		return best, true
	case m.homograph:
		return best, inCtx
	case m.stripped && e.Kind != KindCountry && !e.Curated:
		// بنوك is not ب + Nuuk: a stripped city needs its country in context.
		return best, inCtx && (prominent || e.Population >= popContext || m.weak)
	case prominent:
		return best, true
	case inCtx && (e.Population >= popContext || m.weak):
		return best, true
	}
	return 0, false
}

// capitalInContext returns the largest context count (at least 1) of the
// country of a capital among ids: Jordan's for عمان (Amman) in a story on
// Jordan, 0 if none. Smaller towns do not count (لبنان is Lebanon, not
// Lebanon, Pennsylvania, in a story that names the United States).
func (g *Gazetteer) capitalInContext(ids []int32, ctx map[string]float64) float64 {
	best := 0.0
	for _, id := range ids {
		if e := g.entries[id]; e.Capital && e.Kind != KindCountry && ctx[e.Country] >= 1 {
			best = max(best, ctx[e.Country])
		}
	}
	return best
}

// popScore maps a population to a small score (0 for unknown, ~7 for a
// city of ten million).
func popScore(p int64) float64 {
	if p <= 0 {
		return 0
	}
	return math.Log10(float64(p))
}

// places groups kept matches by entry, in order of first mention.
func (g *Gazetteer) places(ms []match) []Place {
	var out []Place
	at := map[int32]int{}
	for _, m := range ms {
		i, ok := at[m.choice]
		if !ok {
			e := g.entries[m.choice]
			name := m.text
			if m.al {
				name = "ا" + name
			}
			i = len(out)
			at[m.choice] = i
			out = append(out, Place{Name: name, Country: e.Country, Lat: e.Lat, Lon: e.Lon, Kind: e.Kind, Population: e.Population})
		}
		out[i].Mentions = append(out[i].Mentions, m.start)
		out[i].Spans = append(out[i].Spans, Span{Start: m.start, End: m.end})
	}
	return out
}

// isAdjective reports whether a one-word key is better read as a
// nationality adjective of a country in the gazetteer (ألباني from ألبانيا,
// عراقي from العراق) than as the place of the same spelling (Albany).
func (g *Gazetteer) isAdjective(key string) bool {
	base, ok := strings.CutSuffix(key, "ي")
	if !ok || g.isCountryKey(key) {
		return false
	}
	return g.isCountryKey(key+"ا") || g.isCountryKey(base) || g.isCountryKey("ال"+base)
}

// adjectiveCountry returns the country (ISO2) a nationality adjective key
// derives from (البريطانية → GB, الإندونيسية → ID, السوري → SY), or "".
func (g *Gazetteer) adjectiveCountry(key string) string {
	k := strings.TrimPrefix(key, "ال")
	k = strings.TrimSuffix(k, "ه") // feminine ـية
	base, ok := strings.CutSuffix(k, "ي")
	if !ok || utf8.RuneCountInString(base) < 2 {
		return ""
	}
	for _, c := range [...]string{k + "ا", base, "ال" + base, base + "يا"} {
		for _, id := range g.index[c] {
			if e := &g.entries[id]; e.Kind == KindCountry {
				return e.Country
			}
		}
	}
	return ""
}

// isCountryKey reports whether key names a country.
func (g *Gazetteer) isCountryKey(key string) bool {
	for _, id := range g.index[key] {
		if g.entries[id].Kind == KindCountry {
			return true
		}
	}
	return false
}
