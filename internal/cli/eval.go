package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/eval"
)

const evalGoldUsage = "[--json] [--shared DIR] DIR|FILE…"

// evalCommands are the sub-commands of "marsad eval", by name.
var evalCommands = map[string]func(ctx context.Context, env *Env, args []string) error{
	"gold":   runEvalGold,
	"detect": runEvalDetect,
	"ner":    runEvalNER,
	"plover": runEvalPlover,
	"timex":  runEvalTimex,
	"ud":     runEvalUD,
}

// runEval dispatches "marsad eval SUB …" to evalCommands.
func runEval(ctx context.Context, env *Env, args []string) error {
	names := make([]string, 0, len(evalCommands))
	for n := range evalCommands {
		names = append(names, n)
	}
	slices.Sort(names)
	return dispatch(ctx, env, "eval", evalCommands, args)
}

// runEvalGold analyses the input of every gold file given (a directory
// means its *.json files), scores the analysis against the gold and prints
// one report per file and the totals, as text or (--json) as an
// eval.Summary. Scores are information: the exit status is 0 whenever
// scoring ran.
func runEvalGold(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "eval gold", evalGoldUsage)
	asJSON := fset.Bool("json", false, "print JSON (files and totals) instead of text tables")
	shared := fset.String("shared", "", "the shared/ `directory` gold \"file\" paths are relative to (default: found by walking up from each gold file)")
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	operands := fset.Args()
	if len(operands) == 0 {
		return usageError("no gold files or directories given")
	}
	paths, err := goldPaths(operands)
	if err != nil {
		return err
	}
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		return err
	}
	reports := make([]*eval.Report, 0, len(paths))
	for _, p := range paths {
		r, err := scoreGoldFile(ctx, az, p, *shared)
		if err != nil {
			return err
		}
		reports = append(reports, r)
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(eval.Summarize(reports))
	}
	for _, r := range reports {
		if err := r.WriteText(env.Stdout); err != nil {
			return err
		}
		if _, err := fmt.Fprintln(env.Stdout); err != nil {
			return err
		}
	}
	return eval.Total(reports).WriteText(env.Stdout)
}

// goldPaths expands the operands: a directory stands for its *.json files
// (sorted), a file for itself.
func goldPaths(operands []string) ([]string, error) {
	var paths []string
	for _, op := range operands {
		st, err := os.Stat(op)
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", op, err)
		}
		if !st.IsDir() {
			paths = append(paths, op)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(op, "*.json"))
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", op, err)
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("gold %s: no *.json gold files in the directory", op)
		}
		slices.Sort(matches)
		paths = append(paths, matches...)
	}
	return paths, nil
}

// scoreGoldFile loads one gold file, analyses its input and scores it.
func scoreGoldFile(ctx context.Context, az *marsad.Analyzer, path, shared string) (*eval.Report, error) {
	g, an, err := analyseGold(ctx, az, path, shared)
	if err != nil {
		return nil, err
	}
	return eval.Score(g, an), nil
}

// analyseGold loads one gold file and analyses its input.
func analyseGold(ctx context.Context, az *marsad.Analyzer, path, shared string) (*eval.Gold, *marsad.Analysis, error) {
	g, err := eval.LoadGold(path)
	if err != nil {
		return nil, nil, err
	}
	in, err := resolveGoldInput(g.File, path, shared)
	if err != nil {
		return nil, nil, err
	}
	data, err := os.ReadFile(in)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: input: %w", path, err)
	}
	ref, err := g.Reference()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	an, err := az.Analyze(ctx, marsad.Input{Data: data, Name: in, Format: goldFormat(g.Format), ReferenceDate: ref})
	if err != nil {
		return nil, nil, fmt.Errorf("%s: analysing %s: %w", path, in, err)
	}
	return g, an, nil
}

// resolveGoldInput finds the input file of a gold file. file is relative
// to the shared/ directory; tried in order: shared/file when --shared is
// given; D/file for D the gold file's directory and each directory above
// it; and file's base name beside the gold file.
func resolveGoldInput(file, goldPath, shared string) (string, error) {
	if filepath.IsAbs(file) {
		return "", fmt.Errorf("%s: file %q must be relative to the shared directory", goldPath, file)
	}
	var tried []string
	try := func(p string) bool {
		tried = append(tried, p)
		st, err := os.Stat(p)
		return err == nil && !st.IsDir()
	}
	if shared != "" {
		if p := filepath.Join(shared, file); try(p) {
			return p, nil
		}
	}
	dir, err := filepath.Abs(filepath.Dir(goldPath))
	if err != nil {
		return "", fmt.Errorf("%s: %w", goldPath, err)
	}
	for d := dir; ; {
		if p := filepath.Join(d, file); try(p) {
			return p, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	if p := filepath.Join(dir, filepath.Base(file)); try(p) {
		return p, nil
	}
	return "", fmt.Errorf("%s: input %q not found (give --shared DIR); tried %s: %w",
		goldPath, file, strings.Join(tried, ", "), fs.ErrNotExist)
}

// goldFormat maps a gold "format" to the document format ("" detects).
func goldFormat(f string) document.Format {
	switch document.Format(strings.ToLower(strings.TrimSpace(f))) {
	case document.FormatText:
		return document.FormatText
	case document.FormatHTML:
		return document.FormatHTML
	case document.FormatJSON:
		return document.FormatJSON
	}
	return document.FormatAuto
}
