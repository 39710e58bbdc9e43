package syntax

import (
	"compress/gzip"
	"context"
	"github.com/marsad/marsad/arabic"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/arabic/ud"
	"github.com/marsad/marsad/internal/sharedtest"
)

func TestExperiment(t *testing.T) {
	if os.Getenv("MARSAD_SYNTAX_EXP") == "" {
		t.Skip("set MARSAD_SYNTAX_EXP")
	}
	cfg := TrainConfig{
		PADT: []string{sharedtest.Path(t, "data/ud/UD_Arabic-PADT-v1.3/ar-ud-dev.conllu"), sharedtest.Path(t, "data/ud/UD_Arabic-PADT-v1.3/ar-ud-test.conllu")},
		PUD:  sharedtest.Path(t, "data/ud/UD_Arabic-PUD/ar_pud-ud-test.conllu"),
		Log:  os.Stderr,
	}
	if os.Getenv("EXP_NOPADT") != "" {
		cfg.PADT = nil
	}
	cfg.PUDTags = os.Getenv("EXP_PUDTAGS") != ""
	cfg.PUDMorph = os.Getenv("EXP_PUDMORPH") != ""
	if v, err := strconv.Atoi(os.Getenv("EXP_PEPOCHS")); err == nil {
		cfg.ParserEpochs = v
	}
	if v, err := strconv.Atoi(os.Getenv("EXP_BEAM")); err == nil {
		cfg.Beam = v
	}
	if v, err := strconv.Atoi(os.Getenv("EXP_TEPOCHS")); err == nil {
		cfg.TaggerEpochs = v
	}
	lexPath := "/tmp/lex.tsv.gz"
	if _, err := os.Stat(lexPath); err != nil {
		lex, err := BuildLexicon(context.Background(), sharedtest.Path(t, "data/news/ant-2018.jsonl.gz"), nil, LexiconOptions{})
		if err != nil {
			t.Fatal(err)
		}
		f, _ := os.Create(lexPath)
		zw := gzip.NewWriter(f)
		lex.WriteTSV(zw)
		zw.Close()
		f.Close()
	}
	if os.Getenv("EXP_NOLEX") == "" {
		f, _ := os.Open(lexPath)
		zr, _ := gzip.NewReader(f)
		lex, err := ReadLexiconTSV(zr)
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		cfg.Lexicon = lex
		t.Logf("lexicon: %d counts, %d classes", len(lex.freq), len(lex.cls))
	}
	tb, err := LoadTreebanks(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("EXP_NOPUDTRAIN") != "" {
		var keep []Tagged
		for _, s := range tb.Train {
			if !s.PUD {
				keep = append(keep, s)
			}
		}
		tb.Train = keep
	}
	m, err := Train(context.Background(), cfg, tb)
	if err != nil {
		t.Fatal(err)
	}
	var padt, pud []Tagged
	for _, s := range tb.Dev {
		if s.PUD {
			pud = append(pud, s)
		} else {
			padt = append(padt, s)
		}
	}
	confusion(t, m, padt)
	lengthStats(t, m, padt)
	if os.Getenv("EXP_REL") != "" {
		ccErrors(t, m, padt)
	}
	for name, set := range map[string][]Tagged{"PADT dev": padt, "PUD dev": pud} {
		sc, err := EvaluateGold(m, set)
		if err != nil {
			t.Fatal(err)
		}
		report(t, name, sc)
	}
}

func report(t *testing.T, name string, sc ud.Scores) {
	t.Logf("%s: words %d UPOS %.4f UFeats %.4f Lemma %.4f UAS %.4f LAS %.4f", name, sc.Words.Gold,
		sc.UPOS.F1(), sc.UFeats.F1(), sc.Lemmas.F1(), sc.UAS.F1(), sc.LAS.F1())
}

func confusion(t *testing.T, m *Model, set []Tagged) {
	conf := map[string]int{}
	rel := map[string]int{}
	lab := map[string]int{}
	for i := range set {
		g := &set[i].Sentence
		s := m.TagParse(g)
		for k := range g.Words {
			if g.Words[k].UPOS != s.Words[k].UPOS {
				conf[g.Words[k].UPOS+"→"+s.Words[k].UPOS]++
			}
			if g.Words[k].Head != s.Words[k].Head {
				rel[g.Words[k].Rel]++
			} else if g.Words[k].Rel != s.Words[k].Rel {
				lab[g.Words[k].Rel+"→"+s.Words[k].Rel]++
			}
		}
	}
	t.Logf("UPOS confusions: %v", top(conf, 20))
	t.Logf("head errors by gold relation: %v", top(rel, 20))
	t.Logf("label errors (head right): %v", top(lab, 25))
}

func top(m map[string]int, n int) []string {
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range m {
		l = append(l, kv{k, v})
	}
	for i := range l {
		for j := i + 1; j < len(l); j++ {
			if l[j].v > l[i].v {
				l[i], l[j] = l[j], l[i]
			}
		}
	}
	var out []string
	for i := 0; i < len(l) && i < n; i++ {
		out = append(out, l[i].k+":"+strconv.Itoa(l[i].v))
	}
	return out
}

func ccErrors(t *testing.T, m *Model, set []Tagged) {
	c := map[string]int{}
	for i := range set {
		g := &set[i].Sentence
		s := m.TagParse(g)
		for k := range g.Words {
			if g.Words[k].Rel != os.Getenv("EXP_REL") || g.Words[k].Head == s.Words[k].Head {
				continue
			}
			gd, sd := g.Words[k].Head-(k+1), s.Words[k].Head-(k+1)
			if g.Words[k].Head == 0 {
				gd = 999
			}
			if s.Words[k].Head == 0 {
				sd = 999
			}
			c[strconv.Itoa(gd)+"/"+strconv.Itoa(sd)+" "+g.Words[max(0, g.Words[k].Head-1)].UPOS+"/"+s.Words[max(0, s.Words[k].Head-1)].UPOS]++
		}
	}
	t.Logf("%s errors gold/pred offset: %v", os.Getenv("EXP_REL"), top(c, 25))
}

func TestSpeedExp(t *testing.T) {
	if os.Getenv("MARSAD_SYNTAX_SPEED") == "" {
		t.Skip()
	}
	f, _ := os.Open("/tmp/lex.tsv.gz")
	zr, _ := gzip.NewReader(f)
	lex, _ := ReadLexiconTSV(zr)
	cfg := TrainConfig{PADT: []string{sharedtest.Path(t, "data/ud/UD_Arabic-PADT-v1.3/ar-ud-dev.conllu")}, Lexicon: lex, TaggerEpochs: 3, ParserEpochs: 3, Folds: 2}
	tb, _ := LoadTreebanks(context.Background(), cfg)
	m, _ := Train(context.Background(), cfg, tb)
	words := 0
	for _, s := range tb.Train {
		words += len(s.Words)
	}
	res := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			for i := range tb.Train {
				m.TagParse(&tb.Train[i].Sentence)
			}
		}
	})
	t.Logf("%d words: %.0f words/s (%v per pass)", words, float64(words)*float64(res.N)/res.T.Seconds(), res.T/time.Duration(res.N))
	sents := make([][]word, len(tb.Train))
	for i := range tb.Train {
		sents[i] = goldWords(&tb.Train[i].Sentence, lex)
	}
	res = testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			for _, s := range sents {
				m.tag.tag(s)
			}
		}
	})
	t.Logf("tagger: %.0f words/s", float64(words)*float64(res.N)/res.T.Seconds())
	res = testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			for _, s := range sents {
				m.par.parse(s)
			}
		}
	})
	t.Logf("parser: %.0f words/s", float64(words)*float64(res.N)/res.T.Seconds())
}

func lengthStats(t *testing.T, m *Model, set []Tagged) {
	type acc struct{ ok, n int }
	byLen := map[int]*acc{}
	byPos := map[string]*acc{}
	for i := range set {
		g := &set[i].Sentence
		s := m.TagParse(g)
		b := len(g.Words) / 20 * 20
		if b > 100 {
			b = 100
		}
		if byLen[b] == nil {
			byLen[b] = &acc{}
		}
		for k := range g.Words {
			p := g.Words[k].UPOS
			if byPos[p] == nil {
				byPos[p] = &acc{}
			}
			byLen[b].n++
			byPos[p].n++
			if g.Words[k].Head == s.Words[k].Head {
				byLen[b].ok++
				byPos[p].ok++
			}
		}
	}
	for b := 0; b <= 100; b += 20 {
		if a := byLen[b]; a != nil {
			t.Logf("len %3d+: %5d words UAS %.3f", b, a.n, float64(a.ok)/float64(a.n))
		}
	}
	for p, a := range byPos {
		if a.n > 100 {
			t.Logf("%-6s %5d words UAS %.3f (errors %d)", p, a.n, float64(a.ok)/float64(a.n), a.n-a.ok)
		}
	}
}

func TestSegExp(t *testing.T) {
	if os.Getenv("MARSAD_SEG_EXP") == "" {
		t.Skip()
	}
	f, _ := os.Open("/tmp/lex.tsv.gz")
	zr, _ := gzip.NewReader(f)
	lex, _ := ReadLexiconTSV(zr)
	cfg := TrainConfig{PADT: []string{sharedtest.Path(t, "data/ud/UD_Arabic-PADT-v1.3/ar-ud-dev.conllu"), sharedtest.Path(t, "data/ud/UD_Arabic-PADT-v1.3/ar-ud-test.conllu")},
		PUD: sharedtest.Path(t, "data/ud/UD_Arabic-PUD/ar_pud-ud-test.conllu"), Lexicon: lex}
	tb, _ := LoadTreebanks(context.Background(), cfg)
	raw := make([]*ud.Sentence, len(tb.Train))
	for i := range tb.Train {
		raw[i] = &tb.Train[i].Sentence
	}
	sg, _, _ := trainSegmenter(raw, lex, 10, 1)
	errs := map[string]int{}
	n, bad := 0, 0
	unanalysed := map[string]bool{}
	for _, s := range tb.Dev {
		for _, w := range s.Words {
			if strings.HasPrefix(w.XPOS, "U") {
				unanalysed[w.Form] = true
			}
		}
	}
	for _, s := range tb.Dev {
		for _, w := range rawWords(&s.Sentence) {
			splits := arabic.Splits(w.text)
			g := goldSplit(splits, w.gold)
			c := sg.choose(w.text, w.norm, splits)
			n++
			if g != c && len(w.gold) == 1 && os.Getenv("EXP_SKIPU") != "" && unanalysed[w.text] {
				continue
			}
			if g != c {
				bad++
				gs := strings.Join(w.gold, "+")
				errs[w.text+" gold "+gs+" got "+splits[c].String()]++
			}
		}
	}
	t.Logf("%d of %d written words wrong", bad, n)
	t.Logf("%v", top(errs, 60))
}

func TestSegTestExp(t *testing.T) {
	if os.Getenv("MARSAD_SEGTEST") == "" {
		t.Skip()
	}
	m, _ := DefaultModel()
	cfg := TrainConfig{PADT: []string{sharedtest.Path(t, "data/ud/UD_Arabic-PADT-v1.3/ar-ud-dev.conllu"), sharedtest.Path(t, "data/ud/UD_Arabic-PADT-v1.3/ar-ud-test.conllu")}}
	tb, _ := LoadTreebanks(context.Background(), cfg)
	n, bad, badU := 0, 0, 0
	for _, s := range tb.Test {
		unanalysed := map[string]bool{}
		for _, w := range s.Words {
			if strings.HasPrefix(w.XPOS, "U") {
				unanalysed[w.Form] = true
			}
		}
		for _, w := range rawWords(&s.Sentence) {
			splits := arabic.Splits(w.text)
			g := goldSplit(splits, w.gold)
			c := m.seg.choose(w.text, w.norm, splits)
			n++
			if g != c {
				bad++
				if len(w.gold) == 1 && unanalysed[w.text] {
					badU++
				}
			}
		}
	}
	t.Logf("test: %d written words, %d segmented otherwise than the gold, %d of them words PADT left unanalysed", n, bad, badU)
}
