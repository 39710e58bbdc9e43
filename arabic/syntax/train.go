package syntax

import (
	"context"
	"fmt"
	"github.com/marsad/marsad/arabic"
	"io"
	"os"

	"github.com/marsad/marsad/arabic/ud"
)

// TrainConfig says what to train on and how.
type TrainConfig struct {
	// PADT are UD Arabic-PADT v1.3 CoNLL-U files (CC BY-NC-SA); none for a
	// permissive model.
	PADT []string
	// PUD is the UD Arabic-PUD CoNLL-U file (CC BY-SA).
	PUD string
	// PUDMorph: learn morphological features from PUD too (its feature
	// conventions differ from PADT's); PUDTags: learn parts of speech
	// from PUD too. A PUD-only model always learns both.
	PUDMorph, PUDTags bool
	// Epochs of the tagger and the parser; Folds for jack-knifing the
	// tags the parser trains on; Explore is the probability of following a
	// wrong move while training the parser (after the first epoch).
	TaggerEpochs, ParserEpochs, Folds int
	Explore                           float64
	// TaggerOnly trains the segmenter and the tagger, not the parser.
	TaggerOnly bool
	// Prune drops weights of smaller magnitude from the tagger and parser
	// (default 1; negative: keep all).
	Prune float32
	// Beam is the parser's beam width (<= 1: greedy, trained with a
	// dynamic oracle).
	Beam int
	Seed uint64
	// Lexicon is what the news corpus says of words (BuildLexicon).
	Lexicon *Lexicon
	// Log receives progress lines (nil: none).
	Log io.Writer
}

func (c *TrainConfig) defaults() {
	if c.TaggerEpochs <= 0 {
		c.TaggerEpochs = 10
	}
	if c.ParserEpochs <= 0 {
		c.ParserEpochs = 15
	}
	if c.Folds <= 0 {
		c.Folds = 5
	}
	if c.Explore == 0 {
		c.Explore = 0.9
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.Prune == 0 {
		c.Prune = 1
	}
}

func (c *TrainConfig) logf(format string, a ...any) {
	if c.Log != nil {
		fmt.Fprintf(c.Log, format+"\n", a...)
	}
}

// Treebanks are the harmonised sentences of the training treebanks by part
// of the split, each with the treebank it came from.
type Treebanks struct {
	Train, Dev, Test []Tagged
}

// Tagged is a harmonised treebank sentence and its origin.
type Tagged struct {
	ud.Sentence
	PUD bool // from UD Arabic-PUD (else PADT)
}

// LoadTreebanks reads, harmonises and splits the treebanks of cfg: PADT
// sentences get HarmonizePADT and Detokenize, PUD sentences HarmonizePUD
// and their multiword tokens from SpaceAfter; whole documents go to train,
// dev or test by ud.SplitOf.
func LoadTreebanks(ctx context.Context, cfg TrainConfig) (*Treebanks, error) {
	tb := &Treebanks{}
	add := func(path string, pud bool) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("syntax: %w", err)
		}
		defer f.Close()
		sents, err := ud.Read(f)
		if err != nil {
			return fmt.Errorf("syntax: %s: %w", path, err)
		}
		docs := ud.Documents(sents)
		for i := range sents {
			s := sents[i]
			if pud {
				forms := make([]string, len(s.Words))
				for k := range s.Words {
					forms[k] = s.Words[k].Form
				}
				ud.GroupSpaceAfter(&s, forms)
				ud.HarmonizePUD(&s)
			} else {
				ud.HarmonizePADT(&s)
				ud.Detokenize(&s)
			}
			t := Tagged{Sentence: s, PUD: pud}
			switch ud.SplitOf(docs[i]) {
			case ud.Test:
				tb.Test = append(tb.Test, t)
			case ud.Dev:
				tb.Dev = append(tb.Dev, t)
			default:
				tb.Train = append(tb.Train, t)
			}
		}
		return nil
	}
	for _, p := range cfg.PADT {
		if err := add(p, false); err != nil {
			return nil, err
		}
	}
	if cfg.PUD != "" {
		if err := add(cfg.PUD, true); err != nil {
			return nil, err
		}
	}
	return tb, nil
}

// Train trains a model on tb.Train. Dev and Test are not read.
func Train(ctx context.Context, cfg TrainConfig, tb *Treebanks) (*Model, error) {
	cfg.defaults()
	padt := len(cfg.PADT) > 0
	m := &Model{lex: cfg.Lexicon}
	m.Info = Info{Data: "UD Arabic-PUD", Licence: "CC BY-SA 3.0"}
	if padt {
		m.Info = Info{Data: "UD Arabic-PADT v1.3 (dev and test files) and UD Arabic-PUD", Licence: "CC BY-NC-SA 3.0"}
	}
	var sents []trainSent
	for _, s := range tb.Train {
		ts := trainSent{gold: goldWords(&s.Sentence, m.lex), morph: true, upos: true}
		if s.PUD && padt {
			ts.morph, ts.upos = cfg.PUDMorph, cfg.PUDTags
		}
		sents = append(sents, ts)
	}
	cfg.logf("train: %d sentences", len(sents))
	raw := make([]*ud.Sentence, len(tb.Train))
	for i := range tb.Train {
		raw[i] = &tb.Train[i].Sentence
	}
	var reach, total int
	m.seg, reach, total = trainSegmenter(raw, m.lex, cfg.TaggerEpochs, cfg.Seed)
	cfg.logf("segmenter: gold split among the candidates for %d of %d written words", reach, total)
	if cfg.TaggerOnly {
		m.tag = trainTagger(sents, cfg.TaggerEpochs, cfg.Seed, max(cfg.Prune, 0))
		cfg.logf("tagger trained")
		return m, nil
	}
	// Jack-knifed tags for the parser.
	pred := make([][]word, len(sents))
	for k := 0; k < cfg.Folds; k++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var rest []trainSent
		for i := range sents {
			if i%cfg.Folds != k {
				rest = append(rest, sents[i])
			}
		}
		t := trainTagger(rest, cfg.TaggerEpochs, cfg.Seed+uint64(k), max(cfg.Prune, 0))
		for i := range sents {
			if i%cfg.Folds == k {
				pred[i] = tagCopy(t, sents[i].gold)
			}
		}
		cfg.logf("fold %d/%d tagged", k+1, cfg.Folds)
	}
	m.tag = trainTagger(sents, cfg.TaggerEpochs, cfg.Seed, max(cfg.Prune, 0))
	cfg.logf("tagger trained")
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if cfg.Beam > 1 {
		m.par = trainParserBeam(pred, cfg.ParserEpochs, cfg.Seed, cfg.Beam, max(cfg.Prune, 0))
	} else {
		m.par = trainParser(pred, cfg.ParserEpochs, cfg.Seed, cfg.Explore, max(cfg.Prune, 0))
	}
	cfg.logf("parser trained")
	return m, nil
}

// tagCopy returns gold with the tagger's predictions in place of the gold
// parts of speech, features and lemmas (heads and relations stay gold).
func tagCopy(t *tagger, gold []word) []word {
	ws := append([]word(nil), gold...)
	t.tag(ws)
	for i := range ws {
		ws[i].head, ws[i].rel = gold[i].head, gold[i].rel
	}
	return ws
}

// EvaluateGold scores the model on sentences with their gold segmentation.
func EvaluateGold(m *Model, sents []Tagged) (ud.Scores, error) {
	gold := make([]ud.Sentence, len(sents))
	sys := make([]ud.Sentence, len(sents))
	for i := range sents {
		gold[i] = sents[i].Sentence
		sys[i] = m.TagParse(&sents[i].Sentence)
	}
	return ud.Evaluate(gold, sys)
}

// EvaluateRaw scores the model from the raw text of sentences (their
// tokens as written, each taken as one sentence): segmentation, tags and
// trees all predicted.
func EvaluateRaw(m *Model, sents []Tagged) (ud.Scores, error) {
	gold := make([]ud.Sentence, len(sents))
	sys := make([]ud.Sentence, len(sents))
	for i := range sents {
		gold[i] = sents[i].Sentence
		sys[i] = DocumentSentence(m.AnnotateWith(gold[i].SurfaceText(), Options{OneSentence: true}))
	}
	return ud.Evaluate(gold, sys)
}

// DocumentSentence writes the first sentence of an annotated document as
// a treebank sentence: its segments as words, every token of several
// segments as a multiword token.
func DocumentSentence(doc *arabic.Document) ud.Sentence {
	if len(doc.Sentences) == 0 {
		return ud.Sentence{}
	}
	return SentenceOf(doc, 0)
}
