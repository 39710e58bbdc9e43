package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/marsad/marsad/arabic"
)

// The model file is gzip-compressed binary: a magic line, then the info,
// the lexicon, the segmenter, the tagger and the parser. Integers are
// unsigned varints, weights little-endian float32, strings a length and
// their bytes. Weights are half-precision floats. Keys are written in increasing order, so the same model
// always gives the same bytes.

const modelMagic = "marsad-syntax-model 3\n"

// maxModelString bounds one string of a model file.
const maxModelString = 1 << 16

// Write writes the model.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("syntax: write model: %w", err)
	}
	bw := &binWriter{w: bufio.NewWriter(zw)}
	bw.raw([]byte(modelMagic))
	bw.str(m.Info.Data)
	bw.str(m.Info.Licence)
	bw.lexicon(m.lex)
	bw.linear(m.seg.rank)
	bw.linear(m.tag.model)
	for _, a := range m.tag.allow {
		bw.uint(uint64(a))
	}
	keys := make([]lemmaKey, 0, len(m.tag.lemma))
	for k := range m.tag.lemma {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].norm != keys[j].norm {
			return keys[i].norm < keys[j].norm
		}
		return keys[i].upos < keys[j].upos
	})
	bw.uint(uint64(len(keys)))
	for _, k := range keys {
		bw.str(k.norm)
		bw.uint(uint64(k.upos))
		bw.str(m.tag.lemma[k])
	}
	par := m.par
	if par == nil {
		par = &parser{}
	}
	bw.uint(uint64(max(par.beam, 0)))
	bw.linear(par.moves)
	bw.linear(par.labels)
	var seen uint64
	for r, ok := range par.seen {
		if ok {
			seen |= 1 << r
		}
	}
	bw.uint(seen)
	if bw.err == nil {
		bw.err = bw.w.Flush()
	}
	if bw.err == nil {
		bw.err = zw.Close()
	}
	if bw.err != nil {
		return fmt.Errorf("syntax: write model: %w", bw.err)
	}
	return nil
}

type binWriter struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (b *binWriter) raw(p []byte) {
	if b.err == nil {
		_, b.err = b.w.Write(p)
	}
}

func (b *binWriter) uint(v uint64) { b.raw(b.buf[:binary.PutUvarint(b.buf[:], v)]) }

func (b *binWriter) str(s string) {
	b.uint(uint64(len(s)))
	b.raw([]byte(s))
}

// f16 writes a weight as an IEEE 754 half-precision float (three
// significant digits, plenty for a perceptron's weights).
func (b *binWriter) f16(f float32) {
	var x [2]byte
	binary.LittleEndian.PutUint16(x[:], toHalf(f))
	b.raw(x[:])
}

// toHalf rounds a float32 to the nearest half-precision float (overflow
// saturates to ±65504; subnormals flush to zero).
func toHalf(f float32) uint16 {
	bits := math.Float32bits(f)
	sign := uint16(bits>>16) & 0x8000
	exp := int((bits>>23)&0xff) - 127 + 15
	mant := bits & 0x7fffff
	switch {
	case exp <= 0:
		return sign
	case exp >= 31:
		return sign | 0x7bff
	}
	// round to nearest even on the 13 dropped bits
	h := uint32(exp)<<10 | mant>>13
	rest := mant & 0x1fff
	if rest > 0x1000 || rest == 0x1000 && h&1 == 1 {
		h++
	}
	if h >= 0x7c00 {
		return sign | 0x7bff
	}
	return sign | uint16(h)
}

// fromHalf converts a half-precision float to float32.
func fromHalf(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	mant := uint32(h & 0x3ff)
	switch exp {
	case 0:
		return math.Float32frombits(sign) * 0 // zero (subnormals are never written)
	case 31:
		exp = 30 // never written; read as the largest finite exponent
	}
	return math.Float32frombits(sign | (exp-15+127)<<23 | mant<<13)
}

func (b *binWriter) lexicon(l *Lexicon) {
	if l == nil {
		l = &Lexicon{}
	}
	keys := make([]string, 0, len(l.freq)+len(l.cls))
	for k := range l.freq {
		keys = append(keys, k)
	}
	for k := range l.cls {
		if _, ok := l.freq[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	b.uint(uint64(len(keys)))
	for _, k := range keys {
		b.str(k)
		b.uint(uint64(l.freq[k]))
		c, ok := l.cls[k]
		if ok {
			b.uint(uint64(c) + 1)
		} else {
			b.uint(0)
		}
	}
}

// linear writes a model's table: its classes and size, then each occupied
// slot in order (the gap from the previous one, its fingerprint, its row
// of class and weight pairs). The reader rebuilds the very same table.
func (b *binWriter) linear(m *linear) {
	if m == nil {
		m = &linear{}
	}
	b.uint(uint64(m.Classes))
	size := uint64(0)
	if m.dense != nil || m.slots != nil {
		size = m.mask + 1
	}
	b.uint(size)
	b.uint(uint64(m.n))
	prev := uint64(0)
	var x [4]byte
	m.rows(func(slot uint64, cs []int, ws []float32) {
		b.uint(slot - prev)
		prev = slot
		fp := uint32(0)
		if m.dense != nil {
			fp = m.dense[slot].fp
		} else {
			fp = m.slots[slot].fp
		}
		binary.LittleEndian.PutUint32(x[:], fp)
		b.raw(x[:])
		b.uint(uint64(len(cs)))
		for i, c := range cs {
			b.uint(uint64(c))
			b.f16(ws[i])
		}
	})
}

// ReadModel reads a model written by Write. A damaged or foreign file
// gives an error wrapping ErrModel; no count in the file can make the
// reader allocate more than the file's own size warrants.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	defer zr.Close()
	br := &binReader{r: bufio.NewReader(zr)}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br.r, magic); err != nil || string(magic) != modelMagic {
		return nil, fmt.Errorf("%w: not a Marsad syntax model", ErrModel)
	}
	m := &Model{}
	m.Info.Data = br.str()
	m.Info.Licence = br.str()
	m.lex = br.lexicon()
	m.seg = &segmenter{lex: m.lex, rank: br.linear()}
	m.tag = &tagger{model: br.linear()}
	for i := range m.tag.allow {
		m.tag.allow[i] = uint32(br.uint(math.MaxUint32))
	}
	n := br.count(3)
	m.tag.lemma = make(map[lemmaKey]string, n)
	for i := 0; i < n && br.err == nil; i++ {
		norm := br.str()
		u := arabic.UPOS(br.uint(uint64(arabic.NumUPOS - 1)))
		m.tag.lemma[lemmaKey{norm, u}] = br.str()
	}
	m.par = &parser{beam: int(br.uint(64))}
	m.par.moves = br.linear()
	m.par.labels = br.linear()
	seen := br.uint(math.MaxUint64)
	for r := range m.par.seen {
		m.par.seen[r] = seen&(1<<r) != 0
	}
	if br.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, br.err)
	}
	if m.par.moves.Classes == 0 && m.par.labels.Classes == 0 {
		m.par = nil // a tagger-only model
	} else if m.par.moves.Classes != numMoves || m.par.labels.Classes != arabic.NumRel {
		return nil, fmt.Errorf("%w: parser classes do not match this version of Marsad", ErrModel)
	}
	if m.tag.model.Classes != numTagClasses || m.seg.rank.Classes != 1 {
		return nil, fmt.Errorf("%w: model classes do not match this version of Marsad", ErrModel)
	}
	return m, nil
}

type binReader struct {
	r   *bufio.Reader
	err error
}

var errCount = errors.New("count beyond the file")

func (b *binReader) uint(limit uint64) uint64 {
	if b.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(b.r)
	if err != nil {
		b.err = err
		return 0
	}
	if v > limit {
		b.err = fmt.Errorf("value %d above %d", v, limit)
		return 0
	}
	return v
}

// count reads a count of items of at least minSize bytes each, refusing
// one the rest of the file cannot hold (the reader does not know the rest,
// so the bound is a fixed ceiling on what a model holds).
func (b *binReader) count(minSize int) int {
	n := b.uint(1 << 26)
	if b.err == nil && n*uint64(minSize) > 1<<30 {
		b.err = errCount
		return 0
	}
	return int(n)
}

func (b *binReader) str() string {
	n := b.uint(maxModelString)
	if b.err != nil || n == 0 {
		return ""
	}
	p := make([]byte, n)
	if _, err := io.ReadFull(b.r, p); err != nil {
		b.err = err
		return ""
	}
	return string(p)
}

func (b *binReader) f16() float32 {
	var x [2]byte
	if b.err != nil {
		return 0
	}
	if _, err := io.ReadFull(b.r, x[:]); err != nil {
		b.err = err
		return 0
	}
	return fromHalf(binary.LittleEndian.Uint16(x[:]))
}

func (b *binReader) lexicon() *Lexicon {
	n := b.count(3)
	l := &Lexicon{freq: make(map[string]uint32, min(n, 1<<20)), cls: make(map[string]uint16, min(n, 1<<20))}
	for i := 0; i < n && b.err == nil; i++ {
		k := b.str()
		if f := b.uint(math.MaxUint32); f > 0 {
			l.freq[k] = uint32(f)
		}
		if c := b.uint(math.MaxUint16 + 1); c > 0 {
			l.cls[k] = uint16(c - 1)
		}
	}
	return l
}

func (b *binReader) linear() *linear {
	m := &linear{Classes: int(b.uint(maxClasses))}
	size := b.uint(1 << 27)
	n := b.uint(size)
	if b.err != nil {
		return m
	}
	if size == 0 {
		return m
	}
	if size&(size-1) != 0 || float64(n) > float64(size)*maxLoad {
		b.err = fmt.Errorf("table of %d slots for %d rows", size, n)
		return m
	}
	m.mask = size - 1
	if m.Classes <= inlineClasses {
		m.dense = make([]denseSlot, size)
	} else {
		m.slots = make([]sparseSlot, size)
	}
	var x [4]byte
	slot := uint64(0)
	for i := uint64(0); i < n && b.err == nil; i++ {
		gap := b.uint(size)
		if i > 0 && gap == 0 || slot+gap >= size {
			b.err = errors.New("table slots out of order")
			return m
		}
		slot += gap
		if _, err := io.ReadFull(b.r, x[:]); err != nil {
			b.err = err
			return m
		}
		fp := binary.LittleEndian.Uint32(x[:])
		k := int(b.uint(uint64(m.Classes)))
		if fp == 0 || k == 0 {
			b.err = errors.New("empty table row")
			return m
		}
		var cs []uint32
		var ws []float32
		for j := 0; j < k && b.err == nil; j++ {
			cs = append(cs, uint32(b.uint(uint64(max(m.Classes-1, 0)))))
			ws = append(ws, b.f16())
		}
		if b.err != nil {
			return m
		}
		if m.dense != nil {
			m.dense[slot].fp = fp
			for j, c := range cs {
				m.dense[slot].w[c] = ws[j]
			}
		} else {
			sl := sparseSlot{fp: fp, n: uint16(k)}
			if k <= 2 {
				for j, c := range cs {
					sl.c[j], sl.w[j] = uint16(c), ws[j]
				}
			} else {
				sl.start = uint32(len(m.entries))
				for j, c := range cs {
					m.entries = append(m.entries, entry{w: ws[j], c: uint16(c), last: j == k-1})
				}
			}
			m.slots[slot] = sl
		}
		m.n++
	}
	return m
}
