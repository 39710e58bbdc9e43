package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/marsad/marsad/extract/timex"
)

const evalTimexUsage = "--dir DIR [--ref YYYY-MM-DD] [--vague=false] [--show N]"

// omaniDCT is the reference date of the Omani TimeML test set. Its files
// carry no DCT; every اليوم/أمس/غدا in them resolves to 2015-12-24/23/25,
// so the annotations were made against that date.
const omaniDCT = "2015-12-24"

// runEvalTimex scores timex.Find against a directory of TimeML (.tml)
// files: extent precision, recall and F1 (strict and overlapping), and
// value and type accuracy per gold TIMEX3 type over the overlapping
// matches. A file's DCT, if it has one, is its reference date; otherwise
// --ref is.
func runEvalTimex(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval timex", evalTimexUsage)
	dir := fs.String("dir", "", "`directory` of TimeML .tml files")
	refFlag := fs.String("ref", omaniDCT, "reference `date` (YYYY-MM-DD) for files without a DCT")
	vague := fs.Bool("vague", true, "also report vague references (PRESENT_REF, PAST_REF …) and frequency adjectives, as TimeML annotates them")
	show := fs.Int("show", 0, "print up to `N` misses, value mismatches and extra expressions")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		return usageError("--dir is required")
	}
	ref, err := time.Parse(time.DateOnly, *refFlag)
	if err != nil {
		return usageError("--ref %q is not a date of the form YYYY-MM-DD", *refFlag)
	}
	files, err := filepath.Glob(filepath.Join(*dir, "*.tml"))
	if err != nil {
		return fmt.Errorf("cli: eval timex: %w", err)
	}
	if len(files) == 0 {
		return fmt.Errorf("cli: eval timex: no .tml files in %s", *dir)
	}
	sort.Strings(files)
	var sc timex.Score
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("cli: eval timex: %w", err)
		}
		doc, err := timex.ParseTimeML(data)
		if err != nil {
			return fmt.Errorf("cli: eval timex: %s: %w", filepath.Base(f), err)
		}
		r := ref
		if t, err := time.Parse(time.DateOnly, doc.DCT); err == nil {
			r = t
		}
		sc.Add(filepath.Base(f), doc.Timexes, timex.FindOptions(doc.Text, r, timex.Options{Vague: *vague}))
	}
	writeTimexScore(env.Stdout, &sc, len(files), *show)
	return nil
}

// writeTimexScore prints the figures of sc as a text table.
func writeTimexScore(w io.Writer, sc *timex.Score, files, show int) {
	fmt.Fprintf(w, "files %d, gold TIMEX3 %d, system %d\n", files, sc.Gold, sc.System)
	for _, m := range []struct {
		name string
		n    int
	}{{"strict", sc.Strict}, {"overlap", sc.Overlap}} {
		p, r, f := sc.PRF(m.n)
		fmt.Fprintf(w, "extent %-8s P %.3f  R %.3f  F1 %.3f  (%d)\n", m.name, p, r, f, m.n)
	}
	fmt.Fprintf(w, "\n%-9s %5s %8s %12s %12s\n", "type", "gold", "matched", "value acc", "type acc")
	types := make([]string, 0, len(sc.ByType))
	for t := range sc.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	var all timex.TypeScore
	for _, t := range types {
		ts := sc.ByType[t]
		all.Gold += ts.Gold
		all.Matched += ts.Matched
		all.Value += ts.Value
		all.Type += ts.Type
		fmt.Fprintf(w, "%-9s %5d %8d %12s %12s\n", t, ts.Gold, ts.Matched, ratio(ts.Value, ts.Matched), ratio(ts.Type, ts.Matched))
	}
	fmt.Fprintf(w, "%-9s %5d %8d %12s %12s\n", "all", all.Gold, all.Matched, ratio(all.Value, all.Matched), ratio(all.Type, all.Matched))
	if show > 0 && len(sc.Notes) > 0 {
		fmt.Fprintln(w)
		for _, n := range sc.Notes[:min(show, len(sc.Notes))] {
			fmt.Fprintln(w, n)
		}
	}
}

// ratio formats a/b with three decimals and the count, or "-" when b is 0.
func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%d)", float64(a)/float64(b), a)
}
