package syntax

import "github.com/marsad/marsad/arabic"

// AnnotateSentence is Annotate for a text that is one sentence, whatever
// its punctuation: a labelled sentence of a corpus given as raw text (its
// tokens joined by spaces), so that it gets the same analysis as news.
func (m *Model) AnnotateSentence(text string) *arabic.Document {
	return m.AnnotateWith(text, Options{OneSentence: true})
}
