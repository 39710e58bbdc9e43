package cli

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/marsad/marsad/extract/topic"
)

const trainTopicsUsage = "--news FILE[.gz] --out FILE.tsv.gz [--exclude DIR]…"

// runTrainTopics trains the topic model on the sections of a news corpus,
// leaving out the articles of the gold sets, and reports its accuracy on
// the held-out tenth.
func runTrainTopics(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "train topics", trainTopicsUsage)
	news := fs.String("news", "", "news corpus `file` (JSON Lines with id, category, title, text; .gz allowed)")
	out := fs.String("out", "", "output `file` (.tsv.gz)")
	var excl stringList
	fs.Var(&excl, "exclude", "`directory` of gold files whose articles are left out (repeatable; default: testdata/gold and ../shared/eval/gold)")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *news == "" || *out == "" {
		return usageError("want --news FILE --out FILE")
	}
	if len(excl) == 0 {
		excl = stringList{filepath.Join("testdata", "gold"), filepath.Join("..", "shared", "eval", "gold")}
	}
	ids := map[string]bool{}
	for _, dir := range excl {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			var g struct{ ID string }
			if json.Unmarshal(b, &g) == nil && g.ID != "" {
				ids[g.ID] = true
			}
		}
	}
	m, rep, err := topic.Train(ctx, *news, topic.TrainOptions{Exclude: ids})
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err := m.Write(zw); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "trained on %d articles (%d gold articles left out); held-out accuracy %.4f on %d\n", rep.Train, len(ids), rep.Accuracy, rep.Test)
	golds := make([]string, 0, len(rep.Confusion))
	for g := range rep.Confusion {
		golds = append(golds, g)
	}
	sort.Strings(golds)
	for _, g := range golds {
		fmt.Fprintf(env.Stdout, "  %-8s %v\n", g, rep.Confusion[g])
	}
	return nil
}
