package syntax

import (
	"errors"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/ud"
)

// ErrModel is wrapped by every error about a damaged or foreign model file.
var ErrModel = errors.New("syntax: bad model")

// Model is a trained segmenter, tagger and parser for Arabic. It is
// read-only once loaded and safe for concurrent use.
type Model struct {
	Info Info
	lex  *Lexicon
	seg  *segmenter
	tag  *tagger
	par  *parser
}

// Parses reports whether the model has a parser (a model trained by
// 'marsad train pos' has only the segmenter and the tagger).
func (m *Model) Parses() bool { return m.par != nil }

// Info describes what a model was trained on.
type Info struct {
	// Data names the treebanks; Licence is the most restrictive licence
	// among them, which the model inherits.
	Data, Licence string
}

// wordsOf builds the model's words for segments given by form and role.
func (m *Model) wordsOf(forms []string, roles []arabic.SegRole) []word {
	ws := make([]word, len(forms))
	for i, f := range forms {
		ws[i] = newWord(f, arabic.Normalize(f), roles[i], m.lex)
	}
	return ws
}

// TagParse annotates a treebank sentence with the model's parts of speech,
// features, lemmas and tree, keeping its words (gold segmentation).
func (m *Model) TagParse(s *ud.Sentence) ud.Sentence {
	forms := make([]string, len(s.Words))
	for i := range s.Words {
		forms[i] = s.Words[i].Form
	}
	ws := m.wordsOf(forms, rolesOf(s))
	m.tag.tag(ws)
	if m.par != nil {
		m.par.parse(ws)
	}
	return toSentence(s, ws)
}
