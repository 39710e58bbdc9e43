package entity

import (
	"bytes"
	"fmt"
	"io"
)

// Tagger is a trained BIO sequence tagger over pre-split tokens: a
// sentence layer and, in models that have it, a document layer that also
// sees how the first layer tagged the same word elsewhere in the document.
// It is read-only and safe for concurrent use.
type Tagger struct {
	mf *modelFile
	fz *featurizer
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
	return &Tagger{mf: mf, fz: &featurizer{lex: lex, clus: clusters}}, nil
}

// Tag returns one BIO tag per token ("O", "B-PER", "I-ORG", …), the
// sentence taken as a document of its own.
func (t *Tagger) Tag(tokens []string) []string {
	return t.TagDocument([][]string{tokens})[0]
}

// TagDocument tags the sentences of one document (or of a running text: the
// document layer looks docWindow sentences either side).
func (t *Tagger) TagDocument(sents [][]string) [][]string {
	ids := t.tagIDs(sents)
	out := make([][]string, len(ids))
	for s, row := range ids {
		out[s] = make([]string, len(row))
		for i, id := range row {
			out[s][i] = tagNames[id]
		}
	}
	return out
}

func (t *Tagger) tagIDs(sents [][]string) [][]int {
	infos := make([][]tokInfo, len(sents))
	feats := make([][]uint64, len(sents))
	offs := make([][]int, len(sents))
	tags := make([][]int, len(sents))
	var em [][numTags]float32
	for s, toks := range sents {
		infos[s] = t.fz.infos(toks)
		feats[s], offs[s] = t.fz.featuresOf(infos[s])
		em = growEm(em, len(toks))
		t.mf.layers[0].emissions(feats[s], offs[s], em)
		tags[s] = viterbi(em, &t.mf.layers[0].trans)
	}
	if len(t.mf.layers) < 2 {
		return tags
	}
	doc := docFeatures(infos, tags)
	out := make([][]int, len(sents))
	for s := range sents {
		f, off := appendDoc(feats[s], offs[s], doc[s])
		em = growEm(em, len(sents[s]))
		t.mf.layers[1].emissions(f, off, em)
		out[s] = viterbi(em, &t.mf.layers[1].trans)
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
