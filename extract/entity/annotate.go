package entity

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// Annotator gives the shared linguistic analysis (tokens, segments, parts
// of speech, dependency tree) of a text, or of a text that is one sentence
// whatever its punctuation. The syntax
// model (*syntax.Model) is one; the tagger's features read this analysis,
// so a labelled corpus is annotated by the same model as the news it tags.
type Annotator interface {
	Annotate(text string) *arabic.Document
	AnnotateSentence(text string) *arabic.Document
}

// span is a range of the tokens of an annotated document that the tagger
// takes as one sentence.
type span struct {
	doc    *arabic.Document
	lo, hi int
}

func (s span) len() int { return s.hi - s.lo }

// aligned is a sentence of a labelled corpus, annotated: its tokens joined
// by spaces make the text of doc, whose tokens the tagger sees. A corpus
// token the tokeniser cuts into several (U.S. → U . S .) gives its tag to
// the first and I- to the others; a token of no letters or marks gives
// none.
type aligned struct {
	span
	first []int    // per corpus token: its first document token, -1 for none
	tags  []string // per document token; nil for unlabelled text
	gold  []string // per corpus token: the tags given; nil for unlabelled text
}

// alignSentence annotates the words of one corpus sentence with a (tags,
// when given, are the words' BIO tags).
func alignSentence(a Annotator, words, tags []string) aligned {
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
	}
	doc := a.AnnotateSentence(b.String())
	al := aligned{span: span{doc: doc, hi: len(doc.Tokens)}, first: make([]int, len(words)), gold: tags}
	if tags != nil {
		al.tags = make([]string, len(doc.Tokens))
		for i := range al.tags {
			al.tags[i] = "O"
		}
	}
	k := 0
	for i, w := range words {
		start, end := starts[i], starts[i]+len(w)
		al.first[i] = -1
		for k < len(doc.Tokens) && doc.Tokens[k].Start < start {
			k++
		}
		for j := k; j < len(doc.Tokens) && doc.Tokens[j].End <= end; j++ {
			if al.first[i] < 0 {
				al.first[i] = j
			}
			if tags != nil {
				t := tags[i]
				if j > al.first[i] && strings.HasPrefix(t, "B-") {
					t = "I-" + t[2:]
				}
				al.tags[j] = t
			}
			k = j + 1
		}
	}
	return al
}

// back maps tags of the document's tokens to the corpus tokens: each takes
// the tag of its first document token, O when it has none.
func (al *aligned) back(ids []int) []string {
	if al == nil {
		return tagStrings(ids)
	}
	out := make([]string, len(al.first))
	for i, j := range al.first {
		out[i] = "O"
		if j >= 0 {
			out[i] = tagNames[ids[j]]
		}
	}
	return out
}

// tagStrings names tag ids.
func tagStrings(ids []int) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = tagNames[id]
	}
	return out
}

// baseKeyOf returns the key of the base segment of token i of doc: the word
// without its clitics, the article kept (بالجيش → الجيش), digits folded.
func baseKeyOf(doc *arabic.Document, i int) string {
	return foldDigits(doc.Segments[doc.BaseOf(i)].Norm)
}
