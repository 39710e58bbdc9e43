package arabic

// Document is the shared linguistic analysis of one text, computed once and
// read by every layer of Marsad: its tokens (with keys and light stems), its
// sentences, and its syntactic words (segments) with their part of speech,
// morphology, lemma and dependency head when a model has annotated them.
//
// Every offset is a byte offset into Text. Tokens and Segments are in text
// order; each sentence covers a contiguous range of both; each token covers
// a contiguous range of segments (SegmentsOf).
type Document struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	Segments  []Segment
	// Tagged reports that UPOS, Feats and Lemma were set by a tagger;
	// Parsed that Head and Rel were set by a parser, in every sentence
	// whose own Parsed flag is set (a pipeline may parse only the
	// sentences its layers read).
	Tagged, Parsed bool

	tokSeg  []int32 // segments of token i: Segments[tokSeg[i]:tokSeg[i+1]]
	tokSent []int32 // sentence of token i
}

// Sentence is one sentence of a Document.
type Sentence struct {
	Span
	FirstToken, EndToken int  // tokens [FirstToken, EndToken)
	FirstSeg, EndSeg     int  // segments [FirstSeg, EndSeg)
	Parsed               bool // its segments' Head and Rel were set by a parser
}

// ParsedAt reports whether the sentence holding segment k was parsed.
func (d *Document) ParsedAt(k int) bool {
	return d.Parsed && k >= 0 && k < len(d.Segments) && d.Sentences[d.SentenceOf(d.Segments[k].Token)].Parsed
}

// Segment is one syntactic word: a whole token, or a clitic or base of a
// token (و + ب + الجيش are three segments of وبالجيش).
type Segment struct {
	Span         // the bytes of Text that spell it (for the ل of لل, the first ل)
	Token int    // index of its token in Document.Tokens
	Form  string // the word as written alone (see Part.Form)
	Norm  string // Normalize(Form)
	Role  SegRole
	UPOS  UPOS
	Feats Feats
	Lemma string // the dictionary form, unvocalised; "" when unknown
	// Head is the index in Document.Segments of the syntactic head, -1 for
	// the root of a sentence or when the document is not parsed.
	Head int
	Rel  Rel
}

// Text returns the bytes of the text that spell s.
func (s *Segment) Text(d *Document) string { return d.Text[s.Start:s.End] }

// NewDocument tokenises text, splits it into sentences and cuts every word
// into segments with DefaultSplit. Package syntax builds documents with a
// learned segmenter, tagger and parser instead.
func NewDocument(text string) *Document {
	return NewDocumentWith(text, DocOptions{})
}

// DocOptions tunes NewDocumentWith.
type DocOptions struct {
	// Split gives the segments of a token (a nil result: one segment);
	// nil means DefaultSplit for words. The parts must lie within the
	// token, in order.
	Split func(t *Token) Split
	// OneSentence takes the whole text as one sentence (a treebank
	// sentence given as raw text).
	OneSentence bool
}

// NewDocumentWith is NewDocument with options.
func NewDocumentWith(text string, opt DocOptions) *Document {
	split := opt.Split
	if split == nil {
		split = func(t *Token) Split {
			if t.Kind != Word {
				return nil
			}
			return DefaultSplit(t.Text)
		}
	}
	d := &Document{Text: text, Tokens: Tokenize(text)}
	if opt.OneSentence {
		if n := len(d.Tokens); n > 0 {
			d.Sentences = []Sentence{{Span: Span{d.Tokens[0].Start, d.Tokens[n-1].End}, EndToken: n}}
		}
	} else {
		d.Sentences = sentencesOfTokens(text, d.Tokens)
	}
	d.tokSeg = make([]int32, len(d.Tokens)+1)
	d.tokSent = make([]int32, len(d.Tokens))
	d.Segments = make([]Segment, 0, len(d.Tokens)+len(d.Tokens)/4)
	si := 0
	for i := range d.Tokens {
		t := &d.Tokens[i]
		for si+1 < len(d.Sentences) && d.Sentences[si].EndToken <= i {
			si++
		}
		d.tokSent[i] = int32(si)
		d.tokSeg[i] = int32(len(d.Segments))
		parts := split(t)
		if len(parts) <= 1 && (len(parts) == 0 || parts[0].Form == t.Text) {
			d.Segments = append(d.Segments, Segment{Span: Span{t.Start, t.End}, Token: i, Form: t.Text, Norm: t.Norm, Head: -1})
			continue
		}
		for _, p := range parts {
			norm := t.Norm
			if p.Form != t.Text {
				norm = Normalize(p.Form)
			}
			d.Segments = append(d.Segments, Segment{Span: Span{t.Start + p.Start, t.Start + p.End}, Token: i,
				Form: p.Form, Norm: norm, Role: p.Role, Head: -1})
		}
	}
	d.tokSeg[len(d.Tokens)] = int32(len(d.Segments))
	for k := range d.Sentences {
		s := &d.Sentences[k]
		s.FirstSeg, s.EndSeg = int(d.tokSeg[s.FirstToken]), int(d.tokSeg[s.EndToken])
	}
	return d
}

// SegmentRange returns the segments of token i as [lo, hi) indices into
// Segments.
func (d *Document) SegmentRange(i int) (lo, hi int) {
	return int(d.tokSeg[i]), int(d.tokSeg[i+1])
}

// SegmentsOf returns the segments of token i.
func (d *Document) SegmentsOf(i int) []Segment {
	lo, hi := d.SegmentRange(i)
	return d.Segments[lo:hi:hi]
}

// SentenceOf returns the index of the sentence holding token i.
func (d *Document) SentenceOf(i int) int { return int(d.tokSent[i]) }

// BaseOf returns the index of the base segment of token i: its Base
// segment, or its only segment.
func (d *Document) BaseOf(i int) int {
	lo, hi := d.SegmentRange(i)
	for k := lo; k < hi; k++ {
		if r := d.Segments[k].Role; r == Base || r == Whole {
			return k
		}
	}
	return lo
}

// TokenAt returns the index of the token that contains byte offset off, or
// of the first token after it; len(Tokens) when none.
func (d *Document) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Children returns the indices of the segments whose head is segment h, in
// order. It scans h's sentence.
func (d *Document) Children(h int) []int {
	var out []int
	s := d.Sentences[d.SentenceOf(d.Segments[h].Token)]
	for k := s.FirstSeg; k < s.EndSeg; k++ {
		if d.Segments[k].Head == h {
			out = append(out, k)
		}
	}
	return out
}

// sentencesOfTokens is Sentences over tokens already made.
func sentencesOfTokens(s string, toks []Token) []Sentence {
	lex := make([]lexeme, len(toks))
	for i, t := range toks {
		lex[i] = lexeme{t.Start, t.End, t.Kind}
	}
	var spans []Span
	first := 0
	for i := 1; i <= len(lex); i++ {
		if i == len(lex) || hasLineBreak(s[lex[i-1].end:lex[i].start]) {
			spans = splitParagraph(s, lex[first:i], spans)
			first = i
		}
	}
	out := make([]Sentence, len(spans))
	k := 0
	for i, sp := range spans {
		for k < len(toks) && toks[k].Start < sp.Start {
			k++
		}
		first := k
		for k < len(toks) && toks[k].End <= sp.End {
			k++
		}
		out[i] = Sentence{Span: sp, FirstToken: first, EndToken: k}
	}
	return out
}
