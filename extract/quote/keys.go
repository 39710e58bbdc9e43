package quote

import "github.com/marsad/marsad/arabic"

// conjunctionless returns the key of token t of doc without the و or ف the
// shared segmentation split off its front (وأضاف → اضاف، فقال → قال), or
// its key when none was: a word like وزير keeps its و.
func conjunctionless(doc *arabic.Document, t arabic.Token) string {
	i := doc.TokenAt(t.Start)
	if i >= len(doc.Tokens) || doc.Tokens[i].Start != t.Start {
		return t.Norm
	}
	if segs := doc.SegmentsOf(i); len(segs) > 1 && segs[0].Role == arabic.Proclitic && (segs[0].Norm == "و" || segs[0].Norm == "ف") {
		return t.Norm[len(segs[0].Norm):]
	}
	return t.Norm
}

// noConj is conjunctionless over the state's document.
func (st *state) noConj(t arabic.Token) string { return conjunctionless(st.doc, t) }
