package eval

import (
	"fmt"
	"strings"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/quote"
)

// MinContentF1 is the token F1 from which two quote contents overlap.
const MinContentF1 = 0.5

// scoreQuotes matches quotes greedily one to one: each gold quote, in gold
// (document) order, takes the still unmatched system quote whose speaker
// agrees and whose content overlaps best (ties: the first in the analysis'
// order).
func scoreQuotes(g *Gold, gi *goldIndex, si *systemIndex, a *extract.Analysis) QuoteScore {
	var s QuoteScore
	used := make([]bool, len(a.Quotes))
	for _, gq := range g.Quotes {
		names, _ := gi.expand(gq.Speaker)
		matched, best := -1, 0.0
		for j, sq := range a.Quotes {
			if used[j] || !speakerAgrees(gq, names, si, sq) {
				continue
			}
			if f := TokenF1(gq.Content, sq.Content); f >= MinContentF1 && f > best {
				matched, best = j, f
			}
		}
		if matched < 0 {
			s.Counts.FN++
			s.Misses = append(s.Misses, quoteLabel(gq.Speaker, gq.Content))
			continue
		}
		used[matched] = true
		s.Counts.TP++
		s.Counts.SysTP++
		sq := a.Quotes[matched]
		cueOK := Normalize(gq.Cue) == Normalize(sq.Cue)
		kindOK := strings.EqualFold(strings.TrimSpace(gq.Kind), strings.TrimSpace(sq.Kind))
		if cueOK {
			s.CueAgree++
		}
		if kindOK {
			s.KindAgree++
		}
		if !cueOK || !kindOK {
			s.Disagreements = append(s.Disagreements, fmt.Sprintf("%s: cue %q/%q kind %s/%s",
				quoteLabel(gq.Speaker, gq.Content), gq.Cue, sq.Cue, gq.Kind, sq.Kind))
		}
	}
	for j, sq := range a.Quotes {
		s.Scored = append(s.Scored, Scored{Confidence: sq.Confidence, Right: used[j]})
		if !used[j] {
			s.Counts.FP++
			s.FalsePositives = append(s.FalsePositives, quoteLabel(sq.Speaker, sq.Content))
		}
	}
	return s
}

// speakerAgrees applies the speaker rule: the system speaker or
// speaker_entity (an entity ID resolves to its canonical name) equals the
// gold speaker or an alias of it (names); for an anonymous gold source the
// system speaker may instead contain at least half of the gold speaker's
// distinct tokens.
func speakerAgrees(gq GoldQuote, names nameSet, si *systemIndex, sq quote.Quote) bool {
	sys, _ := si.names(sq.Speaker, false)
	ent, _ := si.names(sq.SpeakerEntity, false)
	if names.meets(sys) || names.meets(ent) {
		return true
	}
	if gq.SpeakerKind != AnonymousSource {
		return false
	}
	return tokenShare(gq.Speaker, sq.Speaker)
}

// tokenShare reports whether b contains at least half of a's distinct
// tokens (and a has some).
func tokenShare(a, b string) bool {
	want := map[string]bool{}
	for _, t := range Tokens(a) {
		want[t] = true
	}
	have := map[string]bool{}
	for _, t := range Tokens(b) {
		have[t] = true
	}
	shared := 0
	for t := range want {
		if have[t] {
			shared++
		}
	}
	return len(want) > 0 && 2*shared >= len(want)
}

// quoteLabel names a quote in a report: speaker and the start of content.
func quoteLabel(speaker, content string) string {
	const max = 40
	r := []rune(strings.TrimSpace(content))
	if len(r) > max {
		r = append(r[:max], '…')
	}
	if strings.TrimSpace(speaker) == "" {
		speaker = "(no speaker)"
	}
	return speaker + ": " + string(r)
}
