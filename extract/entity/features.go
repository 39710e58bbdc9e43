package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// tokInfo is what the features need to know about one token, computed once
// per sentence by the same code at training and tagging time from the
// shared analysis of the text (arabic.Document): its key, light stem and
// segments.
type tokInfo struct {
	text  string // the token as written
	key   string // the token's key (Norm), digits folded to 0 (see foldDigits)
	base  string // key of its base segment: clitics off, the article kept (restored after لل), ة restored before a pronoun
	pro   string // its clitics: the proclitics' keys, "+" and the pronoun suffix's ("و+ب+", "+ها"); "" for none
	light string // light stem of the token (arabic.LightStem)
	shape string
	clus  int   // fine cluster of key, -1 if none
	clus2 int   // fine cluster of base, -1 if none
	nat   bool  // a nationality adjective (الفرنسي، الألمانية)
	quote uint8 // inside quotes: 1, plus 2 if first and 4 if last inside
	morph uint8 // morphology bins of the base word (see morphStats)
	xc    int   // exchange class of key (or base), -1 if none
	topic uint8 // topic cue word (see topics.go), 0 if none
	lex   uint16
	gazB  uint16 // a multi-word lexicon phrase starts here (kind bits)
	gazI  uint16 // a multi-word lexicon phrase continues here
}

// featurizer turns tokens into hashed feature ids. It is read-only.
type featurizer struct {
	lex  *lexicon
	clus *Clusters
}

// stripAl removes a leading definite article from a key (the article is no
// clitic: the document's bases keep it).
func stripAl(s string) string {
	if strings.HasPrefix(s, "ال") && utf8.RuneCountInString(s) >= 4 {
		return s[len("ال"):]
	}
	return s
}

func shapeOf(s string) string {
	var a, l, d, o int
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			a++
		case r < 0x80 && unicode.IsLetter(r):
			l++
		case unicode.IsDigit(r):
			d++
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			a++
		default:
			o++
		}
	}
	var b strings.Builder
	for _, c := range [...]struct {
		n int
		c byte
	}{{a, 'A'}, {l, 'L'}, {d, 'D'}, {o, 'P'}} {
		if c.n > 0 {
			b.WriteByte(c.c)
		}
	}
	n := utf8.RuneCountInString(s)
	switch {
	case n <= 2:
		b.WriteString("1")
	case n <= 4:
		b.WriteString("2")
	case n <= 7:
		b.WriteString("3")
	default:
		b.WriteString("4")
	}
	return b.String()
}

// infos computes the token information of the tokens of a sentence span.
func (f *featurizer) infos(s span) []tokInfo {
	out := make([]tokInfo, s.len())
	for i := range out {
		f.tokenInfo(s.doc, s.lo+i, &out[i])
	}
	quotes(out)
	f.phrases(out)
	return out
}

// tokenInfo fills the information of token i of doc that does not depend
// on its neighbours.
func (f *featurizer) tokenInfo(doc *arabic.Document, i int, ti *tokInfo) {
	t := &doc.Tokens[i]
	ti.text = t.Text
	ti.key = foldDigits(t.Norm)
	ti.light = t.Stem
	if t.Kind != arabic.Word {
		ti.light = ti.key
	}
	ti.base, ti.pro = ti.key, ""
	segs := doc.SegmentsOf(i)
	b := doc.BaseOf(i)
	if len(segs) > 1 {
		var pb strings.Builder
		lo, _ := doc.SegmentRange(i)
		for k := range segs {
			switch g := &segs[k]; {
			case lo+k == b:
				ti.base = foldDigits(g.Norm)
				pb.WriteByte('+')
			case g.Role == arabic.Proclitic || g.Role == arabic.Enclitic:
				pb.WriteString(g.Norm)
			}
		}
		ti.pro = pb.String()
	}
	ti.shape = shapeOf(t.Text)
	ti.clus, ti.clus2 = -1, -1
	if c, ok := f.clus.Lookup(ti.key); ok {
		ti.clus = c
	}
	if c, ok := f.clus.Lookup(ti.base); ok {
		ti.clus2 = c
	}
	ti.topic = f.lex.topic[ti.base]
	ti.morph = f.clus.morphOf(ti.base)
	ti.xc = -1
	if c, ok := f.clus.Exchange(ti.key); ok {
		ti.xc = c
	} else if c, ok := f.clus.Exchange(ti.base); ok {
		ti.xc = c
	}
	ti.lex = f.lex.kind(ti.key) | f.lex.kind(ti.base) | f.lex.kind(stripAl(ti.base))
	if mayBeNisba(ti.base) {
		nat := GazetteerNationalities{lex: f.lex}
		_, _, ti.nat = nat.lookupKey(ti.base)
	}
}

// mayBeNisba reports whether a word key could be a nationality adjective
// (GazetteerNationalities.lookup needs a nisba ending or the article), so
// most words skip the lookup.
func mayBeNisba(key string) bool {
	if strings.HasPrefix(key, "ال") {
		return true
	}
	for _, end := range nisbaEndings {
		if strings.HasSuffix(key, end) {
			return true
		}
	}
	return false
}

// quotes marks the tokens between an opening and a closing quote («…»,
// "…", ”…”) at most maxQuoted tokens apart: names of programmes, cars,
// newspapers and clubs are often quoted.
func quotes(ti []tokInfo) {
	const maxQuoted = 6
	for i := 0; i < len(ti); i++ {
		closing := ""
		switch ti[i].text {
		case "«":
			closing = "»"
		case "\"", "''", "“":
			closing = ti[i].text
			if closing == "“" {
				closing = "”"
			}
		default:
			continue
		}
		for j := i + 2; j < len(ti) && j <= i+maxQuoted+1; j++ {
			if ti[j].text == closing {
				for k := i + 1; k < j; k++ {
					ti[k].quote = 1
				}
				ti[i+1].quote |= 2
				ti[j-1].quote |= 4
				i = j
				break
			}
		}
	}
}

// phrases marks multi-word lexicon matches, extending a match word by word
// while it is still the prefix of some phrase.
func (f *featurizer) phrases(ti []tokInfo) {
	var b []byte
	for i := range ti {
		firsts := [2]string{ti[i].key, ti[i].base}
		for k, first := range firsts {
			if k == 1 && first == firsts[0] {
				break
			}
			if !f.lex.prefixes[first] {
				continue
			}
			b = append(b[:0], first...)
			for j := i + 1; j < len(ti); j++ {
				b = append(b, ' ')
				b = append(b, ti[j].key...)
				if k := f.lex.kinds[string(b)]; k != 0 {
					ti[i].gazB |= k
					for m := i + 1; m <= j; m++ {
						ti[m].gazI |= k
					}
				}
				if !f.lex.prefixes[string(b)] {
					break
				}
			}
		}
	}
}

// fnv-1a 64 over a template id and strings: feature ids need no strings.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

type hasher uint64

func newHash(template byte) hasher {
	return hasher((fnvOffset ^ uint64(template)) * fnvPrime)
}

func (h hasher) str(s string) hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= fnvPrime
	}
	x ^= 0xff // separator
	x *= fnvPrime
	return hasher(x)
}

func (h hasher) num(n int) hasher {
	x := uint64(h)
	for range 4 {
		x ^= uint64(n & 0xff)
		x *= fnvPrime
		n >>= 8
	}
	return hasher(x)
}

const boundary = "<s>"

// features appends the hashed features of token i to dst.
func (f *featurizer) features(ti []tokInfo, i int, dst []uint64) []uint64 {
	add := func(h hasher) { dst = append(dst, uint64(h)) }
	key := func(j int) string {
		if j < 0 || j >= len(ti) {
			return boundary
		}
		return ti[j].key
	}
	seg := func(j int) string {
		if j < 0 || j >= len(ti) {
			return boundary
		}
		return ti[j].base
	}
	clus := func(j, level int) int {
		if j < 0 || j >= len(ti) {
			return -2
		}
		c := ti[j].clus
		if c < 0 {
			c = ti[j].clus2
		}
		if c < 0 {
			return -1
		}
		return c >> (2 * level)
	}
	xc := func(j int) int {
		if j < 0 || j >= len(ti) {
			return -2
		}
		return ti[j].xc
	}
	lex := func(j int) uint16 {
		if j < 0 || j >= len(ti) {
			return 0
		}
		return ti[j].lex
	}
	t := &ti[i]
	add(newHash(0))
	add(newHash(1).str(t.key))
	add(newHash(2).str(key(i - 1)))
	add(newHash(3).str(key(i + 1)))
	add(newHash(4).str(key(i - 2)))
	add(newHash(5).str(key(i + 2)))
	add(newHash(7).str(t.base))
	add(newHash(8).str(seg(i - 1)))
	add(newHash(9).str(seg(i + 1)))
	add(newHash(11).str(t.light))
	add(newHash(38).str(t.pro))
	add(newHash(40).str(stripAl(t.base)))
	// Prefixes and suffixes of 1–3 letters, sliced without allocating.
	pre, suf := 0, len(t.base)
	for n := 1; n <= 3 && pre < len(t.base) && suf > 0; n++ {
		_, a := utf8.DecodeRuneInString(t.base[pre:])
		_, b := utf8.DecodeLastRuneInString(t.base[:suf])
		pre += a
		suf -= b
		add(newHash(12).num(n).str(t.base[:pre]))
		add(newHash(15).num(n).str(t.base[suf:]))
	}
	add(newHash(18).str(t.shape))
	sh := func(j int) string {
		if j < 0 || j >= len(ti) {
			return boundary
		}
		return ti[j].shape
	}
	add(newHash(19).str(sh(i - 1)).str(sh(i + 1)))
	pos := 0
	if i == 0 {
		pos |= 1
	}
	if i == len(ti)-1 {
		pos |= 2
	}
	add(newHash(20).num(pos))
	add(newHash(21).num(clus(i, 4)))
	add(newHash(22).num(clus(i, 2)))
	add(newHash(23).num(clus(i, 0)))
	add(newHash(24).num(t.clus2))
	add(newHash(25).num(clus(i-1, 2)))
	add(newHash(26).num(clus(i+1, 2)))
	add(newHash(27).num(clus(i-2, 4)))
	add(newHash(28).num(clus(i+2, 4)))
	add(newHash(41).num(clus(i-1, 4)).num(clus(i, 2)))
	for bit := range numKinds {
		m := uint16(1) << bit
		if t.lex&m != 0 {
			add(newHash(29).num(bit))
		}
		if lex(i-1)&m != 0 {
			add(newHash(30).num(bit))
		}
		if lex(i+1)&m != 0 {
			add(newHash(31).num(bit))
		}
		if lex(i-2)&m != 0 {
			add(newHash(32).num(bit))
		}
		if t.gazB&m != 0 {
			add(newHash(33).num(bit))
		}
		if t.gazI&m != 0 {
			add(newHash(34).num(bit))
		}
	}
	if f.clus.hasExchange() {
		add(newHash(70).num(t.xc))
		add(newHash(71).num(xc(i - 1)))
		add(newHash(72).num(xc(i + 1)))
		add(newHash(73).num(xc(i - 1)).num(t.xc))
		add(newHash(74).num(t.xc).num(xc(i + 1)))
	}
	if f.clus.hasMorph() {
		al := func(j int) int {
			if j < 0 || j >= len(ti) {
				return -1
			}
			return int(ti[j].morph & 15)
		}
		add(newHash(63).num(al(i)))
		add(newHash(64).num(int(t.morph >> 4)))
		add(newHash(65).num(al(i)).num(int(t.lex)))
		add(newHash(66).num(al(i - 1)).num(al(i)))
		add(newHash(67).num(al(i)).num(al(i + 1)))
	}
	if t.quote != 0 {
		add(newHash(48).num(int(t.quote)))
	}
	nat := func(j int) bool { return j >= 0 && j < len(ti) && ti[j].nat }
	if t.nat {
		add(newHash(49).num(0))
	}
	if nat(i + 1) {
		add(newHash(49).num(1))
	}
	if nat(i + 2) {
		add(newHash(49).num(2))
	}
	add(newHash(35).str(key(i - 1)).str(t.key))
	add(newHash(36).str(t.key).str(key(i + 1)))
	add(newHash(37).str(seg(i - 1)).num(clus(i, 2)))
	add(newHash(39).num(int(lex(i - 1))).num(int(t.lex)))
	return dst
}

// featuresOf returns the features of every token of a sentence as a flat
// slice with offsets: token i owns feats[off[i]:off[i+1]].
func (f *featurizer) featuresOf(ti []tokInfo) (feats []uint64, off []int) {
	return f.appendFeatures(ti, make([]uint64, 0, len(ti)*48))
}

// appendFeatures is featuresOf appending to feats (offsets from 0).
func (f *featurizer) appendFeatures(ti []tokInfo, feats []uint64) ([]uint64, []int) {
	off := make([]int, 0, len(ti)+1)
	for i := range ti {
		off = append(off, len(feats))
		feats = f.features(ti, i, feats)
	}
	off = append(off, len(feats))
	return feats, off
}
