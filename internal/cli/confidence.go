package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/eval"
	"github.com/marsad/marsad/internal/calib"
)

const trainConfidenceUsage = "--gold DIR|FILE… [--out DIR] [--shared DIR]"

// runTrainConfidence fits the confidence models of the quote and event
// layers to their items scored against gold files, reports a
// cross-validated reliability table (by article) and writes the models.
func runTrainConfidence(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "train confidence", trainConfidenceUsage)
	var golds stringList
	fs.Var(&golds, "gold", "gold `file` or directory (repeatable)")
	out := fs.String("out", "extract", "`directory` holding quote/data and event/data, where confidence.tsv is written")
	shared := fs.String("shared", "", "the shared/ `directory` gold \"file\" paths are relative to")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	paths, err := goldPaths(golds)
	if err != nil || len(paths) == 0 {
		return usageError("want --gold DIR|FILE")
	}
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		return err
	}
	type article struct{ quotes, events []calib.Example }
	var arts []article
	for _, p := range paths {
		g, an, err := analyseGold(ctx, az, p, *shared)
		if err != nil {
			return err
		}
		r := eval.Score(g, an)
		var a article
		for i, s := range r.Quotes.Scored {
			a.quotes = append(a.quotes, calib.Example{Features: an.Quotes[i].Features(), Right: s.Right})
		}
		for i, s := range r.Events.Scored {
			a.events = append(a.events, calib.Example{Features: an.Events[i].Features(), Right: s.Right})
		}
		arts = append(arts, a)
	}
	for _, layer := range []struct {
		name string
		get  func(article) []calib.Example
	}{{"quote", func(a article) []calib.Example { return a.quotes }}, {"event", func(a article) []calib.Example { return a.events }}} {
		var all []calib.Example
		for _, a := range arts {
			all = append(all, layer.get(a)...)
		}
		// Cross-validation by article: five folds.
		var scores []float64
		var right []bool
		for k := 0; k < 5; k++ {
			var train []calib.Example
			for i, a := range arts {
				if i%5 != k {
					train = append(train, layer.get(a)...)
				}
			}
			m := calib.Train(train, confidenceL2, confidenceIters)
			for i, a := range arts {
				if i%5 == k {
					for _, e := range layer.get(a) {
						scores = append(scores, m.Score(e.Features))
						right = append(right, e.Right)
					}
				}
			}
		}
		fmt.Fprintf(env.Stdout, "%s: %d items from %d articles; cross-validated reliability:", layer.name, len(all), len(arts))
		for _, b := range calib.Reliability(scores, right, eval.ReliabilityBounds) {
			p := 0.0
			if b.Items > 0 {
				p = float64(b.Right) / float64(b.Items)
			}
			fmt.Fprintf(env.Stdout, "  [%.1f,%.1f) %d, %d right (%.2f)", b.Lo, min(b.Hi, 1), b.Items, b.Right, p)
		}
		fmt.Fprintln(env.Stdout)
		m := calib.Train(all, confidenceL2, confidenceIters)
		path := filepath.Join(*out, layer.name, "data", "confidence.tsv")
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		fmt.Fprintf(f, "# Confidence model of the %s layer: logistic weights over the features of\n# extract/%s (Features), fitted by 'marsad train confidence' to %d items of\n# %d gold articles (README, Accuracy).\n", layer.name, layer.name, len(all), len(arts))
		if err := m.Write(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// The confidence models' L2 penalty and gradient steps.
const (
	confidenceL2    = 2.0
	confidenceIters = 2000
)
