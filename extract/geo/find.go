package geo

import (
	"math"
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
)

// Hints carry optional evidence from other layers.
type Hints struct {
	// Locations are LOC mentions from the NER layer (byte offsets into the
	// body). A gazetteer name inside one needs no other cue.
	Locations []entity.Mention
	// Countries are ISO2 codes the article is known to be about (e.g. the
	// outlet's country); they count as one mention each.
	Countries []string
	// Tokens, when not nil, must be arabic.Tokenize(body): Find then uses
	// them instead of tokenising the body again. The places are the same.
	Tokens []arabic.Token
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
	strong     bool // place-type cue (مدينة، منطقة) or NER hint
	dirCue     bool // directional cue (شمال، وسط، محيط)
	typeCue    bool // the strong cue is a place-type word: prefer cities to countries
	weak       bool // preposition before it
	person     bool // looks like part of a person's name
	homograph  bool // a well-known place that is also a word
	common     bool // a common word or given name
	stripped   bool // a proclitic was removed
	funcWord   bool // the token also reads as proclitic + function word (وأن، فإن، بأنه)
	org        bool // part of an organisation's name (ريال مدريد، مانشستر سيتي)
	adjective  bool // a nationality adjective (ألباني ← ألبانيا)
	al         bool // "لل" read as ل + ال
	choice     int32
}

// Find returns the places named in body, each once, in order of first
// mention. See the package documentation for the method.
func (g *Gazetteer) Find(body string, hints Hints) []Place {
	toks := hints.Tokens
	if toks == nil {
		toks = tokenize(body)
	}
	ms := g.scan(body, toks)
	ms = append(ms, g.hinted(body, hints.Locations, ms)...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
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

// scan finds every gazetteer name in the token stream, longest first.
func (g *Gazetteer) scan(body string, toks []arabic.Token) []match {
	var out []match
	cuedEnd := -1 // token index after the last cued match, for "X و Y"
	var vbuf [8]variant
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != arabic.Word {
			continue
		}
		best, bestLen := variant{}, 0
		var bestIDs []int32
		for _, v := range appendKeyVariants(vbuf[:0], t.Norm) {
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
		if bestLen == 0 || g.lex.cues[best.key] || g.lex.dirCues[best.key] {
			continue // مدينة and وسط are cues, not the place Medina or Wasat
		}
		start := t.Start + skipLetters(t.Text, best.skip)
		end := toks[i+bestLen-1].End
		m := match{start: start, end: end, text: body[start:end], ids: bestIDs, al: best.al}
		key := best.key
		if bestLen > 1 {
			key, _ = joinKey(best.key, toks[i+1:i+bestLen])
		}
		m.homograph, m.common, m.stripped = g.lex.homographs[key], g.lex.common[key], best.skip > 0
		m.funcWord = bestLen == 1 && best.skip == 0 && functionReading(t.Text, g.lex.stopwords)
		prev := prevWord(toks, i)
		if prev >= 0 {
			pk := strippedKey(toks[prev].Text)
			if g.lex.cues[toks[prev].Norm] || g.lex.dirCues[toks[prev].Norm] || g.lex.personCues[toks[prev].Norm] {
				pk = toks[prev].Norm // بايرن is not ب + ايرن
			}
			m.strong = g.lex.cues[pk] || (cuedEnd == i && best.skip > 0 && isConj(t.Text))
			m.dirCue = g.lex.dirCues[pk]
			m.weak = g.lex.weakCues[arabic.Normalize(toks[prev].Text)]
			m.person = bestLen == 1 && (g.lex.personCues[pk] || g.lex.nameLinks[pk] || g.lex.personCues[toks[prev].Norm])
			m.typeCue = g.lex.cues[pk]
		}
		if next := i + bestLen; bestLen == 1 && next < len(toks) && toks[next].Kind == arabic.Word && g.lex.nameLinks[toks[next].Norm] {
			m.person = true
		}
		if next := i + bestLen; next < len(toks) && toks[next].Kind == arabic.Word && g.lex.orgAfter[arabic.Normalize(toks[next].Text)] {
			m.org = true
		}
		if prev >= 0 && anyReading(g.lex.orgBefore, toks[prev].Norm) {
			m.org = true
		}
		m.adjective = bestLen == 1 && g.isAdjective(best.key)
		if m.strong {
			cuedEnd = i + bestLen
		}
		out = append(out, m)
		i += bestLen - 1
	}
	return out
}

// isConj reports whether a token starts with the conjunction و.
func isConj(tok string) bool { return strings.HasPrefix(tok, "و") }

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

// strippedKey is the key of a cue word without a leading proclitic
// (بمدينة → مدينه، ومنطقة → منطقه).
func strippedKey(tok string) string {
	k := arabic.Normalize(tok)
	for _, p := range []string{"وب", "فب", "ول", "و", "ف", "ب", "ل"} {
		if rest, ok := strings.CutPrefix(k, p); ok && len([]rune(rest)) >= 3 {
			if strings.HasPrefix(rest, "ال") || !strings.HasPrefix(k, "ال") {
				return rest
			}
		}
	}
	return k
}

// hinted turns NER LOC mentions that scan missed into strong matches, and
// marks scanned matches inside a hint as strong.
func (g *Gazetteer) hinted(body string, hints []entity.Mention, ms []match) []match {
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
				ms[i].strong, covered = true, true
			}
		}
		if covered || h.Start < 0 || h.End > len(body) || h.Start >= h.End {
			continue
		}
		if cs := g.index[nameKey(body[h.Start:h.End])]; len(cs) > 0 {
			out = append(out, match{start: h.Start, end: h.End, text: body[h.Start:h.End], ids: cs, strong: true})
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
		s := prior(e)
		if m.typeCue && e.Kind == KindCountry {
			s -= 10 // العاصمة عمان is Amman, not Oman
		}
		if c := ctx[e.Country]; c > 0 {
			s += 2 + 0.5*math.Log1p(c) // in context: a bonus that a much larger namesake still beats
		}
		if s > bestScore {
			best, bestScore = id, s
		}
	}
	if best < 0 {
		return 0, false
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
	switch {
	case m.strong:
		return best, true
	case m.common || m.funcWord || m.org || m.adjective:
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

// tokenize is arabic.Tokenize (a seam for tests).
func tokenize(body string) []arabic.Token { return arabic.Tokenize(body) }

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

// isCountryKey reports whether key names a country.
func (g *Gazetteer) isCountryKey(key string) bool {
	for _, id := range g.index[key] {
		if g.entries[id].Kind == KindCountry {
			return true
		}
	}
	return false
}

// anyReading reports whether the token key k, or k without a proclitic
// (وبايرن → بايرن), is in set.
func anyReading(set map[string]bool, k string) bool {
	for _, v := range keyVariants(k) {
		if set[v.key] {
			return true
		}
	}
	return false
}
