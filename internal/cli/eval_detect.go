package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/eval"
)

// detectResult is the JSON output of "marsad eval detect": one report per
// event type, in the order the sets name them.
type detectResult struct {
	Reports []*eval.DetectionReport `json:"reports"`
}

// runEvalDetect measures event detection on labelled sentences: each
// sentence is analysed by the whole analyzer as a one-paragraph article
// (as "eval plover" does), and counts as detected when an event of its
// labelled type comes out.
func runEvalDetect(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval detect", "--csv FILE… [--json]")
	var files stringList
	fs.Var(&files, "csv", "event-detection set in `CSV` (id, event_type, label, text; e.g. ../shared/data/events/event-detection/assault.csv); repeatable")
	asJSON := fs.Bool("json", false, "print the reports as JSON")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError("--csv FILE is required")
	}
	var set []eval.DetectionSentence
	for _, p := range files {
		s, err := readDetectionFile(p)
		if err != nil {
			return err
		}
		set = append(set, s...)
	}
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		return err
	}
	var res detectResult
	byType := map[string]*eval.DetectionReport{}
	for _, s := range set {
		if err := ctx.Err(); err != nil {
			return err
		}
		r := byType[s.EventType]
		if r == nil {
			r = eval.NewDetectionReport(s.EventType)
			byType[s.EventType] = r
			res.Reports = append(res.Reports, r)
		}
		art := &document.Article{ID: s.ID, Body: s.Text, Paragraphs: []document.Paragraph{{Start: 0, End: len(s.Text), Kind: document.KindText}}}
		an, err := az.AnalyzeArticle(ctx, art, time.Time{}) // no date: relative times stay unresolved
		if err != nil {
			return fmt.Errorf("sentence %s: %w", s.ID, err)
		}
		if err := r.Add(s, eval.Detected(an.Events, s.EventType)); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	for i, r := range res.Reports {
		if i > 0 {
			if _, err := fmt.Fprintln(env.Stdout); err != nil {
				return err
			}
		}
		if err := r.WriteText(env.Stdout); err != nil {
			return err
		}
	}
	return nil
}

// readDetectionFile reads one event-detection set.
func readDetectionFile(path string) ([]eval.DetectionSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	set, err := eval.ReadDetection(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return slices.Clip(set), nil
}
