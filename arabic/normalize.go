package arabic

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the matching key of s. The key is built in this order:
//
//   - Unicode NFKC, so presentation forms and ligatures become plain
//     letters (ﻻ → لا, ﷺ → صلى الله عليه وسلم);
//   - tashkeel (see IsTashkeel), tatweel and invisible format characters
//     (ZWNJ, ZWJ, ZWSP, LRM, RLM, ALM, BOM, bidi controls) are removed;
//   - alef and hamza forms are folded: أ إ آ ٱ → ا, ؤ → و, ئ → ي;
//   - ى → ي, ة → ه, Persian ی → ي and ک → ك;
//   - Arabic-Indic and Persian digits → ASCII, ٫ → '.', ٬ → ',';
//   - letters are lower-cased.
//
// On Arabic letters this is exactly the normalisation of the project's gold
// format (shared/eval/FORMAT.md). The key is for comparing and indexing; it
// is never written back over source text. Use NormalizeMap to map key bytes
// back to source offsets.
//
// Normalize does not allocate when s is already a key (plain ASCII lower
// case, or Arabic without marks, hamza forms, ى or ة).
func Normalize(s string) string {
	i := firstChange(s)
	if i < 0 {
		return s
	}
	return string(appendNormalized(make([]byte, 0, len(s)+8), s, i))
}

// appendNormalized appends Normalize(s) to dst, given i = firstChange(s) >= 0.
func appendNormalized(dst []byte, s string, i int) []byte {
	inert := allInert(s[i:])
	if !inert {
		// NFKC may compose the first change with what precedes it
		// (e + U+0301 → é): normalise from the start.
		i = 0
	}
	n := normalizer{buf: append(dst, s[:i]...)}
	n.run(s, i, inert)
	return n.buf
}

// NormalizeMap returns Normalize(s) together with an offset map: offsets has
// len(key)+1 entries, offsets[i] is the byte offset in s of the source
// character that produced key byte i, and offsets[len(key)] == len(s).
// Offsets are non-decreasing and lie in [0, len(s)]. The key range [a, b)
// comes from the source range given by MapSpan(offsets, a, b).
func NormalizeMap(s string) (key string, offsets []int) {
	var n normalizer
	n.buf = make([]byte, 0, len(s)+8)
	n.off = make([]int, 0, len(s)+9)
	n.track = true
	n.run(s, 0, allInert(s))
	n.off = append(n.off, len(s))
	return string(n.buf), n.off
}

// MapSpan converts the key byte range [a, b) of a NormalizeMap result into
// the source byte range it was made from. When b falls inside the expansion
// of one source character (a ligature that NFKC made into several letters),
// the end is extended to the end of that character, so the source range is
// never empty for a non-empty key range. Out-of-range arguments are clamped.
func MapSpan(offsets []int, a, b int) Span {
	if len(offsets) == 0 {
		return Span{}
	}
	last := len(offsets) - 1
	a = min(max(a, 0), last)
	b = min(max(b, a), last)
	start, end := offsets[a], offsets[b]
	if b > a && b < last && offsets[b] == offsets[b-1] {
		k := b
		for k < last && offsets[k] == offsets[b-1] {
			k++
		}
		end = offsets[k]
	}
	return Span{Start: start, End: end}
}

// firstChange returns the byte index of the first character of s that
// Normalize would change or that needs NFKC, or -1 when s is a key already.
func firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Arabic block: one table look-up.
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			if arabicFold[r-0x0600] != r || (r >= 0x0653 && r <= 0x0655) || (r >= 0x0675 && r <= 0x0678) {
				return i
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 || !nfkcInert(r) || foldRune(r) != r {
			return i
		}
		i += size
	}
	return -1
}

// normalizer accumulates a key and, when track is set, its offset map.
type normalizer struct {
	buf   []byte
	off   []int
	track bool
}

// run normalises s[from:] into n; inert reports whether s[from:] is
// NFKC-inert (see allInert). Characters before from are unchanged by
// Normalize and already in n.buf; from must be 0 unless s[from:] is inert.
func (n *normalizer) run(s string, from int, inert bool) {
	if n.track {
		for i := 0; i < from; i++ {
			n.off = append(n.off, i)
		}
	}
	if inert {
		n.fold(s[from:], from)
		return
	}
	// Slow path: NFKC segment by segment, so offsets stay exact for every
	// segment that NFKC leaves alone.
	rest := s[from:]
	pos := from
	for len(rest) > 0 {
		k := norm.NFKC.NextBoundaryInString(rest, true)
		if k <= 0 {
			k = len(rest)
		}
		seg := rest[:k]
		if allInert(seg) || norm.NFKC.IsNormalString(seg) {
			n.fold(seg, pos)
		} else {
			n.foldAt(norm.NFKC.String(seg), pos)
		}
		rest = rest[k:]
		pos += k
	}
}

// fold appends the folded runes of seg, which starts at source offset base.
func (n *normalizer) fold(seg string, base int) {
	for i := 0; i < len(seg); {
		c := seg[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			n.buf = append(n.buf, c)
			if n.track {
				n.off = append(n.off, base+i)
			}
			i++
			continue
		}
		if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) && i+1 < len(seg) && seg[i+1]&0xC0 == 0x80 {
			// Arabic block: unchanged letters are copied as they are.
			r := rune(c&0x1F)<<6 | rune(seg[i+1]&0x3F)
			if f := arabicFold[r-0x0600]; f == r {
				n.buf = append(n.buf, c, seg[i+1])
				if n.track {
					n.off = append(n.off, base+i, base+i)
				}
			} else {
				n.emit(f, base+i)
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(seg[i:])
		n.emit(lowerRune(foldRune(r)), base+i)
		i += size
	}
}

// foldAt appends the folded runes of an NFKC expansion; every byte maps to
// the start of the source segment at.
func (n *normalizer) foldAt(exp string, at int) {
	for _, r := range exp {
		n.emit(lowerRune(foldRune(r)), at)
	}
}

func (n *normalizer) emit(r rune, at int) {
	if r < 0 {
		return
	}
	l := len(n.buf)
	n.buf = utf8.AppendRune(n.buf, r)
	if n.track {
		for j := l; j < len(n.buf); j++ {
			n.off = append(n.off, at)
		}
	}
}

func lowerRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r >= 0x0600 && r <= 0x08FF {
		return r
	}
	return unicode.ToLower(r)
}
