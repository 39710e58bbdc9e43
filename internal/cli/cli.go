package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
)

// Env is what a subcommand may touch of the outside world.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Logger *slog.Logger
	// Getenv reads an environment variable; nil: none is set.
	Getenv func(string) string
}

// getenv reads an environment variable through e.Getenv.
func (e *Env) getenv(name string) string {
	if e.Getenv == nil {
		return ""
	}
	return e.Getenv(name)
}

// commands is the table of subcommands, each in a file of its own; their
// one-line descriptions are in summaries.
var commands = map[string]func(ctx context.Context, env *Env, args []string) error{
	"ingest":    runIngest,
	"search":    runSearch,
	"stats":     runStats,
	"export":    runExport,
	"reanalyze": runReanalyze,
	"demo":      runDemo,
	"bench":     runBench,
	"analyze":   runAnalyze,
	"version":   runVersion,
	"eval":      runEval,
	"ner":       runNER,
	"train":     runTrain,
	"serve":     runServe,
}

// summaries describes each command (and sub-command) in one line, for
// 'marsad help' and each --help.
var summaries = map[string]string{
	"ingest":            "analyse and store files, directories, JSON Lines (.gz), WARC/WET, URLs and feeds",
	"search":            "full-text Arabic search of a store",
	"stats":             "counts of a store",
	"export":            "write a store out: articles, quotes, events or places as JSON Lines, CSV or GeoJSON",
	"reanalyze":         "re-run the analysis over every stored raw input",
	"demo":              "ingest the bundled sample of 2,109 articles into a temporary store and serve it",
	"bench":             "measure throughput (per CPU-second) and memory on a news corpus",
	"analyze":           "analyse articles (a file, a URL, - for standard input) and print JSON, a text report or their parse (CoNLL-U)",
	"version":           "print the version (module version, revision and time of the build)",
	"eval":              "score the analysis against gold data (sub-commands gold, detect, ner, plover, timex, ud)",
	"eval gold":         "score the analysis against gold files in the format of ../shared/eval/FORMAT.md",
	"eval detect":       "event detection precision and recall on sentences labelled for an event type (CSV)",
	"eval ner":          "CoNLL exact-span precision, recall and F1 per type of the entity tagger",
	"eval plover":       "event category and actor-code accuracy on a PLOVER gold set",
	"eval timex":        "temporal expressions against TimeML TIMEX3 gold",
	"eval ud":           "segmentation, parts of speech, features, lemmas and dependency trees against a Universal Dependencies treebank (CoNLL 2018 metrics)",
	"ner":               "tag a CoNLL file with the named-entity tagger (token, gold, predicted)",
	"train":             "train the models: named entities, word clusters, gazetteer, name lists, the syntax lexicon, tagger and parser, the topic model (sub-commands ner, clusters, gazetteer, names, given-names, lexicon, pos, parse, topics)",
	"train ner":         "train the named-entity tagger on a CoNLL file",
	"train clusters":    "train word classes on a news corpus",
	"train gazetteer":   "build the place gazetteer (entity, geo and actor read it) from the shared data",
	"train names":       "mine person names from a news corpus",
	"train given-names": "mine given names from a news corpus",
	"train lexicon":     "count the words of a news corpus and group them into classes, for the segmenter, tagger and parser",
	"train pos":         "train the segmenter and the part-of-speech and feature tagger on the UD Arabic treebanks",
	"train parse":       "train the segmenter, tagger and dependency parser on the UD Arabic treebanks",
	"train topics":      "train the topic model (news, sport, culture) on the sections of a news corpus",
	"train confidence":  "fit the confidence models of quotes and events to gold files, with a cross-validated reliability table",
	"serve":             "serve the web UI and the JSON API over a store",
}

// errUsage marks an error in the command line itself (exit status 2).
var errUsage = errors.New("usage")

// usageError wraps a message as a usage error.
func usageError(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, a...))
}

// Main runs the command line args (without the program name) and returns the
// process exit status: 0 success, 1 failure, 2 bad usage.
//
// Flags may stand anywhere on the line, before or after the operands and
// even before the command ("--" ends the flags); "marsad help COMMAND" and
// "marsad COMMAND --help" print a command's usage on standard output.
func Main(ctx context.Context, args []string, env *Env) int {
	if env.Logger == nil {
		env.Logger = slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if len(args) == 0 {
		printUsage(env.Stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help":
		printUsage(env.Stdout)
		return 0
	case "help":
		if len(args) == 1 {
			printUsage(env.Stdout)
			return 0
		}
		args = append(args[1:], "--help")
	case "-version", "--version":
		args = []string{"version"}
	}
	args = commandFirst(args)
	run, ok := commands[args[0]]
	if !ok {
		if strings.HasPrefix(args[0], "-") {
			fmt.Fprintf(env.Stderr, "marsad: no command given (flags go with a command: marsad COMMAND [flags]; run 'marsad help')\n")
		} else {
			fmt.Fprintf(env.Stderr, "marsad: unknown command %q%s (run 'marsad help')\n", args[0], didYouMean(args[0]))
		}
		return 2
	}
	err := run(ctx, env, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(env.Stderr, "marsad %s: %v\n", args[0], err)
		return 2
	default:
		fmt.Fprintf(env.Stderr, "marsad %s: %v\n", args[0], err)
		return 1
	}
}

// commandFirst moves the first word that names a command to the front, so
// that flags may also come before the command ("marsad --db x.db stats").
func commandFirst(args []string) []string {
	if _, ok := commands[args[0]]; ok || !strings.HasPrefix(args[0], "-") {
		return args
	}
	for i, a := range args {
		if a == "--" {
			break
		}
		if _, ok := commands[a]; ok {
			return append(append([]string{a}, args[:i]...), args[i+1:]...)
		}
	}
	return args
}

// didYouMean suggests the command a mistyped name is closest to.
func didYouMean(name string) string {
	for n := range commands {
		if strings.HasPrefix(n, name) || strings.HasPrefix(name, n) {
			return fmt.Sprintf("; did you mean %q?", n)
		}
	}
	return ""
}

// StdEnv is the Env of a real process.
func StdEnv() *Env {
	return &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "marsad — Arabic news to structured data\n\nUsage: marsad COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, summaries[n])
	}
	fmt.Fprintln(w, "\nFlags may come before or after the arguments; -- ends them.\nRun 'marsad help COMMAND' or 'marsad COMMAND --help' for a command's flags; 'marsad --version' for the version.")
}

// newFlagSet returns the flag set of a command: errors are returned, not
// printed, and --help prints the usage line and the flags on standard
// output.
func newFlagSet(env *Env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet("marsad "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		w := env.Stdout
		fmt.Fprintln(w, strings.TrimSpace("Usage: marsad "+name+" "+usage))
		if sum, ok := summaries[name]; ok {
			fmt.Fprintf(w, "\n%s.\n", strings.ToUpper(sum[:1])+sum[1:])
		}
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n == 0 {
			return
		}
		fmt.Fprintf(w, "\nFlags (anywhere on the line; -- ends them):\n")
		fs.VisitAll(func(f *flag.Flag) {
			arg, text := flag.UnquoteUsage(f)
			line := "  --" + f.Name
			if arg != "" {
				line += " " + arg
			}
			fmt.Fprintf(w, "%s\n      %s", line, text)
			switch f.DefValue {
			case "", "0", "false", "[]", "0s":
			default:
				fmt.Fprintf(w, " (default %s)", f.DefValue)
			}
			fmt.Fprintln(w)
		})
	}
	return fs
}

// parseFlags parses args — flags and operands in any order, "--" ending
// the flags — so that fs.Args() holds the operands. Flag errors become
// usage errors with a hint; --help prints the usage and returns
// flag.ErrHelp.
func parseFlags(fs *flag.FlagSet, args []string) error {
	usage := fs.Usage
	fs.Usage = func() {}
	defer func() { fs.Usage = usage }()
	flags, operands := splitArgs(fs, args)
	if err := fs.Parse(flags); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage()
			return err
		}
		hint := ""
		if strings.Contains(err.Error(), "not defined") {
			hint = "; an argument that starts with - goes after --"
		}
		return fmt.Errorf("%w: %v (run '%s --help'%s)", errUsage, err, fs.Name(), hint)
	}
	return fs.Parse(append([]string{"--"}, append(fs.Args(), operands...)...))
}

// parseFlagsOnly is parseFlags for a command that takes no operands.
func parseFlagsOnly(fs *flag.FlagSet, args []string) error {
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("unexpected argument %q: '%s' takes flags only (run '%s --help')", fs.Arg(0), fs.Name(), fs.Name())
	}
	return nil
}

// splitArgs separates flags (with their values) from operands. A word is a
// flag when it starts with one or two dashes and an ASCII letter, so "-"
// (standard input), "-5" and an excluded search word such as "-سوريا"
// are operands. A flag that takes a value takes the next word unless it
// was given as --name=value.
func splitArgs(fs *flag.FlagSet, args []string) (flags, operands []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return flags, append(operands, args[i+1:]...)
		}
		name, ok := flagName(a)
		if !ok {
			operands = append(operands, a)
			continue
		}
		flags = append(flags, a)
		if strings.Contains(a, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // fs.Parse reports it
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, operands
}

// flagName returns the name of a flag word ("--db=x" → "db").
func flagName(a string) (string, bool) {
	name := strings.TrimPrefix(a, "-")
	name = strings.TrimPrefix(name, "-")
	if name == a || name == "" {
		return "", false
	}
	if c := name[0]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
		return "", false
	}
	name, _, _ = strings.Cut(name, "=")
	return name, true
}
