package syntax

import (
	"context"
	"github.com/marsad/marsad/arabic"
)

// MaxParse is the most segments the parser takes at once: a longer
// sentence (a list, a table flattened into one line) is parsed in pieces
// cut after punctuation where possible, each piece with its own root, so
// that the time and memory of parsing stay linear in the input.
const MaxParse = 200

// Annotate builds the shared analysis of text: tokens and sentences
// (package arabic), the segments the segmenter chooses, and for each
// sentence the parts of speech, features, lemmas and dependency tree.
func (m *Model) Annotate(text string) *arabic.Document {
	return m.AnnotateWith(text, Options{})
}

// Options tunes AnnotateWith.
type Options struct {
	// Parse, when not nil, says which sentences to parse once tagged (the
	// others keep Head -1 and Rel NoRel, and their Sentence.Parsed is
	// false): a pipeline whose layers read the trees of some sentences
	// only saves the rest of the parser's time. nil parses every sentence.
	Parse func(doc *arabic.Document, sentence int) bool
	// OneSentence takes the whole text as one sentence.
	OneSentence bool
}

// AnnotateWith is Annotate with options.
func (m *Model) AnnotateWith(text string, opts Options) *arabic.Document {
	doc, _ := m.AnnotateContext(context.Background(), text, opts)
	return doc
}

// AnnotateContext is AnnotateWith that stops, with ctx's error, when ctx
// is done (it looks every few sentences).
func (m *Model) AnnotateContext(ctx context.Context, text string, opts Options) (*arabic.Document, error) {
	cache := make(map[string]arabic.Split)
	doc := arabic.NewDocumentWith(text, arabic.DocOptions{Split: func(t *arabic.Token) arabic.Split {
		if t.Kind != arabic.Word {
			return nil
		}
		if sp, ok := cache[t.Text]; ok {
			return sp
		}
		sp := m.seg.split(t)
		cache[t.Text] = sp
		return sp
	}, OneSentence: opts.OneSentence})
	if err := m.tagParse(ctx, doc, opts.Parse); err != nil {
		return nil, err
	}
	return doc, nil
}

// tagParse tags every sentence of doc and parses those parse selects (all
// when it is nil).
func (m *Model) tagParse(ctx context.Context, doc *arabic.Document, parse func(*arabic.Document, int) bool) error {
	var ws []word
	var sc tagScratch
	for si := range doc.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		s := &doc.Sentences[si]
		for lo := s.FirstSeg; lo < s.EndSeg; {
			hi := pieceEnd(doc, lo, s.EndSeg)
			ws = ws[:0]
			for k := lo; k < hi; k++ {
				g := &doc.Segments[k]
				ws = append(ws, newWord(g.Form, g.Norm, g.Role, m.lex))
			}
			m.tag.tagWith(ws, &sc)
			if m.par != nil && (parse == nil || parse(doc, si)) {
				m.par.parse(ws)
				s.Parsed = true
			}
			for i := range ws {
				g := &doc.Segments[lo+i]
				g.UPOS, g.Feats, g.Lemma, g.Rel = ws[i].upos, ws[i].feats, ws[i].lemma, ws[i].rel
				g.Head = -1
				if ws[i].head >= 0 {
					g.Head = lo + ws[i].head
				}
			}
			lo = hi
		}
	}
	doc.Tagged, doc.Parsed = true, m.par != nil
	return nil
}

// pieceEnd returns the end of the piece of segments starting at lo: hi
// itself when the rest fits in MaxParse, else just after the last
// punctuation in the window, or the window's end.
func pieceEnd(doc *arabic.Document, lo, hi int) int {
	if hi-lo <= MaxParse {
		return hi
	}
	end := lo + MaxParse
	for k := end - 1; k > lo+MaxParse/2; k-- {
		if doc.Tokens[doc.Segments[k].Token].Kind == arabic.Punct {
			return k + 1
		}
	}
	return end
}
