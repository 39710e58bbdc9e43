package quote

import "github.com/marsad/marsad/arabic"

// MayQuote reports whether sentence k of doc holds a word that may start a
// reporting cue (with or without a و/ف before it): only such sentences can
// give quotes, so a pipeline need not parse the others for the extractor.
func (x *Extractor) MayQuote(doc *arabic.Document, k int) bool {
	s := doc.Sentences[k]
	for _, t := range doc.Tokens[s.FirstToken:s.EndToken] {
		if t.Kind != arabic.Word {
			continue
		}
		if len(x.lx.byFirst[t.Norm]) > 0 || len(x.lx.byFirst[conjunctionless(doc, t)]) > 0 {
			return true
		}
	}
	return false
}
