package ud

import (
	"strings"
	"testing"
)

func mustRead(t *testing.T, s string) []Sentence {
	t.Helper()
	out, err := Read(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEvaluateGoldSegmentation(t *testing.T) {
	gold := mustRead(t, sample)
	sys := mustRead(t, sample)
	sys[0].Words[2].Head = 6      // الرئيس attached wrongly
	sys[0].Words[4].Rel = "obj"   // الجيش: right head, wrong relation
	sys[0].Words[5].UPOS = "NOUN" // تقدم
	sc, err := Evaluate(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, s Score, correct int) {
		t.Helper()
		if s.Gold != 7 || s.System != 7 || s.Correct != correct {
			t.Errorf("%s = %+v, want %d of 7", name, s, correct)
		}
	}
	check("Words", sc.Words, 7)
	check("UPOS", sc.UPOS, 6)
	check("UAS", sc.UAS, 6)
	check("LAS", sc.LAS, 5)
	if sc.Tokens.Gold != 6 || sc.Tokens.Correct != 6 {
		t.Errorf("Tokens = %+v", sc.Tokens)
	}
}

func TestEvaluateSegmentation(t *testing.T) {
	gold := mustRead(t, sample)
	// The system did not split وقال: one word و+قال is missing.
	sys := mustRead(t, `1	وقال	قال	VERB	_	_	0	root	_	_
2	الرئيس	رئيس	NOUN	_	_	1	nsubj	_	_
3	إن	إن	SCONJ	_	_	5	mark	_	_
4	الجيش	جيش	NOUN	_	_	5	nsubj	_	_
5	تقدم	تقدم	VERB	_	_	1	ccomp	_	SpaceAfter=No
6	.	.	PUNCT	_	_	1	punct	_	_

`)
	sc, err := Evaluate(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	// Gold words: و قال الرئيس إن الجيش تقدم . (7); system: 6, of which the
	// 5 outside وقال align by span (وقال is one word against two).
	if sc.Words.Gold != 7 || sc.Words.System != 6 || sc.Words.Correct != 5 {
		t.Errorf("Words = %+v", sc.Words)
	}
	if p, r := sc.Words.Precision(), sc.Words.Recall(); p != 5.0/6 || r != 5.0/7 {
		t.Errorf("P %v R %v", p, r)
	}
	if sc.Tokens.Correct != 6 {
		t.Errorf("Tokens = %+v", sc.Tokens)
	}
	// Heads: الرئيس → قال aligns to nothing (قال is not aligned), so wrong;
	// إن → تقدم, الجيش → تقدم, . → قال (unaligned) …
	if sc.UAS.Correct != 2 {
		t.Errorf("UAS = %+v", sc.UAS)
	}
}

func TestEvaluateMismatch(t *testing.T) {
	gold := mustRead(t, sample)
	sys := mustRead(t, "1\tغيره\t_\t_\t_\t_\t0\troot\t_\t_\n\n")
	if _, err := Evaluate(gold, sys); err == nil {
		t.Error("different texts scored without an error")
	}
}
