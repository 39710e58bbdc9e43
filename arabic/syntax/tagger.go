package syntax

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// tagger predicts the part of speech, the morphological features and the
// lemma of every word of a sentence. One linear model scores all of them:
// classes [0, NumUPOS) are the parts of speech, then each feature f has
// the range [featOff[f], featOff[f]+values+1) (the first: absent). The
// features of the context are looked up once for all decisions.
type tagger struct {
	model *linear
	allow [arabic.NumUPOS]uint32 // features a part of speech may carry (bit f)
	lemma map[lemmaKey]string    // (norm, UPOS) → lemma
}

// featOff is where each feature's classes start; numTagClasses is the
// number of classes of the tagger's model.
var featOff, numTagClasses = func() (off [arabic.NumFeature]int, n int) {
	n = arabic.NumUPOS
	for f := range off {
		off[f] = n
		n += len(arabic.Feature(f).Values()) + 1
	}
	return off, n
}()

// featRange returns the classes of feature f.
func featRange(f arabic.Feature) (lo, hi int) {
	return featOff[f], featOff[f] + len(f.Values()) + 1
}

type lemmaKey struct {
	norm string
	upos arabic.UPOS
}

// at returns the word at i, or a boundary word.
func at(ws []word, i int) *word {
	switch {
	case i < 0:
		return &startWord
	case i >= len(ws):
		return &endWord
	}
	return &ws[i]
}

var (
	startWord = word{hNorm: hStart, hShape: hStart, hCluster: hStart, hPre: [3]uint64{hStart, hStart, hStart}, hSuf: [3]uint64{hStart, hStart, hStart}, head: -1}
	endWord   = word{hNorm: hEnd, hShape: hEnd, hCluster: hEnd, hPre: [3]uint64{hEnd, hEnd, hEnd}, hSuf: [3]uint64{hEnd, hEnd, hEnd}, head: -1}
)

// Templates of the tagger's features.
const (
	tBias uint8 = iota + 1
	tW
	tWm1
	tWp1
	tWm2
	tWp2
	tSuf1
	tSuf2
	tSuf3
	tPre1
	tPre2
	tPre3
	tShape
	tRole
	tRoles
	tP1
	tP2P1
	tP1W
	tWm1W
	tWWp1
	tSufM1
	tSufP1
	tPreP1
	tC
	tCm1
	tCp1
	tLen
	tP1Suf2
	tRoleWp1
	// morphology, conjoined with the word's own UPOS
	tMU
	tMUSuf1
	tMUSuf2
	tMUSuf3
	tMUPre1
	tMUPre2
	tMUW
	tMURole
	tMUPm1
	tMUPp1
	tMUWm1
	tMUAgree
	tMURolem1
	tMUC
	tMUPm1Pp1
	tFreq
	tArt
	tArtSuf
	tMUArt
	tDefPair
	tDefPairP
	tMUDefPair
)

// contextFeats appends the features of word i that do not depend on
// predictions.
func contextFeats(ws []word, i int, buf []uint64) []uint64 {
	w, m1, p1, m2, p2 := at(ws, i), at(ws, i-1), at(ws, i+1), at(ws, i-2), at(ws, i+2)
	return append(buf,
		f1(tBias, 1),
		f1(tW, w.hNorm),
		f1(tWm1, m1.hNorm),
		f1(tWp1, p1.hNorm),
		f1(tWm2, m2.hNorm),
		f1(tWp2, p2.hNorm),
		f1(tSuf1, w.hSuf[0]),
		f1(tSuf2, w.hSuf[1]),
		f1(tSuf3, w.hSuf[2]),
		f1(tPre1, w.hPre[0]),
		f1(tPre2, w.hPre[1]),
		f1(tPre3, w.hPre[2]),
		f1(tShape, w.hShape),
		f1(tRole, uint64(w.role)),
		f3(tRoles, uint64(m1.role), uint64(w.role), uint64(p1.role)),
		f2(tWm1W, m1.hNorm, w.hNorm),
		f2(tWWp1, w.hNorm, p1.hNorm),
		f1(tSufM1, m1.hSuf[1]),
		f1(tSufP1, p1.hSuf[2]),
		f1(tPreP1, p1.hPre[1]),
		f1(tC, w.hCluster),
		f2(tCm1, m1.hCluster, w.hCluster),
		f2(tCp1, w.hCluster, p1.hCluster),
		f2(tLen, w.hLen, w.hShape),
		f2(tRoleWp1, uint64(w.role), p1.hNorm),
		f2(tFreq, w.hFreq, w.hShape),
		f2(tArt, w.hArt, w.hFreq),
		f2(tArtSuf, w.hArt, w.hSuf[1]),
		f3(tDefPair, m1.hPre[1], w.hPre[1], w.hSuf[0]),
	)
}

// uposHistory appends the features of word i for its part of speech that
// look at the parts of speech predicted for the words before it.
func uposHistory(ws []word, i int, buf []uint64) []uint64 {
	w, m1, m2 := at(ws, i), at(ws, i-1), at(ws, i-2)
	return append(buf,
		f1(tP1, uint64(m1.upos)),
		f2(tP2P1, uint64(m2.upos), uint64(m1.upos)),
		f2(tP1W, uint64(m1.upos), w.hNorm),
		f2(tP1Suf2, uint64(m1.upos), w.hSuf[1]),
		f4(tDefPairP, uint64(m1.upos), m1.hPre[1], w.hPre[1], w.hSuf[1]),
	)
}

// morphFeats appends the features of word i for its morphology that
// depend on the parts of speech of the sentence.
func morphFeats(ws []word, i int, buf []uint64) []uint64 {
	w, m1, p1 := at(ws, i), at(ws, i-1), at(ws, i+1)
	u := uint64(w.upos)
	return append(buf,
		f1(tMU, u),
		f2(tMUSuf1, u, w.hSuf[0]),
		f2(tMUSuf2, u, w.hSuf[1]),
		f2(tMUSuf3, u, w.hSuf[2]),
		f2(tMUPre1, u, w.hPre[0]),
		f2(tMUPre2, u, w.hPre[1]),
		f2(tMUW, u, w.hNorm),
		f2(tMURole, u, uint64(w.role)),
		f2(tMUPm1, u, uint64(m1.upos)),
		f2(tMUPp1, u, uint64(p1.upos)),
		f2(tMUWm1, u, m1.hNorm),
		f3(tMURolem1, u, uint64(m1.role), m1.hNorm),
		f2(tMUC, u, w.hCluster),
		f3(tMUPm1Pp1, u, uint64(m1.upos), uint64(p1.upos)),
		f2(tMUArt, u, w.hArt),
		f4(tMUDefPair, u, uint64(m1.upos), m1.hPre[1], w.hPre[1]),
	)
}

// agreeFeat is the feature of word i for feature f that looks at the value
// predicted for the word before (adjectives agree with their nouns).
func agreeFeat(ws []word, i int, f arabic.Feature) uint64 {
	w, m1 := at(ws, i), at(ws, i-1)
	return f4(tMUAgree, uint64(w.upos), uint64(m1.upos), uint64(m1.feats.Code(f)), uint64(f))
}

// tagScratch is the per-sentence memory of the tagger.
type tagScratch struct {
	ctx   []float32 // numTagClasses scores of the context features, per word
	feats []uint64
}

// tag predicts UPOS, features and lemmas of ws in place.
func (t *tagger) tag(ws []word) {
	var sc tagScratch
	t.tagWith(ws, &sc)
}

func (t *tagger) tagWith(ws []word, sc *tagScratch) {
	n := len(ws)
	if cap(sc.ctx) < n*numTagClasses {
		sc.ctx = make([]float32, n*numTagClasses)
	}
	ctx := sc.ctx[:n*numTagClasses]
	clear(ctx)
	var out [numTagClassesMax]float32
	for i := range ws {
		row := ctx[i*numTagClasses : (i+1)*numTagClasses]
		sc.feats = contextFeats(ws, i, sc.feats[:0])
		t.model.add(sc.feats, row)
		copy(out[:], row[:arabic.NumUPOS])
		sc.feats = uposHistory(ws, i, sc.feats[:0])
		t.model.add(sc.feats, out[:arabic.NumUPOS])
		ws[i].upos = arabic.UPOS(best(out[1:arabic.NumUPOS], nil) + 1)
		ws[i].feats = 0
	}
	for i := range ws {
		allow := t.allow[ws[i].upos]
		if allow == 0 {
			continue
		}
		row := ctx[i*numTagClasses : (i+1)*numTagClasses]
		sc.feats = morphFeats(ws, i, sc.feats[:0])
		t.model.add(sc.feats, row)
		for f := arabic.Feature(0); int(f) < arabic.NumFeature; f++ {
			if allow&(1<<f) == 0 {
				continue
			}
			lo, hi := featRange(f)
			copy(out[:hi-lo], row[lo:hi])
			t.model.addRange(agreeFeat(ws, i, f), out[:hi-lo], lo)
			ws[i].feats = ws[i].feats.WithCode(f, best(out[:hi-lo], nil))
		}
	}
	for i := range ws {
		ws[i].lemma = t.lemmaOf(&ws[i])
	}
}

// numTagClassesMax bounds numTagClasses for arrays on the stack.
const numTagClassesMax = 128

// lemmaOf returns the lemma of a tagged word: the one training saw with its
// key and part of speech, or its key without the article and, for nouns and
// adjectives, without a feminine or plural ending it can tell.
func (t *tagger) lemmaOf(w *word) string {
	if l, ok := t.lemma[lemmaKey{w.norm, w.upos}]; ok {
		return l
	}
	if l, ok := t.lemma[lemmaKey{w.norm, arabic.NoPOS}]; ok {
		return l
	}
	l := w.form
	switch w.upos {
	case arabic.NOUN, arabic.ADJ, arabic.PROPN:
		if strings.HasPrefix(l, "ال") && len([]rune(l)) > 4 {
			l = strings.TrimPrefix(l, "ال")
		}
	}
	return l
}
