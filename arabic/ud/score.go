package ud

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Score is one metric: how many gold and system items, how many agree.
type Score struct {
	Gold, System, Correct int
}

// Precision is Correct/System (0 when there is nothing).
func (s Score) Precision() float64 { return ratio(s.Correct, s.System) }

// Recall is Correct/Gold.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are the CoNLL 2018 shared-task metrics of a system analysis
// against gold. Every metric but Tokens and Words counts words aligned
// between the two sides; with gold segmentation its F1 is an accuracy.
type Scores struct {
	Tokens, Words                  Score
	UPOS, UFeats, Lemmas, UAS, LAS Score
	AlignedWords                   int
}

// ErrMismatch reports that gold and system do not cover the same text.
var ErrMismatch = errors.New("ud: gold and system texts differ")

// Evaluate scores system against gold, sentence boundaries ignored, as the
// CoNLL 2018 evaluation script does: tokens and words are placed by their
// character spans in the text without white space; words inside multiword
// tokens are aligned by the longest common subsequence of their forms (case
// folded); UAS needs the heads to align, LAS also the universal part of the
// relation (before ':'). UFeats compares the universal features only.
func Evaluate(gold, system []Sentence) (Scores, error) {
	g, err := flatten(gold)
	if err != nil {
		return Scores{}, err
	}
	s, err := flatten(system)
	if err != nil {
		return Scores{}, err
	}
	if g.chars != s.chars {
		i := 0
		for i < len(g.chars) && i < len(s.chars) && g.chars[i] == s.chars[i] {
			i++
		}
		return Scores{}, fmt.Errorf("%w: first difference at character %d", ErrMismatch, i)
	}
	var sc Scores
	sc.Tokens = spanScore(g.tokens, s.tokens)
	al := align(g.words, s.words)
	sc.AlignedWords = len(al)
	sc.Words = Score{Gold: len(g.words), System: len(s.words), Correct: len(al)}
	gAligned := make(map[int]int, len(al)) // gold word index → system word index
	for _, p := range al {
		gAligned[p[0]] = p[1]
	}
	base := Score{Gold: len(g.words), System: len(s.words)}
	sc.UPOS, sc.UFeats, sc.Lemmas, sc.UAS, sc.LAS = base, base, base, base, base
	for _, p := range al {
		gw, sw := &g.words[p[0]], &s.words[p[1]]
		if gw.w.UPOS == sw.w.UPOS {
			sc.UPOS.Correct++
		}
		if universalFeats(gw.w.Feats) == universalFeats(sw.w.Feats) {
			sc.UFeats.Correct++
		}
		if gw.w.Lemma == "_" || gw.w.Lemma == sw.w.Lemma {
			sc.Lemmas.Correct++
		}
		headOK := false
		switch {
		case gw.head < 0:
			headOK = sw.head < 0
		default:
			si, ok := gAligned[gw.head]
			headOK = ok && si == sw.head
		}
		if headOK {
			sc.UAS.Correct++
			if universalRel(gw.w.Rel) == universalRel(sw.w.Rel) {
				sc.LAS.Correct++
			}
		}
	}
	return sc, nil
}

// span is a half-open range of characters of the text without spaces.
type span struct{ start, end int }

// flatWord is a word placed in the whole text.
type flatWord struct {
	w    Word
	span span
	mwt  bool
	head int // index of the head word in the flat list, -1 for the root
}

type flat struct {
	chars  string
	tokens []span
	words  []flatWord
}

// flatten places every token and word of sents in the text without white
// space.
func flatten(sents []Sentence) (flat, error) {
	var f flat
	var b strings.Builder
	pos := 0
	add := func(form string) span {
		start := pos
		for _, r := range form {
			if unicode.IsSpace(r) {
				continue
			}
			b.WriteRune(r)
			pos++
		}
		return span{start, pos}
	}
	for si := range sents {
		s := &sents[si]
		base := len(f.words)
		m := 0
		for i := 0; i < len(s.Words); i++ {
			w := s.Words[i]
			if m < len(s.MWTs) && s.MWTs[m].First == w.ID {
				r := s.MWTs[m]
				sp := add(r.Form)
				f.tokens = append(f.tokens, sp)
				for k := r.First; k <= r.Last; k++ {
					f.words = append(f.words, flatWord{w: s.Words[k-1], span: sp, mwt: true})
				}
				i = r.Last - 1
				m++
				continue
			}
			sp := add(w.Form)
			f.tokens = append(f.tokens, sp)
			f.words = append(f.words, flatWord{w: w, span: sp})
		}
		for i := base; i < len(f.words); i++ {
			h := f.words[i].w.Head
			switch {
			case h <= 0:
				f.words[i].head = -1
			case base+h-1 < len(f.words):
				f.words[i].head = base + h - 1
			default:
				return flat{}, fmt.Errorf("%w: sentence %d: head %d beyond the sentence", ErrFormat, si+1, h)
			}
		}
	}
	f.chars = b.String()
	return f, nil
}

// spanScore counts the spans both lists share (both are in text order).
func spanScore(gold, sys []span) Score {
	sc := Score{Gold: len(gold), System: len(sys)}
	i, j := 0, 0
	for i < len(gold) && j < len(sys) {
		switch {
		case gold[i] == sys[j]:
			sc.Correct++
			i++
			j++
		case gold[i].start <= sys[j].start:
			i++
		default:
			j++
		}
	}
	return sc
}

// align returns pairs (gold index, system index) of aligned words.
func align(gold, sys []flatWord) [][2]int {
	var out [][2]int
	gi, si := 0, 0
	for gi < len(gold) && si < len(sys) {
		if gold[gi].mwt || sys[si].mwt {
			var gs, ss int
			gs, ss, gi, si = multiwordSpan(gold, sys, gi, si)
			if gi > gs && si > ss {
				out = lcsAlign(out, gold[gs:gi], sys[ss:si], gs, ss)
			}
			continue
		}
		switch {
		case gold[gi].span == sys[si].span:
			out = append(out, [2]int{gi, si})
			gi++
			si++
		case gold[gi].span.start <= sys[si].span.start:
			gi++
		default:
			si++
		}
	}
	return out
}

// multiwordSpan finds the smallest region around gold[gi] and sys[si] that
// both sides cover with whole tokens, as the CoNLL 2018 script does.
func multiwordSpan(gold, sys []flatWord, gi, si int) (gs, ss, ge, se int) {
	var end int
	if gold[gi].mwt {
		end = gold[gi].span.end
		if !sys[si].mwt && sys[si].span.start < gold[gi].span.start {
			si++
		}
	} else {
		end = sys[si].span.end
		if !gold[gi].mwt && gold[gi].span.start < sys[si].span.start {
			gi++
		}
	}
	gs, ss = gi, si
	for !beyondEnd(gold, gi, end) || !beyondEnd(sys, si, end) {
		if gi < len(gold) && (si >= len(sys) || gold[gi].span.start <= sys[si].span.start) {
			end = extendEnd(gold[gi], end)
			gi++
		} else {
			end = extendEnd(sys[si], end)
			si++
		}
	}
	return gs, ss, gi, si
}

func beyondEnd(ws []flatWord, i, end int) bool {
	if i >= len(ws) {
		return true
	}
	if ws[i].mwt {
		return ws[i].span.start >= end
	}
	return ws[i].span.end > end
}

func extendEnd(w flatWord, end int) int {
	if w.mwt && w.span.end > end {
		return w.span.end
	}
	return end
}

// lcsAlign aligns the words of one multiword region by the longest common
// subsequence of their case-folded forms.
func lcsAlign(out [][2]int, g, s []flatWord, gOff, sOff int) [][2]int {
	n, m := len(g), len(s)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if strings.EqualFold(g[i].w.Form, s[j].w.Form) {
				lcs[i][j] = 1 + lcs[i+1][j+1]
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case strings.EqualFold(g[i].w.Form, s[j].w.Form):
			out = append(out, [2]int{gOff + i, sOff + j})
			i++
			j++
		case lcs[i][j] == lcs[i+1][j]:
			i++
		default:
			j++
		}
	}
	return out
}

// universalFeats keeps the universal features of a FEATS value (those of
// the UD v2 guidelines), in order.
func universalFeats(feats string) string {
	if feats == "_" || feats == "" {
		return ""
	}
	var keep []string
	for f := range strings.SplitSeq(feats, "|") {
		name, _, _ := strings.Cut(f, "=")
		if universalFeatures[name] {
			keep = append(keep, f)
		}
	}
	return strings.Join(keep, "|")
}

// universalFeatures are the feature names of the UD v2 guidelines.
var universalFeatures = map[string]bool{
	"PronType": true, "NumType": true, "Poss": true, "Reflex": true, "Foreign": true, "Abbr": true,
	"Typo": true, "Gender": true, "Animacy": true, "NounClass": true, "Number": true, "Case": true,
	"Definite": true, "Degree": true, "VerbForm": true, "Mood": true, "Tense": true, "Aspect": true,
	"Voice": true, "Evident": true, "Polarity": true, "Person": true, "Polite": true, "Clusivity": true,
}

// universalRel is the part of a relation before its subtype.
func universalRel(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}
