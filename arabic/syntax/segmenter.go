package syntax

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// segmenter chooses, for each written Arabic word, one of the splits
// arabic.Splits proposes, with a linear ranker over features of the split:
// its shape (which clitics, which spelling restored), how often the
// corpus writes the base and the whole word, and the words themselves.
type segmenter struct {
	rank *linear // one class: the score of a split
	lex  *Lexicon
}

// Templates of the segmenter's features.
const (
	sSig uint8 = iota + 1
	sWordSig
	sBaseSig
	sFreqs
	sBaseFreq
	sWordFreq
	sBaseLen
	sBaseEnds
	sEncBase
	sRatio
	sPrevSig
)

// signature describes the shape of a split: its proclitics, how its base
// is spelled (as written, or with a letter restored) and its enclitic.
func signature(word string, sp arabic.Split) string {
	var b strings.Builder
	for _, p := range sp {
		switch p.Role {
		case arabic.Proclitic:
			b.WriteString(p.Form)
			b.WriteByte('+')
		case arabic.Base, arabic.Whole:
			written := word[p.Start:p.End]
			switch {
			case p.Form == written:
				b.WriteString("B")
			case p.Form == "ال"+written:
				b.WriteString("AL") // ل + اللجنة → للجنة
			case p.Form == "ا"+written:
				b.WriteString("A") // ل + الحظر → للحظر
			default:
				r, _ := utf8.DecodeLastRuneInString(p.Form)
				b.WriteString("R")
				b.WriteRune(r)
			}
		case arabic.Enclitic:
			b.WriteByte('+')
			b.WriteString(p.Form)
		}
	}
	if len(sp) == 2 && sp[1].Start == sp[1].End {
		b.WriteString("F") // fused pair
	}
	return b.String()
}

// baseOf returns the base of a split (the preposition that hosts a
// pronoun when there is no other).
func baseOf(sp arabic.Split) arabic.Part {
	for _, p := range sp {
		if p.Role == arabic.Base || p.Role == arabic.Whole {
			return p
		}
	}
	return sp[0]
}

// splitFeats appends the features of split sp of word (key norm).
func (sg *segmenter) splitFeats(word, norm string, sp arabic.Split, buf []uint64) []uint64 {
	sig := hashString(signature(word, sp))
	base := baseOf(sp)
	bnorm := arabic.Normalize(base.Form)
	bf := bucket(sg.lex.count(bnorm))
	wf := bucket(sg.lex.count(norm))
	bl := uint64(min(utf8.RuneCountInString(bnorm), 8))
	first, _ := utf8.DecodeRuneInString(bnorm)
	last, _ := utf8.DecodeLastRuneInString(bnorm)
	enc := hNone
	if p := sp[len(sp)-1]; p.Role == arabic.Enclitic {
		enc = hashString(p.Form)
	}
	ratio := uint64(0)
	if wc := sg.lex.count(norm); wc > 0 || sg.lex.count(bnorm) > 0 {
		r := float64(sg.lex.count(bnorm)+1) / float64(wc+1)
		switch {
		case r < 0.1:
			ratio = 1
		case r < 1:
			ratio = 2
		case r < 10:
			ratio = 3
		default:
			ratio = 4
		}
	}
	return append(buf,
		f1(sSig, sig),
		f2(sWordSig, hashString(norm), sig),
		f2(sBaseSig, hashString(bnorm), sig),
		f3(sFreqs, sig, bf, wf),
		f2(sBaseFreq, sig, bf),
		f2(sWordFreq, sig, wf),
		f2(sBaseLen, sig, bl),
		f3(sBaseEnds, sig, uint64(first), uint64(last)),
		f3(sEncBase, enc, uint64(last), bf),
		f2(sRatio, sig, ratio),
	)
}

// choose returns the index of the best of the splits of word.
func (sg *segmenter) choose(word, norm string, splits []arabic.Split) int {
	if len(splits) == 1 || sg == nil || sg.rank == nil {
		return 0
	}
	var buf [16]uint64
	var sc [1]float32
	bi, bs := 0, float32(0)
	for i, sp := range splits {
		fs := sg.splitFeats(word, norm, sp, buf[:0])
		sg.rank.scores(fs, sc[:])
		if i == 0 || sc[0] > bs {
			bi, bs = i, sc[0]
		}
	}
	return bi
}

// split returns the chosen split of a token (nil for one segment).
func (sg *segmenter) split(t *arabic.Token) arabic.Split {
	if t.Kind != arabic.Word {
		return nil
	}
	splits := arabic.Splits(t.Text)
	if len(splits) == 1 {
		return nil
	}
	return splits[sg.choose(t.Text, t.Norm, splits)]
}
