package entity

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// model is a trained tagger: feature weights per tag and tag transitions.
// It is read-only after loading and safe for concurrent use.
type model struct {
	index map[uint64]int32 // feature hash → row in w
	w     []float32        // numTags weights per feature row
	trans [numTags + 1][numTags]float32
}

// viterbi returns the best tag sequence under the transition constraints.
func viterbi(em [][numTags]float32, trans *[numTags + 1][numTags]float32) []int {
	n := len(em)
	if n == 0 {
		return nil
	}
	negInf := float32(math.Inf(-1))
	score := make([][numTags]float32, n)
	back := make([][numTags]int8, n)
	for t := range numTags {
		score[0][t] = negInf
		if allowed(startTag, t) {
			score[0][t] = trans[startTag][t] + em[0][t]
		}
	}
	for i := 1; i < n; i++ {
		for t := range numTags {
			best, arg := negInf, 0
			for p := range numTags {
				if score[i-1][p] == negInf || !allowed(p, t) {
					continue
				}
				if s := score[i-1][p] + trans[p][t]; s > best {
					best, arg = s, p
				}
			}
			score[i][t] = best + em[i][t]
			back[i][t] = int8(arg)
		}
	}
	best, arg := negInf, 0
	for t := range numTags {
		if score[n-1][t] > best {
			best, arg = score[n-1][t], t
		}
	}
	out := make([]int, n)
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i][out[i]])
	}
	return out
}

// Model file format (gzip-compressed, little-endian):
//
//	magic "MARSADNER5"
//	uvarint count of first names, then each as uvarint length + bytes
//	uvarint count of found names ("TYPE TAB key"), then each likewise
//	uvarint count of layers (1: plain tagger; 2: with the document layer),
//	then per layer:
//	  float32 scale; (numTags+1)·numTags float32 transitions
//	  uvarint count of features; then per feature, in ascending hash order,
//	  uvarint hash delta and numTags zig-zag varint weights (weight/scale)
const modelMagic = "MARSADNER5"

// quantStep is how many quantisation steps the largest weight spans.
const quantStep = 1 << 16

// modelFile is what a model file holds.
type modelFile struct {
	firstNames []string
	names      []string
	layers     []*model
}

// writeModel serialises mf deterministically; features whose weights are
// all below prune in absolute value are dropped.
func writeModel(w io.Writer, mf *modelFile, prune float32) error {
	var raw bytes.Buffer
	raw.WriteString(modelMagic)
	var tmp [binary.MaxVarintLen64]byte
	putU := func(x uint64) { raw.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	for _, list := range [][]string{mf.firstNames, mf.names} {
		putU(uint64(len(list)))
		for _, n := range list {
			putU(uint64(len(n)))
			raw.WriteString(n)
		}
	}
	putU(uint64(len(mf.layers)))
	for _, m := range mf.layers {
		writeLayer(&raw, m, prune)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("entity: write model: %w", err)
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return fmt.Errorf("entity: write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("entity: write model: %w", err)
	}
	return nil
}

func writeLayer(raw *bytes.Buffer, m *model, prune float32) {
	var tmp [binary.MaxVarintLen64]byte
	putU := func(x uint64) { raw.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	putI := func(x int64) { raw.Write(tmp[:binary.PutVarint(tmp[:], x)]) }
	putF := func(f float32) { binary.Write(raw, binary.LittleEndian, f) }
	hashes := make([]uint64, 0, len(m.index))
	var maxW float32
	for h, row := range m.index {
		ws := m.w[int(row)*numTags : int(row)*numTags+numTags]
		keep := false
		for _, x := range ws {
			a := float32(math.Abs(float64(x)))
			keep = keep || a >= prune
			maxW = max(maxW, a)
		}
		if keep {
			hashes = append(hashes, h)
		}
	}
	slices.Sort(hashes)
	scale := maxW / quantStep
	if scale == 0 {
		scale = 1
	}
	putF(scale)
	for p := range m.trans {
		for _, x := range m.trans[p] {
			putF(x)
		}
	}
	putU(uint64(len(hashes)))
	var prev uint64
	for _, h := range hashes {
		putU(h - prev)
		prev = h
		row := m.index[h]
		for _, x := range m.w[int(row)*numTags : int(row)*numTags+numTags] {
			putI(int64(math.Round(float64(x / scale))))
		}
	}
}

var errBadModel = errors.New("entity: not a Marsad NER model")

// readModel reads a model file written by writeModel.
func readModel(r io.Reader) (*modelFile, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("entity: read model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errBadModel
	}
	fail := func(err error) (*modelFile, error) { return nil, fmt.Errorf("entity: read model: %w", err) }
	mf := &modelFile{}
	for _, list := range []*[]string{&mf.firstNames, &mf.names} {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<22 {
			return fail(errors.Join(errBadModel, err))
		}
		for range n {
			l, err := binary.ReadUvarint(br)
			if err != nil || l > 1<<10 {
				return fail(errors.Join(errBadModel, err))
			}
			b := make([]byte, l)
			if _, err := io.ReadFull(br, b); err != nil {
				return fail(err)
			}
			*list = append(*list, string(b))
		}
	}
	layers, err := binary.ReadUvarint(br)
	if err != nil || layers < 1 || layers > 2 {
		return fail(errors.Join(errBadModel, err))
	}
	for range layers {
		m, err := readLayer(br)
		if err != nil {
			return fail(err)
		}
		mf.layers = append(mf.layers, m)
	}
	return mf, nil
}

func readLayer(br *bufio.Reader) (*model, error) {
	m := &model{}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	if err := binary.Read(br, binary.LittleEndian, &m.trans); err != nil {
		return nil, err
	}
	count, err := binary.ReadUvarint(br)
	if err != nil || count > 1<<26 {
		return nil, errors.Join(errBadModel, err)
	}
	// The count is not trusted for allocation: a damaged file could claim
	// millions of rows in a few bytes.
	hint := min(int(count), 1<<16)
	m.index = make(map[uint64]int32, hint)
	m.w = make([]float32, 0, hint*numTags)
	var h uint64
	for i := range count {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		h += d
		m.index[h] = int32(i)
		for range numTags {
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, err
			}
			m.w = append(m.w, float32(q)*scale)
		}
	}
	return m, nil
}
