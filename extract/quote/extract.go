package quote

import (
	_ "embed"
	"github.com/marsad/marsad/internal/calib"
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract/entity"
)

//go:embed data/roles.txt
var rolesData []byte

//go:embed data/bodies.txt
var bodiesData []byte

// Speaker kinds.
const (
	KindPerson       = "person"
	KindOrganisation = "organisation"
	KindAnonymous    = "anonymous_source"
	KindUnresolved   = "unresolved"
)

// Quote kinds.
const (
	Direct   = "direct"
	Indirect = "indirect"
	Mixed    = "mixed"
)

// Extractor finds quotes. Build it once with New; it is safe for concurrent use.
type Extractor struct {
	conf      *calib.Model
	lx        *lexicon
	roleHeads map[string]bool
	bodyHeads map[string]bool
}

// New loads the embedded cue lexicons.
func New() (*Extractor, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	conf, err := loadConfidence()
	if err != nil {
		return nil, err
	}
	return &Extractor{conf: conf, lx: lx, roleHeads: wordSet(rolesData), bodyHeads: wordSet(bodiesData)}, nil
}

// wordSet reads a one-word-a-line lexicon (# comments) into normalised words.
func wordSet(data []byte) map[string]bool {
	set := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			set[arabic.Normalize(l)] = true
		}
	}
	return set
}

// Extract returns the quotes of an article body, in document order.
// paras are the body's paragraphs (headings are skipped); ents the
// document's entities, whose mentions and roles resolve speakers. Without
// the shared analysis of the body (ExtractDocument), speakers are found
// from the words alone.
func (x *Extractor) Extract(body string, paras []document.Paragraph, ents []entity.Entity) []Quote {
	return x.ExtractDocument(arabic.NewDocument(body), paras, ents)
}

// ExtractDocument is Extract over the shared analysis of the body: its
// tokens, and when the document is parsed, the subject of each reporting
// verb.
func (x *Extractor) ExtractDocument(doc *arabic.Document, paras []document.Paragraph, ents []entity.Entity) []Quote {
	st := newState(x, doc, ents)
	var out []Quote
	for _, p := range paras {
		if p.Kind == document.KindHeading || p.End > len(doc.Text) || p.Start >= p.End {
			continue
		}
		out = append(out, st.paragraph(p.Start, p.End)...)
	}
	x.score(out)
	return out
}

// mentionRef is an entity mention with its entity, for span lookups.
type mentionRef struct {
	start, end int
	ent        *entity.Entity
}

// speaker is a resolved speaker.
type speaker struct {
	name string
	ent  *entity.Entity
	kind string
	via  string // outlet an anonymous source spoke to
	end  int    // byte offset where a speaker phrase without entity ends, or 0
	// gender is the grammatical gender a verb showed agreeing with a
	// speaker phrase without entity ("Masc", "Fem" or "").
	gender string
}

// role ties a role description seen in the article to a person.
type role struct {
	words []string
	ent   *entity.Entity
	pos   int // where the role was first seen
}

// state is the per-document working state.
type state struct {
	x     *Extractor
	doc   *arabic.Document
	body  string
	toks  []arabic.Token // arabic.Tokenize(body)
	ments []mentionRef
	roles []role
	prev  *speaker
	// issuers are the authors of documents seen so far (تقرير لـX، في بيان).
	issuers []issuer
	// spoken are the speakers seen so far, by the head noun that named them.
	spoken []spoken
	// genders caches personGender per entity.
	genders map[*entity.Entity]string
	// kin are the persons named through a kin noun (والدة X، سلمى …).
	kin []kinRef
}

func newState(x *Extractor, doc *arabic.Document, ents []entity.Entity) *state {
	toks := doc.Tokens
	st := &state{x: x, doc: doc, body: doc.Text, toks: toks}
	for i := range ents {
		e := &ents[i]
		for _, m := range e.Mentions {
			st.ments = append(st.ments, mentionRef{m.Start, m.End, e})
		}
	}
	sort.Slice(st.ments, func(i, j int) bool { return st.ments[i].start < st.ments[j].start })
	for i := range ents {
		e := &ents[i]
		if len(e.Mentions) == 0 {
			continue
		}
		first := e.Mentions[0].Start
		for _, m := range e.Mentions {
			first = min(first, m.Start)
		}
		for _, r := range e.Roles {
			st.addRole(contentWords(r), e, first)
		}
	}
	st.learnBodyRoles(toks)
	st.learnIssuers(toks)
	return st
}

// hit is a cue occurrence: tokens [i, i+n) of the paragraph.
type hit struct {
	i, n   int
	cue    *cue
	procl  bool // the first token carries a و/ف proclitic
	lastL  bool // the form ends in the proclitic ل of token i+n-1
	cueBeg int  // byte span of the cue words, proclitic excluded
	cueEnd int
}

func (st *state) paragraph(start, end int) []Quote {
	p := &para{start: start, end: end, toks: st.tokensBetween(start, end)}
	p.pairs = pairMarks(p.toks)
	hits := st.findCues(p)
	var out []Quote
	used := map[int]bool{} // hits consumed as via of another quote
	for h := range hits {
		if used[h] || st.nested(p, hits[h].i) {
			continue
		}
		q, ok := st.build(p, hits, h, used)
		if !ok {
			continue
		}
		// A later cue inside this quote's indirect content ends it there.
		out = append(out, q)
	}
	return trimOverlaps(out)
}

// nested reports whether token k lies inside a closed pair of quotation
// marks: a cue there is part of quoted speech, not a new statement.
func (st *state) nested(p *para, k int) bool {
	for o, c := range p.pairs {
		if c > o && o < k && k < c {
			return true
		}
	}
	return false
}

// findCues returns the cue occurrences of a paragraph in order.
func (st *state) findCues(p *para) []hit {
	var hits []hit
	for i := 0; i < len(p.toks); i++ {
		t := p.toks[i]
		if t.Kind != arabic.Word {
			continue
		}
		if h, ok := st.matchAt(p, i); ok {
			if i > 0 && isRelativeObject(p.toks[i-1].Norm) && h.cue.class != classSource {
				// "ما وصفه بـ…": an embedded description, not a statement.
				i += h.n - 1
				continue
			}
			if isPassiveSpelling(t.Text) {
				// "أُعلنت" (it was announced): no speaker to attribute.
				i += h.n - 1
				continue
			}
			hits = append(hits, h)
			i += h.n - 1
		}
	}
	return hits
}

// matchAt tries every cue form at token i, with and without a و/ف proclitic.
func (st *state) matchAt(p *para, i int) (hit, bool) {
	w := p.toks[i].Norm
	try := []struct {
		key   string
		procl bool
	}{{w, false}}
	if r := []rune(w); len(r) > 3 && (r[0] == 'و' || r[0] == 'ف') {
		try = append(try, struct {
			key   string
			procl bool
		}{string(r[1:]), true})
	}
	for _, tr := range try {
		best := hit{}
		for _, f := range st.x.lx.byFirst[tr.key] {
			n, lastL, ok := matchForm(p.toks, i, f.words)
			if ok && n > best.n {
				best = hit{i: i, n: n, cue: f.cue, procl: tr.procl, lastL: lastL}
			}
		}
		if best.n > 0 {
			best.cueBeg = p.toks[i].Start
			if tr.procl {
				best.cueBeg += len(string([]rune(p.toks[i].Text)[0]))
			}
			best.cueEnd = p.toks[i+best.n-1].End
			if best.lastL {
				best.cueEnd = p.toks[i+best.n-1].Start + len("ل")
			}
			return best, true
		}
	}
	return hit{}, false
}

// matchForm matches the words of a form from token i on (the first word is
// already known to match). A last word "ل" matches the proclitic of the
// next token; the returned n counts that token.
func matchForm(toks []arabic.Token, i int, words []string) (n int, lastL bool, ok bool) {
	k := i + 1
	for j := 1; j < len(words); j++ {
		if k >= len(toks) {
			return 0, false, false
		}
		w := words[j]
		if j == len(words)-1 && w == "ل" {
			if strings.HasPrefix(toks[k].Norm, "ل") && len([]rune(toks[k].Norm)) > 2 {
				return k - i + 1, true, true
			}
			return 0, false, false
		}
		if toks[k].Norm != w {
			return 0, false, false
		}
		k++
	}
	return k - i, false, true
}

// trimOverlaps drops a quote whose content starts inside an earlier one's
// and cuts indirect contents that run into a later cue.
func trimOverlaps(qs []Quote) []Quote {
	out := qs[:0]
	for _, q := range qs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if q.CueStart < last.ContentEnd && q.CueStart > last.ContentStart {
				if last.Kind == Direct {
					continue
				}
			}
		}
		out = append(out, q)
	}
	return out
}

// isPassiveSpelling reports whether a verb is vowelled as a passive (a damma
// on its first letter, after an optional و/ف): "أُعلن"، "وأُعلنت"، "يُذكر".
func isPassiveSpelling(w string) bool {
	r := []rune(w)
	if len(r) > 2 && (r[0] == 'و' || r[0] == 'ف') && !isHaraka(r[1]) {
		r = r[1:]
	}
	return len(r) > 1 && r[1] == '\u064F'
}

// isHaraka reports whether r is a short-vowel or shadda mark.
func isHaraka(r rune) bool { return r >= '\u064B' && r <= '\u0652' }

// tokensBetween returns the document's tokens that lie within [start, end).
func (st *state) tokensBetween(start, end int) []arabic.Token {
	a := sort.Search(len(st.toks), func(i int) bool { return st.toks[i].Start >= start })
	b := a
	for b < len(st.toks) && st.toks[b].End <= end {
		b++
	}
	return st.toks[a:b:b]
}
