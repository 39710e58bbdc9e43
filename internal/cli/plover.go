package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/eval"
)

// runEvalPlover scores event coding on a PLOVER gold set: each sentence is
// analysed as a one-paragraph document dated by the set.
func runEvalPlover(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval plover", "--jsonl FILE [--json]")
	path := fs.String("jsonl", "", "PLOVER gold set in JSON Lines (e.g. ../shared/data/events/plover-gsr/dev.jsonl)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *path == "" {
		return usageError("--jsonl FILE is required")
	}
	f, err := os.Open(*path)
	if err != nil {
		return err
	}
	defer f.Close()
	set, err := eval.ReadPlover(f)
	if err != nil {
		return err
	}
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		return err
	}
	rep := eval.NewPloverReport()
	for _, s := range set {
		if err := ctx.Err(); err != nil {
			return err
		}
		ref, _ := time.Parse("20060102", s.Date)
		art := &document.Article{ID: s.ID, Body: s.Text, Paragraphs: []document.Paragraph{{Start: 0, End: len(s.Text), Kind: document.KindText}}}
		an, err := az.AnalyzeArticle(ctx, art, ref)
		if err != nil {
			return fmt.Errorf("sentence %s: %w", s.ID, err)
		}
		rep.Add(s, an.Events)
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return rep.WriteText(env.Stdout)
}
