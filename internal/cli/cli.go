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

type command struct {
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

// commands is the table of subcommands. Each lives in a file of its own.
var commands = map[string]command{
	"ingest":    {"analyse and store files, directories, JSONL(.gz), WARC, URLs and feeds: ingest [--db PATH|URL] SOURCE…", runIngest},
	"search":    {"full-text Arabic search of a store: search [--db PATH|URL] [--json] QUERY", runSearch},
	"stats":     {"counts of a store: stats [--db PATH|URL] [--json]", runStats},
	"export":    {"write a store out: export [--db PATH|URL] --format jsonl|csv|geojson", runExport},
	"reanalyze": {"re-run the analysis over every stored raw input: reanalyze [--db PATH|URL]", runReanalyze},
	"demo":      {"ingest the bundled sample of 2,109 articles into a temporary store and serve it", runDemo},
	"bench":     {"measure throughput (per CPU-second) and memory on a news corpus", runBench},
	"analyze":   {"analyse articles (file, URL, - for stdin) and print JSON or a text report", runAnalyze},
	"version":   {"print the version", runVersion},
	"eval":      {"score against gold: eval gold [--json] DIR|FILE…", runEval},
	"ner":       {"tag a CoNLL file with the named-entity tagger (token, gold, predicted)", runNER},
	"train":     {"train the named-entity tagger, word clusters, gazetteer or name lists", runTrain},
	"serve":     {"serve the JSON API over a database: serve [--db PATH|URL] [--addr HOST:PORT] [--token T]", runServe},
}

// errUsage marks an error in the command line itself (exit status 2).
var errUsage = errors.New("usage")

// usageError wraps a message as a usage error.
func usageError(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, a...))
}

// Main runs the command line args (without the program name) and returns the
// process exit status: 0 success, 1 failure, 2 bad usage.
func Main(ctx context.Context, args []string, env *Env) int {
	if env.Logger == nil {
		env.Logger = slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(env.Stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "marsad: unknown command %q (run 'marsad help')\n", args[0])
		return 2
	}
	err := cmd.run(ctx, env, args[1:])
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
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'marsad COMMAND -h' for a command's flags.")
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(env *Env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet("marsad "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: marsad %s %s\n\nFlags:\n", name, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, turning flag errors into usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}
