package cli

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/marsad/marsad/arabic/syntax"
	"github.com/marsad/marsad/arabic/ud"
)

const (
	trainLexiconUsage = "--news FILE[.gz] --out FILE.tsv.gz [--classes N]"
	trainSyntaxUsage  = "--lexicon FILE --out FILE [--permissive] [--with-dev] [--ud DIR] [--epochs N] [--parser-epochs N] [--beam K] [--seed S]"
	evalUDUsage       = "--conllu FILE… [--raw] [--json] [--model FILE] [--part all|train|dev|test] [--treebank auto|padt|pud|v2]"
)

// runTrainSyntaxLexicon counts the words of a news corpus and groups the
// segments into classes: the lexicon the segmenter, tagger and parser read.
func runTrainSyntaxLexicon(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "train lexicon", trainLexiconUsage)
	news := fs.String("news", "", "news corpus `file` (JSON Lines, .gz allowed)")
	out := fs.String("out", "", "output `file` (.tsv.gz)")
	classes := fs.Int("classes", 256, "distributional classes")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *news == "" || *out == "" {
		return usageError("want --news FILE --out FILE")
	}
	lex, err := syntax.BuildLexicon(ctx, *news, nil, syntax.LexiconOptions{Classes: *classes})
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(f)
	if err := lex.WriteTSV(zw); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readLexicon reads a lexicon file written by 'marsad train lexicon'.
func readLexicon(path string) (*syntax.Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return syntax.ReadLexiconTSV(zr)
}

// runTrainSyntax trains the segmenter and tagger ('train pos') or the
// whole pipeline with the parser ('train parse') and reports the dev scores.
func runTrainSyntax(ctx context.Context, env *Env, args []string, parse bool) error {
	name := "train pos"
	if parse {
		name = "train parse"
	}
	fs := newFlagSet(env, name, trainSyntaxUsage)
	lexPath := fs.String("lexicon", "", "lexicon `file` from 'marsad train lexicon'")
	out := fs.String("out", "", "output model `file`")
	permissive := fs.Bool("permissive", false, "train on UD Arabic-PUD alone (CC BY-SA), leaving out PADT (CC BY-NC-SA)")
	udDir := fs.String("ud", filepath.Join("..", "shared", "data", "ud"), "`directory` holding UD_Arabic-PADT-v1.3 and UD_Arabic-PUD")
	epochs := fs.Int("epochs", 10, "tagger epochs")
	pepochs := fs.Int("parser-epochs", 10, "parser epochs")
	beam := fs.Int("beam", 1, "parser beam width (1: greedy)")
	seed := fs.Uint64("seed", 1, "random seed")
	withDev := fs.Bool("with-dev", false, "train on the dev part too (once the settings are chosen on it; dev scores are then not reported)")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *lexPath == "" || *out == "" {
		return usageError("want --lexicon FILE --out FILE")
	}
	lex, err := readLexicon(*lexPath)
	if err != nil {
		return err
	}
	cfg := syntax.TrainConfig{
		PUD:          filepath.Join(*udDir, "UD_Arabic-PUD", "ar_pud-ud-test.conllu"),
		Lexicon:      lex,
		TaggerEpochs: *epochs, ParserEpochs: *pepochs, Beam: *beam, Seed: *seed,
		TaggerOnly: !parse,
		Log:        env.Stderr,
	}
	if !*permissive {
		padt := filepath.Join(*udDir, "UD_Arabic-PADT-v1.3")
		cfg.PADT = []string{filepath.Join(padt, "ar-ud-dev.conllu"), filepath.Join(padt, "ar-ud-test.conllu")}
	}
	tb, err := syntax.LoadTreebanks(ctx, cfg)
	if err != nil {
		return err
	}
	dev := tb.Dev
	if *withDev {
		tb.Train = append(tb.Train, tb.Dev...)
		dev = nil
	}
	m, err := syntax.Train(ctx, cfg, tb)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	padt, pud := splitTreebank(dev)
	for _, set := range []struct {
		name  string
		sents []syntax.Tagged
	}{{"PADT dev", padt}, {"PUD dev", pud}} {
		if len(set.sents) == 0 {
			continue
		}
		gold, err := syntax.EvaluateGold(m, set.sents)
		if err != nil {
			return err
		}
		raw, err := syntax.EvaluateRaw(m, set.sents)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s (%d words)\n", set.name, gold.Words.Gold)
		writeUDScores(env.Stdout, gold, &raw)
	}
	return nil
}

// splitTreebank separates PADT sentences from PUD ones.
func splitTreebank(sents []syntax.Tagged) (padt, pud []syntax.Tagged) {
	for _, s := range sents {
		if s.PUD {
			pud = append(pud, s)
		} else {
			padt = append(padt, s)
		}
	}
	return padt, pud
}

// writeUDScores prints a table of scores with gold segmentation and, when
// raw is not nil, from raw text.
func writeUDScores(w io.Writer, gold ud.Scores, raw *ud.Scores) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\tTokens\tWords\tUPOS\tUFeats\tLemmas\tUAS\tLAS\t")
	fmt.Fprintf(tw, "gold segmentation\t\t\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t\n", gold.UPOS.F1(), gold.UFeats.F1(), gold.Lemmas.F1(), gold.UAS.F1(), gold.LAS.F1())
	if raw != nil {
		fmt.Fprintf(tw, "raw text\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t\n", raw.Tokens.F1(), raw.Words.F1(), raw.UPOS.F1(), raw.UFeats.F1(), raw.Lemmas.F1(), raw.UAS.F1(), raw.LAS.F1())
	}
	tw.Flush()
}

// runEvalUD scores the tagger and parser on a CoNLL-U file.
func runEvalUD(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval ud", evalUDUsage)
	var paths stringList
	fs.Var(&paths, "conllu", "CoNLL-U `file` with the gold analysis (repeatable: the files are scored together)")
	raw := fs.Bool("raw", false, "also score from the raw text of each sentence: segmentation, then tags and trees")
	asJSON := fs.Bool("json", false, "print JSON")
	modelPath := fs.String("model", "", "model `file` (default: the embedded model)")
	part := fs.String("part", "all", "score only the documents of this `part` of Marsad's split (all, train, dev, test)")
	bank := fs.String("treebank", "auto", "conventions of the file: padt (UD Arabic-PADT v1.3, harmonised to UD v2), pud (UD Arabic-PUD), v2 (used as it is), or auto")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError("want --conllu FILE")
	}
	path := strings.Join(paths, " + ")
	m, err := loadSyntaxModel(*modelPath)
	if err != nil {
		return err
	}
	var sents []ud.Sentence
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		s, err := ud.Read(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		sents = append(sents, s...)
	}
	kind := *bank
	if kind == "auto" {
		kind = detectTreebank(sents)
	}
	docs := ud.Documents(sents)
	var set []syntax.Tagged
	for i := range sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		if *part != "all" && ud.SplitOf(docs[i]).String() != *part {
			continue
		}
		s := sents[i]
		switch kind {
		case "padt":
			ud.HarmonizePADT(&s)
			ud.Detokenize(&s)
		case "pud":
			forms := make([]string, len(s.Words))
			for k := range s.Words {
				forms[k] = s.Words[k].Form
			}
			ud.GroupSpaceAfter(&s, forms)
			ud.HarmonizePUD(&s)
		case "v2":
		default:
			return usageError("unknown --treebank %q", kind)
		}
		set = append(set, syntax.Tagged{Sentence: s, PUD: kind == "pud"})
	}
	if len(set) == 0 {
		return fmt.Errorf("eval ud: no sentence of %s is in part %q", path, *part)
	}
	gold, err := syntax.EvaluateGold(m, set)
	if err != nil {
		return err
	}
	var rawScores *ud.Scores
	if *raw {
		r, err := syntax.EvaluateRaw(m, set)
		if err != nil {
			return err
		}
		rawScores = &r
	}
	if *asJSON {
		out := map[string]any{
			"file": path, "part": *part, "treebank": kind, "sentences": len(set), "words": gold.Words.Gold,
			"model": m.Info.Data, "licence": m.Info.Licence,
			"upos": gold.UPOS.F1(), "ufeats": gold.UFeats.F1(), "lemmas": gold.Lemmas.F1(), "uas": gold.UAS.F1(), "las": gold.LAS.F1(),
		}
		if rawScores != nil {
			out["raw"] = map[string]float64{
				"tokens": rawScores.Tokens.F1(), "words": rawScores.Words.F1(), "upos": rawScores.UPOS.F1(),
				"ufeats": rawScores.UFeats.F1(), "lemmas": rawScores.Lemmas.F1(), "uas": rawScores.UAS.F1(), "las": rawScores.LAS.F1(),
			}
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	fmt.Fprintf(env.Stdout, "%s (%s, part %s): %d sentences, %d words; model: %s (%s)\n", path, kind, *part, len(set), gold.Words.Gold, m.Info.Data, m.Info.Licence)
	writeUDScores(env.Stdout, gold, rawScores)
	return nil
}

// detectTreebank guesses the conventions of a CoNLL-U file: UD v1
// relations (dobj) mean PADT v1.3; SpaceAfter marks without multiword
// tokens mean PUD; anything else is used as it is.
func detectTreebank(sents []ud.Sentence) string {
	spaceAfter := false
	for _, s := range sents {
		if len(s.MWTs) > 0 {
			return "v2"
		}
		for _, w := range s.Words {
			if w.Rel == "dobj" || w.UPOS == "CONJ" {
				return "padt"
			}
			if strings.Contains(w.Misc, "SpaceAfter=No") {
				spaceAfter = true
			}
		}
	}
	if spaceAfter {
		return "pud"
	}
	return "v2"
}

// loadSyntaxModel reads a model file, or the embedded model for "".
func loadSyntaxModel(path string) (*syntax.Model, error) {
	if path == "" {
		return syntax.DefaultModel()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadModel(f)
}
