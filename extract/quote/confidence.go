package quote

import (
	_ "embed"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/internal/syn"
	"github.com/marsad/marsad/internal/calib"
)

// How a quote's speaker was found.
const (
	basisRegion    = "region"    // the words after the cue name the speaker
	basisSpokesman = "spokesman" // the parse's subject is a relational noun
	basisIssuer    = "issuer"    // a document noun and its author (البيان)
	basisPhrase    = "phrase"    // a definite noun phrase as written
	basisBack      = "back"      // the subject before the cue (SVO)
	basisPrevious  = "previous"  // a dropped subject: the previous speaker
	basisAgree     = "agree"     // a dropped subject: the nearest subject of the verb's gender
	basisSource    = "source"    // a source cue (بحسب، وفقا لـ)
)

//go:embed data/confidence.tsv
var confidenceData string

// commonCues are the reporting verbs of most quotes in the news corpus
// (over two thirds of the cues the extractor finds in it).
var commonCues = map[string]bool{"قال": true, "قالت": true, "اكد": true, "اكدت": true, "اضاف": true, "اضافت": true,
	"اشار": true, "اشارت": true, "اوضح": true, "اوضحت": true, "ذكر": true, "ذكرت": true, "اعلن": true, "اعلنت": true}

// Features describes a quote for the confidence model: how its speaker was
// found, the speaker's kind, the quote's kind and length, its cue, and
// whether the dependency parse agrees on the speaker.
func (q *Quote) Features() []string {
	f := []string{"bias", "basis=" + q.basis, "speaker=" + q.SpeakerKind, "kind=" + q.Kind}
	if q.SpeakerEntity != "" {
		f = append(f, "entity")
	}
	if q.Via != "" {
		f = append(f, "via")
	}
	cue := arabic.StripArticle(arabic.Normalize(strings.TrimPrefix(strings.TrimPrefix(q.Cue, "و"), "ف")))
	if commonCues[cue] {
		f = append(f, "common-cue")
	}
	n := len(strings.Fields(q.Content))
	switch {
	case n < 5:
		f = append(f, "words<5")
	case n < 15:
		f = append(f, "words<15")
	case n < 40:
		f = append(f, "words<40")
	default:
		f = append(f, "words>=40")
	}
	if q.agrees {
		f = append(f, "parse-agrees")
	}
	return f
}

// score sets the confidence of every quote from the embedded model.
func (x *Extractor) score(qs []Quote) {
	for i := range qs {
		qs[i].Confidence = x.conf.Score(qs[i].Features())
	}
}

// parseAgrees reports whether the parse makes the speaker's mention (or
// phrase) the subject of the cue verb at token i.
func (st *state) parseAgrees(p *para, i int, sp *speaker) bool {
	doc := st.doc
	if doc == nil || sp == nil {
		return false
	}
	v := syn.Base(doc, p.toks[i].Start)
	if v < 0 || !doc.ParsedAt(v) {
		return false
	}
	s := syn.Subject(doc, v)
	if s < 0 {
		return false
	}
	a, b := syn.Span(doc, s)
	if sp.ent != nil {
		for _, m := range st.mentionsFrom(a) {
			if m.start >= b {
				break
			}
			if m.ent == sp.ent {
				return true
			}
		}
		return false
	}
	return strings.Contains(st.body[a:b], sp.name) || strings.Contains(sp.name, st.body[a:b])
}

// loadConfidence reads the embedded confidence model.
func loadConfidence() (*calib.Model, error) {
	m, err := calib.Read(strings.NewReader(confidenceData))
	if err != nil {
		return nil, err
	}
	return m, nil
}
