package entity

import (
	"bytes"
	"fmt"
	"io"

	"github.com/marsad/marsad/arabic"
)

// Tagger is a trained BIO sequence tagger over pre-split tokens: a
// sentence layer and, in models that have it, a document layer that also
// sees how the first layer tagged the same word elsewhere in the document.
// It is read-only and safe for concurrent use.
type Tagger struct {
	mf  *modelFile
	fz  *featurizer
	tab *featTab
}

// LoadTagger reads a model written by (*Tagger).WriteTo; clusters must be
// the ones it was trained with.
func LoadTagger(modelFile io.Reader, clusters *Clusters) (*Tagger, error) {
	mf, err := readModel(modelFile)
	if err != nil {
		return nil, err
	}
	lex, err := loadLexicon(mf.firstNames, mf.names)
	if err != nil {
		return nil, err
	}
	return &Tagger{mf: mf, fz: &featurizer{lex: lex, clus: clusters}, tab: newFeatTab(mf.layers)}, nil
}

// Tag returns the BIO tags ("O", "B-PER", "I-ORG", …) of the tokens of
// every sentence of doc, one slice per sentence of doc.Sentences; the
// document layer looks docWindow sentences either side. The tagger reads
// the document's analysis (keys, segments, parts of speech, tree): doc
// should come from the syntax model the tagger was trained with.
func (t *Tagger) Tag(doc *arabic.Document) [][]string {
	spans := make([]span, len(doc.Sentences))
	for i, s := range doc.Sentences {
		spans[i] = span{doc: doc, lo: s.FirstToken, hi: s.EndToken}
	}
	return t.names(t.tagIDs(spans))
}

// TagSentences tags the sentences of a running text given as words (a
// labelled corpus): each sentence is annotated by a, as in training, and
// the document layer sees the sentences around each one. It returns one tag
// per word.
func (t *Tagger) TagSentences(a Annotator, sents [][]string) [][]string {
	als := make([]aligned, len(sents))
	spans := make([]span, len(sents))
	for i, words := range sents {
		als[i] = alignSentence(a, words, nil)
		spans[i] = als[i].span
	}
	ids := t.tagIDs(spans)
	out := make([][]string, len(sents))
	for i := range als {
		out[i] = als[i].back(ids[i])
	}
	return out
}

func (t *Tagger) names(ids [][]int) [][]string {
	out := make([][]string, len(ids))
	for s, row := range ids {
		out[s] = make([]string, len(row))
		for i, id := range row {
			out[s][i] = tagNames[id]
		}
	}
	return out
}

// tagIDs tags spans of tokens taken as consecutive sentences of one text.
func (t *Tagger) tagIDs(sents []span) [][]int {
	infos := make([][]tokInfo, len(sents))
	rows2 := make([][]int32, len(sents)) // second-layer rows of the sentence features
	offs := make([][]int, len(sents))
	tags := make([][]int, len(sents))
	l1 := t.mf.layers[0]
	two := len(t.mf.layers) > 1
	var em [][numTags]float32
	var feats []uint64
	for s, sp := range sents {
		infos[s] = t.fz.infos(sp)
		feats, offs[s] = t.fz.appendFeatures(infos[s], feats[:0])
		if two {
			rows2[s] = make([]int32, len(feats))
		}
		n := sp.len()
		em = growEm(em, n)
		for i := range n {
			em[i] = [numTags]float32{}
			for j := offs[s][i]; j < offs[s][i+1]; j++ {
				r := t.tab.lookup(feats[j])
				addRows(&em[i], l1.w, r[0])
				if two {
					rows2[s][j] = r[1]
				}
			}
		}
		tags[s] = viterbi(em[:n], &l1.trans)
	}
	if !two {
		return tags
	}
	l2 := t.mf.layers[1]
	doc := docFeatures(infos, tags)
	out := make([][]int, len(sents))
	for s := range sents {
		n := sents[s].len()
		em = growEm(em, n)
		for i := range n {
			em[i] = [numTags]float32{}
			for _, r := range rows2[s][offs[s][i]:offs[s][i+1]] {
				addRows(&em[i], l2.w, r)
			}
			for _, h := range doc[s][i] {
				addRows(&em[i], l2.w, t.tab.lookup(h)[1])
			}
		}
		out[s] = viterbi(em[:n], &l2.trans)
	}
	return out
}

func growEm(em [][numTags]float32, n int) [][numTags]float32 {
	if cap(em) < n {
		return make([][numTags]float32, n)
	}
	return em[:n]
}

// appendDoc merges per-token extra features into flat features.
func appendDoc(feats []uint64, off []int, extra [][]uint64) ([]uint64, []int) {
	n := len(feats)
	for _, e := range extra {
		n += len(e)
	}
	f := make([]uint64, 0, n)
	o := make([]int, 0, len(off))
	for i := range extra {
		o = append(o, len(f))
		f = append(f, feats[off[i]:off[i+1]]...)
		f = append(f, extra[i]...)
	}
	o = append(o, len(f))
	return f, o
}

// Features reports how many weighted features the model holds.
func (t *Tagger) Features() int {
	n := 0
	for _, l := range t.mf.layers {
		n += len(l.index)
	}
	return n
}

// WriteTo writes the model in its compressed binary form; the same model
// always gives the same bytes.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	if err := writeModel(&buf, t.mf, 0); err != nil {
		return 0, err
	}
	n, err := w.Write(buf.Bytes())
	if err != nil {
		return int64(n), fmt.Errorf("entity: write model: %w", err)
	}
	return int64(n), nil
}

// roundTrip prunes and quantises a model by writing and reading it back.
func roundTrip(mf *modelFile, prune float32, clusters *Clusters) (*Tagger, error) {
	var buf bytes.Buffer
	if err := writeModel(&buf, mf, prune); err != nil {
		return nil, err
	}
	return LoadTagger(&buf, clusters)
}
