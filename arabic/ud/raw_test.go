package ud

import (
	"os"
	"testing"

	"github.com/marsad/marsad/internal/sharedtest"
)

func readFile(tb testing.TB, rel ...string) []Sentence {
	tb.Helper()
	f, err := os.Open(sharedtest.Path(tb, rel...))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestDetokenizeAgreesWithPUD rebuilds the written words of UD Arabic-PUD
// from its syntactic words with Detokenize and compares them with the words
// its SpaceAfter marks record.
func TestDetokenizeAgreesWithPUD(t *testing.T) {
	sents := readFile(t, "data", "ud", "UD_Arabic-PUD", "ar_pud-ud-test.conllu")
	var gold, sys []Sentence
	for _, s := range sents {
		forms := make([]string, len(s.Words))
		for i := range s.Words {
			forms[i] = s.Words[i].Form
		}
		HarmonizePUD(&s)
		g := s
		g.MWTs = nil
		GroupSpaceAfter(&g, forms)
		d := s
		d.MWTs = nil
		Detokenize(&d)
		gold = append(gold, g)
		sys = append(sys, d)
	}
	var same, total int
	for i := range gold {
		gs, ds := tokenForms(&gold[i]), tokenForms(&sys[i])
		total += len(gs)
		for k, f := range gs {
			if ds[k] == f {
				same++
			} else if testing.Verbose() && k < len(ds) {
				t.Logf("gold %q rebuilt %q", f, ds[k])
			}
		}
	}
	rate := float64(same) / float64(total)
	t.Logf("written words rebuilt: %d of %d (%.4f)", same, total, rate)
	if rate < 0.97 {
		t.Errorf("Detokenize rebuilds %.4f of PUD's written words, want >= 0.97", rate)
	}
}

// tokenForms lists the written words of s keyed by their first word ID.
func tokenForms(s *Sentence) map[int]string {
	out := map[int]string{}
	m := 0
	for i := 0; i < len(s.Words); i++ {
		if m < len(s.MWTs) && s.MWTs[m].First == i+1 {
			out[i+1] = s.MWTs[m].Form
			i = s.MWTs[m].Last - 1
			m++
			continue
		}
		out[i+1] = s.Words[i].Form
	}
	return out
}
