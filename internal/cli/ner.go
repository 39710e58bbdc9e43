package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/marsad/marsad/arabic/syntax"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/gazetteer"
)

const (
	nerUsage           = "--conll FILE [--model DIR]"
	trainNamesUsage    = "--news FILE[.gz] --model DIR --out FILE"
	trainGivenUsage    = "--news FILE[.gz] --model DIR [--namedb FILE] --out FILE"
	trainNERUsage      = "--train FILE [--dev FILE] --out DIR [--epochs N] [--seed S] [--refit=false] [--o-bias=false] [--clusters FILE] [--names FILE]"
	trainClustersUsage = "--news FILE[.gz] --out FILE[.gz] [--seed S]"
	trainGazUsage      = "--shared DIR --out FILE [--curated FILE]"
)

// runNER tags a CoNLL file and writes token TAB gold TAB predicted lines.
func runNER(ctx context.Context, env *Env, args []string) error {
	sents, pred, err := tagCoNLLArgs(ctx, env, "ner", args)
	if err != nil {
		return err
	}
	return entity.WriteCoNLL(env.Stdout, sents, pred)
}

// runEvalNER tags a CoNLL file and prints conlleval-style exact-span
// precision, recall and F1 per type and micro-averaged.
func runEvalNER(ctx context.Context, env *Env, args []string) error {
	sents, pred, err := tagCoNLLArgs(ctx, env, "eval ner", args)
	if err != nil {
		return err
	}
	gold := make([][]string, len(sents))
	for i, s := range sents {
		gold[i] = s.Tags
	}
	sc, err := entity.Evaluate(gold, pred)
	if err != nil {
		return err
	}
	return sc.Report(env.Stdout)
}

// tagCoNLLArgs parses the --conll and --model flags shared by `marsad ner`
// and `marsad eval ner`, then tags the file.
func tagCoNLLArgs(ctx context.Context, env *Env, name string, args []string) ([]entity.Sentence, [][]string, error) {
	fs := newFlagSet(env, name, nerUsage)
	in := fs.String("conll", "", "CoNLL `file` to tag (token TAB gold tag; - for standard input)")
	dir := fs.String("model", "", "model `directory` from 'marsad train ner' (default: the embedded model)")
	if err := parseFlagsOnly(fs, args); err != nil {
		return nil, nil, err
	}
	if *in == "" {
		return nil, nil, usageError("--conll is required")
	}
	return tagCoNLL(ctx, env, *in, *dir)
}

func tagCoNLL(ctx context.Context, env *Env, in, dir string) ([]entity.Sentence, [][]string, error) {
	sents, err := readCoNLLFile(env, in)
	if err != nil {
		return nil, nil, err
	}
	tg, err := loadTagger(dir)
	if err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	syn, err := syntax.DefaultModel()
	if err != nil {
		return nil, nil, err
	}
	toks := make([][]string, len(sents))
	for i, s := range sents {
		toks[i] = s.Tokens
	}
	// The file is a running text: the document layer sees the sentences
	// around each one, as it did in training. Each sentence gets the
	// syntax model's analysis, as news does.
	return sents, tg.TagSentences(syn, toks), nil
}

func readCoNLLFile(env *Env, path string) ([]entity.Sentence, error) {
	if path == "-" {
		return entity.ReadCoNLL(env.Stdin)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entity.ReadCoNLL(f)
}

// loadTagger loads DIR/ner.model.gz with DIR/clusters.tsv.gz, or the
// embedded model when dir is empty.
func loadTagger(dir string) (*entity.Tagger, error) {
	if dir == "" {
		return entity.DefaultTagger()
	}
	cl, err := readClustersFile(filepath.Join(dir, entity.ClustersFile))
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dir, entity.ModelFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entity.LoadTagger(f, cl)
}

// trainCommands are the sub-commands of "marsad train", by name.
var trainCommands = map[string]func(ctx context.Context, env *Env, args []string) error{
	"ner":         runTrainNER,
	"clusters":    runTrainClusters,
	"gazetteer":   func(_ context.Context, env *Env, args []string) error { return runTrainGazetteer(env, args) },
	"names":       runTrainNames,
	"given-names": runTrainGivenNames,
	"lexicon":     runTrainSyntaxLexicon,
	"topics":      runTrainTopics,
	"confidence":  runTrainConfidence,
	"pos":         func(ctx context.Context, env *Env, args []string) error { return runTrainSyntax(ctx, env, args, false) },
	"parse":       func(ctx context.Context, env *Env, args []string) error { return runTrainSyntax(ctx, env, args, true) },
}

// runTrain dispatches "marsad train SUB …" to trainCommands.
func runTrain(ctx context.Context, env *Env, args []string) error {
	return dispatch(ctx, env, "train", trainCommands, args)
}

func runTrainNER(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "train ner", trainNERUsage)
	trainPath := fs.String("train", "", "training CoNLL `file`")
	devPath := fs.String("dev", "", "dev CoNLL `file` (default: the last 10% of the training sentences)")
	out := fs.String("out", "", "output `directory` for "+entity.ModelFile+" and "+entity.ClustersFile)
	epochs := fs.Int("epochs", 20, "maximum `epochs`")
	seed := fs.Uint64("seed", 1, "shuffling `seed`")
	refit := fs.Bool("refit", true, "after choosing the epochs on dev, train again on train and dev together")
	oBias := fs.Bool("o-bias", true, "lower the O score by a margin chosen on dev (more recall)")
	namesPath := fs.String("names", "", "found-names `file` from 'marsad train names' (lexicon features stored in the model)")
	clPath := fs.String("clusters", "", "word clusters `file` from 'marsad train clusters' (default: the embedded clusters)")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *trainPath == "" || *out == "" {
		return usageError("--train and --out are required")
	}
	if *epochs <= 0 || *seed == 0 {
		return usageError("--epochs and --seed must be positive")
	}
	train, err := readCoNLLFile(env, *trainPath)
	if err != nil {
		return err
	}
	var dev []entity.Sentence
	if *devPath != "" {
		if dev, err = readCoNLLFile(env, *devPath); err != nil {
			return err
		}
	} else {
		cut := len(train) - len(train)/10
		train, dev = train[:cut], train[cut:]
	}
	var cl *entity.Clusters
	var clBytes []byte
	if *clPath != "" {
		if cl, err = readClustersFile(*clPath); err != nil {
			return err
		}
	} else if cl, err = entity.DefaultClusters(); err != nil {
		return err
	}
	if clBytes, err = gzipClusters(cl); err != nil {
		return err
	}
	var names []string
	if *namesPath != "" {
		data, err := os.ReadFile(*namesPath)
		if err != nil {
			return err
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				names = append(names, l)
			}
		}
	}
	syn, err := syntax.DefaultModel()
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "train: %d sentences, dev: %d sentences, clusters: %d words\n", len(train), len(dev), cl.Len())
	start := time.Now()
	tg, res, err := entity.Train(ctx, train, dev, cl, entity.TrainOptions{
		Annotator: syn,
		Epochs:    *epochs,
		Seed:      *seed,
		Refit:     *refit,
		NoOBias:   !*oBias,
		Names:     names,
		EpochObserver: func(layer, epoch, errs int, sc entity.Score) {
			fmt.Fprintf(env.Stderr, "layer %d epoch %2d  wrong sentences %5d  dev P %.4f R %.4f F1 %.4f  (%s)\n",
				layer, epoch, errs, sc.Micro.Precision(), sc.Micro.Recall(), sc.Micro.F1(), time.Since(start).Round(time.Second))
		},
	})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, entity.ModelFile), buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, entity.ClustersFile), clBytes, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "best epochs %v, dev F1 %.4f; %d of %d features kept; model %d bytes\n",
		res.BestEpoch, res.BestDev.Micro.F1(), tg.Features(), res.Features, buf.Len())
	return res.BestDev.Report(env.Stdout)
}

func runTrainClusters(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "train clusters", trainClustersUsage)
	news := fs.String("news", "", "news JSON Lines `file` with a text field (.gz read compressed)")
	out := fs.String("out", "", "output `file` (.gz written compressed)")
	seed := fs.Uint64("seed", 1, "random `seed`")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *news == "" || *out == "" {
		return usageError("--news and --out are required")
	}
	r, closeNews, err := openNews(*news)
	if err != nil {
		return err
	}
	defer closeNews()
	cl, err := entity.BuildClusters(ctx, r, entity.ClusterOptions{Seed: *seed})
	if err != nil {
		return err
	}
	var data []byte
	if strings.HasSuffix(*out, ".gz") {
		data, err = gzipClusters(cl)
	} else {
		var buf bytes.Buffer
		_, err = cl.WriteTo(&buf)
		data = buf.Bytes()
	}
	if err != nil {
		return err
	}
	return os.WriteFile(*out, data, 0o644)
}

func runTrainGazetteer(env *Env, args []string) error {
	fs := newFlagSet(env, "train gazetteer", trainGazUsage)
	dir := fs.String("shared", "", "the shared data `directory` (its data/gazetteer is read)")
	curated := fs.String("curated", filepath.Join("extract", "gazetteer", "data", "curated.tsv"), "curated additions `file`")
	out := fs.String("out", "", "output `file` (extract/gazetteer/data/gazetteer.tsv.gz)")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *dir == "" || *out == "" {
		return usageError("--shared and --out are required")
	}
	f, err := os.Open(*curated)
	if err != nil {
		return err
	}
	defer f.Close()
	var buf bytes.Buffer
	rep, err := gazetteer.Build(*dir, f, &buf)
	if err != nil {
		return err
	}
	for _, r := range rep.Redundant {
		fmt.Fprintf(env.Stderr, "train gazetteer: curated name %s is in a general source already\n", r)
	}
	fmt.Fprintf(env.Stderr, "%d places\n", rep.Entries)
	return os.WriteFile(*out, buf.Bytes(), 0o644)
}

func runTrainNames(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "train names", trainNamesUsage)
	news := fs.String("news", "", "news JSON Lines `file` with a text field (.gz read compressed)")
	dir := fs.String("model", "", "model `directory` to tag with (default: the embedded model)")
	out := fs.String("out", "", "output `file`: TYPE TAB name lines")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *news == "" || *out == "" {
		return usageError("--news and --out are required")
	}
	tg, r, closeNews, err := taggerAndNews(*dir, *news)
	if err != nil {
		return err
	}
	defer closeNews()
	syn, err := syntax.DefaultModel()
	if err != nil {
		return err
	}
	names, err := entity.BuildNames(ctx, r, syn, tg, entity.NamesOptions{})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "%d names\n", len(names))
	return os.WriteFile(*out, []byte(strings.Join(names, "\n")+"\n"), 0o644)
}

// runTrainGivenNames writes extract/entity/data/given_names.txt: the words
// that start the person names a tagger finds in news, and the names of a
// name list (arabic-name-to-en's cases/fullnamedb.js).
func runTrainGivenNames(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "train given-names", trainGivenUsage)
	news := fs.String("news", "", "news JSON Lines `file` with a text field (.gz read compressed)")
	dir := fs.String("model", "", "model `directory` to tag with (default: the embedded model)")
	namedb := fs.String("namedb", "", "name list `file`: cases/fullnamedb.js of the npm package arabic-name-to-en")
	out := fs.String("out", "", "output `file` (extract/entity/data/given_names.txt)")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *news == "" || *out == "" {
		return usageError("--news and --out are required")
	}
	var db []string
	if *namedb != "" {
		f, err := os.Open(*namedb)
		if err != nil {
			return err
		}
		db, err = entity.ReadNameDB(f)
		f.Close()
		if err != nil {
			return err
		}
	}
	tg, r, closeNews, err := taggerAndNews(*dir, *news)
	if err != nil {
		return err
	}
	defer closeNews()
	syn, err := syntax.DefaultModel()
	if err != nil {
		return err
	}
	mined, err := entity.BuildGivenNames(ctx, r, syn, tg, entity.GivenNamesOptions{})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "%d given names from the news, %d from the name list\n", len(mined), len(db))
	var buf bytes.Buffer
	if err := entity.WriteGivenNames(&buf, mined, db); err != nil {
		return err
	}
	return os.WriteFile(*out, buf.Bytes(), 0o644)
}

// taggerAndNews loads the tagger of a model directory ("" for the
// embedded one) and opens the news it is to tag, for the name miners.
func taggerAndNews(dir, news string) (*entity.Tagger, io.Reader, func(), error) {
	tg, err := loadTagger(dir)
	if err != nil {
		return nil, nil, nil, err
	}
	r, closeNews, err := openNews(news)
	if err != nil {
		return nil, nil, nil, err
	}
	return tg, r, closeNews, nil
}

// openNews opens a file (news JSON Lines, clusters), gunzipping a .gz one.
func openNews(path string) (io.Reader, func(), error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, func() { f.Close() }, nil
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return zr, func() { f.Close() }, nil
}

func readClustersFile(path string) (*entity.Clusters, error) {
	r, closeFile, err := openNews(path)
	if err != nil {
		return nil, err
	}
	defer closeFile()
	return entity.ReadClusters(r)
}

// gzipClusters compresses clusters deterministically (no name, no time).
func gzipClusters(cl *entity.Clusters) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := cl.WriteTo(zw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
