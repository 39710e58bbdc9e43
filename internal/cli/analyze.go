package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/marsad/marsad/arabic/syntax"
	"github.com/marsad/marsad/extract"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/ingest"
)

const analyzeUsage = "[--date YYYY-MM-DD] [--format json|text|conllu] FILE|URL|- …"

func runAnalyze(ctx context.Context, env *Env, args []string) error {
	softMemoryLimit(env, analyzeMemoryLimit)
	fs := newFlagSet(env, "analyze", analyzeUsage)
	date := fs.String("date", "", "reference `date` for relative times (YYYY-MM-DD); default: the article's published date")
	format := fs.String("format", "json", "output `format`: json (one object per document, JSON Lines), text (a readable report) or conllu (the segments, parts of speech, features, lemmas and dependency trees of the body, CoNLL-U)")
	inFormat := fs.String("input-format", "auto", "input `kind`: auto, text, html, json or jsonl")
	indent := fs.Bool("indent", false, "indent JSON output (no longer one object per line)")
	maxBytes := fs.Int64("max-bytes", 64<<20, "largest input accepted, in `bytes`")
	timeout := fs.Duration("timeout", 30*time.Second, "time allowed to fetch a URL")
	allowPrivate := fs.Bool("allow-private", false, "let the fetcher reach loopback and private addresses (refused by default)")
	maxInflate := fs.Int64("max-decompressed", 0, "cap on the decompressed size of a gzip JSON Lines input, in `bytes` (0: 100 times its compressed size, at least 256 MiB)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("no input: give a FILE, a URL or - for standard input")
	}
	var ref time.Time
	if *date != "" {
		t, err := time.Parse(time.DateOnly, *date)
		if err != nil {
			return usageError("--date %q is not a date of the form YYYY-MM-DD", *date)
		}
		ref = t
	}
	if *format != "json" && *format != "text" && *format != "conllu" {
		return usageError("--format must be json, text or conllu, not %q", *format)
	}
	kind, err := parseInputFormat(*inFormat)
	if err != nil {
		return err
	}
	if *maxBytes <= 0 || *timeout <= 0 || *maxInflate < 0 {
		return usageError("--max-bytes and --timeout must be positive, --max-decompressed 0 or more")
	}
	az, err := marsad.New(marsad.Config{Extract: extract.Config{ParseAll: *format == "conllu"}})
	if err != nil {
		return err
	}
	out := newAnalysisWriter(env.Stdout, *format, *indent)
	lim := inputLimits{MaxBytes: *maxBytes, Timeout: *timeout, MaxDecompressed: *maxInflate}
	fetcher := ingest.NewFetcher(ingest.FetcherConfig{AllowPrivate: *allowPrivate, MaxBodyBytes: *maxBytes, Timeout: *timeout, Logger: env.Logger})
	an := analyzer{az: az, out: out, fetcher: fetcher, kind: kind, ref: ref, lim: lim}
	if fs.NArg() == 1 {
		return an.one(ctx, env, fs.Arg(0))
	}
	failed := 0
	for _, arg := range fs.Args() {
		if err := an.one(ctx, env, arg); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fmt.Fprintf(env.Stderr, "marsad analyze: %v\n", err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", failed, fs.NArg())
	}
	return nil
}

func parseInputFormat(s string) (document.Format, error) {
	switch s {
	case "auto":
		return document.FormatAuto, nil
	case "text", "html", "json", "jsonl":
		return document.Format(s), nil
	}
	return "", usageError("--input-format must be auto, text, html, json or jsonl, not %q", s)
}

// analyzer is what `marsad analyze` analyses each input with.
type analyzer struct {
	az      *marsad.Analyzer
	out     *analysisWriter
	fetcher ingest.Getter
	kind    document.Format
	ref     time.Time
	lim     inputLimits
}

// one analyses one command-line input, which may hold many records.
func (a analyzer) one(ctx context.Context, env *Env, arg string) error {
	in, err := readInput(ctx, env, a.fetcher, arg, a.lim)
	if err != nil {
		return err
	}
	din := document.Input{Data: in.Data, Name: in.Name, URL: in.URL, ContentType: in.ContentType, Format: a.kind}
	if a.kind == document.FormatJSONL || (a.kind == document.FormatAuto && document.Detect(din) == document.FormatJSONL) {
		return analyzeRecords(ctx, env, a.az, a.out, in, a.ref, a.lim)
	}
	an, err := a.az.Analyze(ctx, marsad.Input{
		Data: in.Data, Name: in.Name, URL: in.URL, ContentType: in.ContentType,
		Format: a.kind, ReferenceDate: a.ref,
	})
	if err != nil {
		return fmt.Errorf("%s: %w", in.Name, err)
	}
	return a.out.write(an)
}

// analyzeRecords analyses every record of a JSON Lines input. A bad record
// is reported with its line number and the others go on; the input fails if
// any record failed, so no record is lost silently.
func analyzeRecords(ctx context.Context, env *Env, az *marsad.Analyzer, out *analysisWriter, in *rawInput, ref time.Time, lim inputLimits) error {
	total, failed := 0, 0
	opt := document.Options{MaxDecompressedBytes: document.DecompressedCap(int64(len(in.Data)), lim.MaxDecompressed)}
	err := opt.ScanJSONL(ctx, bytes.NewReader(in.Data), func(line int, art *document.Article, err error) error {
		total++
		if err == nil {
			var an *marsad.Analysis
			if an, err = az.AnalyzeArticle(ctx, art, ref); err == nil {
				return out.write(an)
			}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		failed++
		fmt.Fprintf(env.Stderr, "marsad analyze: %s:%d: %v\n", in.Name, line, err)
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", in.Name, err)
	}
	if failed > 0 {
		return fmt.Errorf("%s: %d of %d records failed", in.Name, failed, total)
	}
	return nil
}

// analysisWriter prints analyses as JSON Lines or as text reports.
type analysisWriter struct {
	w      io.Writer
	format string
	enc    *json.Encoder
	n      int
}

func newAnalysisWriter(w io.Writer, format string, indent bool) *analysisWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return &analysisWriter{w: w, format: format, enc: enc}
}

func (o *analysisWriter) write(an *marsad.Analysis) error {
	o.n++
	if o.format == "conllu" {
		id := an.ID
		if id == "" {
			id = "doc" + strconv.Itoa(o.n)
		}
		if _, err := fmt.Fprintf(o.w, "# newdoc id = %s\n", strings.Join(strings.Fields(id), "_")); err != nil {
			return err
		}
		return syntax.WriteCoNLLU(o.w, an.Document, strings.Join(strings.Fields(id), "_")+"-")
	}
	if o.format == "text" {
		if o.n > 1 {
			if _, err := io.WriteString(o.w, "\n"+separator+"\n\n"); err != nil {
				return err
			}
		}
		return writeTextReport(o.w, an)
	}
	return o.enc.Encode(an)
}
