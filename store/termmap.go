package store

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// A TermMap is a text's search terms as a store keeps them beside its
// full-text index: the byte span of each term (see Terms) and one byte of
// a hash of its key. Highlights and snippets are made from it without
// tokenising the text again (bleve keeps term vectors for the same
// purpose): the hash finds the few terms that may hold a query key, and
// only those words are keyed, so the result is exact. Its layout:
//
//	uvarint n                    number of terms
//	n bytes                      KeyHash of each term's key
//	n spans                      each term's span, after the previous one:
//	  one byte g<<6 | l          when the gap g (0–3 bytes) and length l
//	                             (1–63 bytes) fit
//	  0, uvarint g, uvarint l    otherwise
//
// A news article's map takes about 2 bytes a term.
type TermMap []byte

// ErrTermMap is returned for a TermMap that does not decode.
var ErrTermMap = errors.New("store: bad term map")

// KeyHash is the one-byte hash of a key a TermMap keeps.
func KeyHash(key string) byte {
	x := uint32(2166136261) // FNV-1a
	for i := 0; i < len(key); i++ {
		x ^= uint32(key[i])
		x *= 16777619
	}
	return byte(x ^ x>>8 ^ x>>16 ^ x>>24)
}

// NewTermMap encodes terms (in text order, as Terms returns them).
func NewTermMap(terms []Term) TermMap {
	b := make([]byte, 0, binary.MaxVarintLen32+3*len(terms))
	b = binary.AppendUvarint(b, uint64(len(terms)))
	for _, t := range terms {
		b = append(b, KeyHash(t.Key))
	}
	prev := 0
	for _, t := range terms {
		g, l := t.Start-prev, t.End-t.Start
		if g >= 0 && g <= 3 && l >= 1 && l <= 63 {
			b = append(b, byte(g<<6|l))
		} else {
			b = append(b, 0)
			b = binary.AppendUvarint(b, uint64(max(0, g)))
			b = binary.AppendUvarint(b, uint64(max(0, l)))
		}
		prev = t.End
	}
	return b
}

// Len returns the number of terms in m (0 for a map that does not decode).
func (m TermMap) Len() int {
	n, k := binary.Uvarint(m)
	if k <= 0 || n > uint64(len(m)) {
		return 0
	}
	return int(n)
}

// termSpans is a decoded TermMap: the key hashes and the spans of the terms.
type termSpans struct {
	hashes []byte
	spans  []Span
}

// decode decodes m for a text of textLen bytes into s, reusing its spans.
func (m TermMap) decode(textLen int, s *termSpans) error {
	n, k := binary.Uvarint(m)
	if k <= 0 || n > uint64(len(m)-k) {
		return ErrTermMap
	}
	s.hashes = m[k : k+int(n)]
	rest := m[k+int(n):]
	s.spans = s.spans[:0]
	pos := 0
	for range n {
		if len(rest) == 0 {
			return ErrTermMap
		}
		c := rest[0]
		rest = rest[1:]
		g, l := int(c>>6), int(c&63)
		if c == 0 {
			gg, k1 := binary.Uvarint(rest)
			if k1 <= 0 {
				return ErrTermMap
			}
			ll, k2 := binary.Uvarint(rest[k1:])
			if k2 <= 0 || gg > uint64(textLen) || ll > uint64(textLen) {
				return ErrTermMap
			}
			rest = rest[k1+k2:]
			g, l = int(gg), int(ll)
		}
		start := pos + g
		pos = start + l
		if pos > textLen {
			return fmt.Errorf("%w: a term ends at %d, past the text's %d bytes", ErrTermMap, pos, textLen)
		}
		s.spans = append(s.spans, Span{start, pos})
	}
	if len(rest) != 0 {
		return ErrTermMap
	}
	return nil
}
