package event

import "github.com/marsad/marsad/arabic"

// MayCode reports whether sentence k of doc holds a word that may start a
// trigger: only such sentences can give events, so a pipeline need not
// parse the others for the coder.
func (c *Coder) MayCode(doc *arabic.Document, k int) bool {
	s := doc.Sentences[k]
	wc := newWordCache(c)
	for _, t := range doc.Tokens[s.FirstToken:s.EndToken] {
		if t.Kind == arabic.Word && wc.info(t).trigger {
			return true
		}
	}
	return false
}
