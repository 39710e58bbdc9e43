package ud

import (
	"testing"
)

// An invented sentence in the conventions of UD Arabic-PADT v1.3:
// «وَذَهَبَ الوَزِيرُ إِلَى بَارِيسَ وَلَندَن وَقَالَ إِنَّهُ لَم يَرَهُ» .
const padtSample = `# orig_file_sentence X#1
1	وَ	وَ	CONJ	C---------	_	2	cc	_	_
2	ذَهَبَ	ذَهَب	VERB	VP-A-3MS--	Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act	0	root	_	_
3	اَلوَزِيرُ	وَزِير	NOUN	N------S1D	Case=Nom|Definite=Def|Number=Sing	2	nsubj	_	_
4	إِلَى	إِلَى	ADP	P---------	AdpType=Prep	5	case	_	_
5	بَارِيس	بَارِيس	X	U---------	_	2	dobj	_	_
6	وَ	وَ	CONJ	C---------	_	5	cc	_	_
7	لَندَن	لَندَن	X	X---------	Foreign=Foreign	5	conj	_	_
8	وَ	وَ	CONJ	C---------	_	2	cc	_	_
9	قَالَ	قَال	VERB	VP-A-3MS--	Aspect=Perf	2	conj	_	_
10	إِنَّ	إِنَّ	CONJ	C---------	_	14	mark	_	_
11	هُ	هُوَ	PRON	SP---3MS4-	Case=Acc|Person=3|PronType=Prs	14	nsubj	_	_
12	لَم	لَم	PART	F---------	Negative=Neg	14	neg	_	_
13	اَلبَيتِ	بَيت	NOUN	N------S2R	Case=Gen|Definite=Red|NumValue=1	14	nmod	_	_
14	يَرَ	رَأَى	VERB	VIJA-3MS--	Aspect=Imp|Mood=Jus	9	ccomp	_	_
15	هُ	هُوَ	PRON	SP---3MS4-	Case=Acc|Person=3|PronType=Prs	14	dobj	_	_

`

func TestHarmonizePADT(t *testing.T) {
	s := mustRead(t, padtSample)[0]
	HarmonizePADT(&s)
	want := []struct {
		form, upos, feats, rel string
		head                   int
	}{
		{"و", "CCONJ", "_", "cc", 2},
		{"ذهب", "VERB", "Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act", "root", 0},
		{"الوزير", "NOUN", "Case=Nom|Definite=Def|Number=Sing", "nsubj", 2},
		{"إلى", "ADP", "AdpType=Prep", "case", 5},
		{"باريس", "PROPN", "_", "obl:arg", 2}, // a prepositional object
		{"و", "CCONJ", "_", "cc", 7},          // to the conjunct after it
		{"لندن", "PROPN", "Foreign=Yes", "conj", 5},
		{"و", "CCONJ", "_", "cc", 9},
		{"قال", "VERB", "Aspect=Perf", "conj", 2},
		{"إن", "SCONJ", "_", "mark", 14},
		{"ه", "PRON", "Case=Acc|Person=3|PronType=Prs", "nsubj", 14},
		{"لم", "PART", "Polarity=Neg", "advmod", 14},
		{"البيت", "NOUN", "Case=Gen|Definite=Cons", "obl", 14}, // nmod on a verb
		{"ير", "VERB", "Aspect=Imp|Mood=Jus", "ccomp", 9},
		{"ه", "PRON", "Case=Acc|Person=3|PronType=Prs", "obj", 14},
	}
	for i, w := range want {
		g := s.Words[i]
		if g.Form != w.form || g.UPOS != w.upos || g.Feats != w.feats || g.Rel != w.rel || g.Head != w.head {
			t.Errorf("word %d: %s %s %s %s %d, want %+v", i+1, g.Form, g.UPOS, g.Feats, g.Rel, g.Head, w)
		}
	}
	if s.Words[1].Misc != "Vform=ذَهَبَ" {
		t.Errorf("vocalised form not kept: %q", s.Words[1].Misc)
	}
}

func TestDetokenize(t *testing.T) {
	s := mustRead(t, padtSample)[0]
	HarmonizePADT(&s)
	Detokenize(&s)
	if got, want := s.SurfaceText(), "وذهب الوزير إلى باريس ولندن وقال إنه لم البيت يره"; got != want {
		t.Errorf("surface %q, want %q", got, want)
	}
	for _, c := range []struct {
		words []string
		upos  []string
		want  string
	}{
		{[]string{"ل", "الحظر"}, []string{"ADP", "NOUN"}, "للحظر"},
		{[]string{"ل", "اللجنة"}, []string{"ADP", "NOUN"}, "للجنة"},
		{[]string{"مدينة", "ها"}, []string{"NOUN", "PRON"}, "مدينتها"},
		{[]string{"على", "ه"}, []string{"ADP", "PRON"}, "عليه"},
		{[]string{"مستوى", "ه"}, []string{"NOUN", "PRON"}, "مستواه"},
		{[]string{"قالوا", "ه"}, []string{"VERB", "PRON"}, "قالوه"},
		{[]string{"و", "ب", "الجيش"}, []string{"CCONJ", "ADP", "NOUN"}, "وبالجيش"},
		{[]string{"من", "ما"}, []string{"ADP", "PRON"}, "مما"},
		{[]string{"و", "2006"}, []string{"CCONJ", "NUM"}, "و2006"},
	} {
		var s Sentence
		for i, f := range c.words {
			feats := "_"
			if c.upos[i] == "PRON" {
				feats = "Case=Gen|PronType=Prs"
			}
			s.Words = append(s.Words, Word{ID: i + 1, Form: f, UPOS: c.upos[i], Feats: feats, Head: 0, Rel: "root"})
		}
		Detokenize(&s)
		if got := s.SurfaceText(); got != c.want {
			t.Errorf("%v: %q, want %q", c.words, got, c.want)
		}
	}
}
