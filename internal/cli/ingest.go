package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/dedup"
	"github.com/marsad/marsad/store"
)

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return fmt.Sprint(*s) }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func runIngest(ctx context.Context, env *Env, args []string) (err error) {
	fs := newFlagSet(env, "ingest", "[--db PATH|URL] [--feed URL]… [--workers N] [--max-failures N] [--quiet] SOURCE…")
	db := dbFlag(fs, "store to add to, created if missing")
	var feeds stringList
	fs.Var(&feeds, "feed", "RSS/Atom feed `URL` or file whose item links are fetched (repeatable)")
	workers := fs.Int("workers", 0, "concurrent analyses (default: one per core)")
	allowPrivate := fs.Bool("allow-private", false, "let the fetcher reach loopback and private addresses (refused by default)")
	maxBytes := fs.Int64("max-bytes", 32<<20, "largest document accepted, in `bytes`")
	maxInflate := fs.Int64("max-decompressed", 0, "cap on the decompressed size of each gzip file, in `bytes` (0: 100 times its compressed size, at least 256 MiB)")
	quiet := fs.Bool("quiet", false, "no progress bar or lines: only warnings and the summary")
	maxFailures := fs.Int64("max-failures", 0, "stop, with exit status 1, at the `N`-th document that fails or is bad input (0: never)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 && len(feeds) == 0 {
		return usageError("nothing to ingest: give files, directories, URLs or --feed URL")
	}
	if *maxFailures < 0 || *maxInflate < 0 {
		return usageError("--max-failures and --max-decompressed must be 0 (the default) or more")
	}
	st, err := openStore(ctx, *db, false)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		return err
	}
	env, progress := withConsole(env, *quiet)
	fetcher := ingest.NewFetcher(ingest.FetcherConfig{AllowPrivate: *allowPrivate, MaxBodyBytes: *maxBytes, Logger: env.Logger})
	src := ingest.Open(fs.Args(), feeds, fetcher, ingest.FileConfig{MaxDocBytes: *maxBytes, MaxDecompressedBytes: *maxInflate, Logger: env.Logger})
	sum, err := ingestInto(ctx, env, st, az, src, ingestOptions{Workers: *workers, Fetcher: fetcher, MaxFailures: *maxFailures, Progress: progress})
	printIngestSummary(env, sum)
	if err != nil {
		return err
	}
	return sum.verdict()
}

// verdict is the error an ingest that ran to its end still exits with: a
// named source could not be read, or documents came in and none could be
// stored.
func (s ingestSummary) verdict() error {
	r := s.Run
	switch {
	case len(r.Unreadable) > 0:
		names := make([]string, len(r.Unreadable))
		for i, k := range r.Unreadable {
			_, names[i], _ = strings.Cut(k, ":")
		}
		return fmt.Errorf("%d of the sources named could not be read: %s", len(names), strings.Join(names, ", "))
	case r.Stored() == 0 && r.Failures() > 0:
		return fmt.Errorf("nothing could be stored (%d documents failed, %d input items were bad; see the warnings above)", r.Failed, r.Rejected)
	}
	return nil
}

// ingestOptions tunes ingestInto.
type ingestOptions struct {
	Workers     int
	Fetcher     *ingest.Fetcher // remembers ETag/Last-Modified once a page is stored; may be nil
	MaxFailures int64           // see ingest.Config.MaxFailures
	Progress    io.Writer       // see ingest.Config.Progress; nil: none
}

// withConsole returns env with its log lines going through an
// ingest.Console on standard error, and that console as the writer of the
// progress report: a bar on a terminal with the logs above it, plain lines
// elsewhere. With quiet there is no progress report.
func withConsole(env *Env, quiet bool) (*Env, io.Writer) {
	console := ingest.NewConsole(env.Stderr)
	e := *env
	e.Logger = slog.New(slog.NewTextHandler(console, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if quiet {
		return &e, nil
	}
	return &e, console
}

// ingestSummary is what an ingest did.
type ingestSummary struct {
	Run      ingest.Stats
	Added    int
	Dedup    dedupSummary
	Duration time.Duration
}

// ingestInto analyses every document of src and stores it, then recomputes
// duplicates, stories and actor links over the whole store.
//
// Phase one runs on a worker pool. It is idempotent and resumable: a
// document whose content is already stored is skipped before analysis, and
// the store's put is keyed by content hash, so a rerun after a crash or
// Ctrl-C adds exactly what is missing. Phase two walks all stored articles
// in a fixed order (publication time, then id), so the duplicate and story
// verdicts do not depend on worker scheduling or on where a run was
// interrupted: a resumed ingest ends with the same store as an
// uninterrupted one.
func ingestInto(ctx context.Context, env *Env, st store.Store, az *marsad.Analyzer, src ingest.Source, opt ingestOptions) (ingestSummary, error) {
	start := time.Now()
	var sum ingestSummary
	var added counter
	// Articles are stored many to a transaction; what was added is
	// committed before the dedup pass, also after a cancellation.
	w := store.NewWriter(context.WithoutCancel(ctx), st, store.WriterConfig{})
	out := batchedStore{w: w, added: &added, fetcher: opt.Fetcher, log: env.Logger}
	process := func(ctx context.Context, d ingest.Doc) error {
		an, err := az.Analyze(ctx, marsad.Input{Data: d.Data, Name: d.Name, URL: d.URL, ContentType: d.ContentType, Format: d.Format, ReferenceDate: d.Fetched})
		if err != nil {
			return err
		}
		return out.put(ctx, d, &store.Article{
			ID: articleID(d.Hash()), URL: firstNonEmpty(an.URL, d.URL), Source: an.Source, Title: an.Title,
			Published: parsePublished(an.Published), Body: an.Body, Raw: d.Data, RawFormat: rawFormat(an.Format, d),
			ContentHash: d.Hash(), Analysis: an,
		})
	}
	stats, err := ingest.Run(ctx, ingest.Config{
		Workers: opt.Workers, Checkpoint: storeCheckpoint{st}, Logger: env.Logger, Progress: opt.Progress,
		MaxFailures: opt.MaxFailures,
	}, src, process)
	if cerr := w.Close(); cerr != nil && err == nil {
		err = storeWriteError(ctx, "write to the store", cerr)
	} else if cerr != nil && !errors.Is(err, cerr) {
		err = errors.Join(err, cerr)
	}
	sum.Run, sum.Added = stats, added.n()
	if err != nil {
		sum.Duration = time.Since(start)
		return sum, err
	}
	sum.Dedup, err = dedupStore(ctx, st)
	if err == nil {
		err = st.LinkActors(ctx)
	}
	if err == nil {
		if o, ok := st.(interface{ Optimize(context.Context) error }); ok && sum.Added > 0 {
			err = o.Optimize(ctx)
		}
	}
	sum.Duration = time.Since(start)
	return sum, err
}

// storeWriteError marks a failed store write as fatal to the run: a full
// disk, a read-only file or a lost database fails every document alike, so
// the run stops at once instead of analysing and retrying each. The store
// writes one article per transaction, so nothing is half-written, and a
// rerun resumes where this one stopped. Cancellation stays what it is.
func storeWriteError(ctx context.Context, what string, err error) error {
	if ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		return err
	}
	hint := "fix the store and rerun: the ingest resumes where it stopped"
	if errors.Is(err, syscall.ENOSPC) || strings.Contains(err.Error(), "disk is full") {
		hint = "the disk is full: free space and rerun; the ingest resumes where it stopped"
	}
	return ingest.Fatal(fmt.Errorf("cannot %s: %w (%s)", what, err, hint))
}

// articleID is the store id of a document: stable, derived from its content.
func articleID(hash string) string { return "a-" + hash[:16] }

// haser is a store that can tell whether an article is stored without
// reading it (store/sqlite, store/postgres).
type haser interface {
	Has(ctx context.Context, id string) (bool, error)
}

// storeCheckpoint skips documents whose content is already stored.
type storeCheckpoint struct{ st store.Store }

// A store that cannot be read fails the run (ingest.ErrFatal).
func (c storeCheckpoint) Done(ctx context.Context, d ingest.Doc) (bool, error) {
	var err error
	if h, ok := c.st.(haser); ok {
		var has bool
		if has, err = h.Has(ctx, articleID(d.Hash())); err == nil {
			return has, nil
		}
	} else {
		_, err = c.st.Get(ctx, articleID(d.Hash()))
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, store.ErrNotFound):
			return false, nil
		}
	}
	if ctx.Err() != nil {
		return false, err
	}
	return false, ingest.Fatal(fmt.Errorf("cannot read the store: %w", err))
}

// MarkDone does nothing: the put by content hash is the mark.
func (storeCheckpoint) MarkDone(context.Context, ingest.Doc) error { return nil }

// dedupSummary counts what the dedup pass found.
type dedupSummary struct {
	Articles, Exact, Near, Stories, Changed int
}

// dedupStore recomputes exact duplicates, near duplicates and stories over
// every stored article, in publication order, and records verdicts that changed.
func dedupStore(ctx context.Context, st store.Store) (dedupSummary, error) {
	var docs []store.RawInput
	for r, err := range st.Raw(ctx) {
		if err != nil {
			return dedupSummary{}, err
		}
		r.Raw = nil // keep only what dedup reads
		docs = append(docs, r)
	}
	sort.SliceStable(docs, func(i, j int) bool {
		if !docs[i].Published.Equal(docs[j].Published) {
			return docs[i].Published.Before(docs[j].Published)
		}
		return docs[i].ID < docs[j].ID
	})
	det := dedup.New(dedup.Config{})
	results := make([]dedup.Result, len(docs))
	for i, d := range docs {
		results[i] = det.Add(dedup.Doc{ID: d.ID, Title: d.Title, Body: d.Body, Published: d.Published})
	}
	var sum dedupSummary
	stories := map[string]bool{}
	for i, r := range results {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		story := det.Story(r.ID)
		stories[story] = true
		switch {
		case r.ExactOf != "":
			sum.Exact++
		case r.NearOf != "":
			sum.Near++
		}
		if cur := docs[i]; cur.TextHash == r.TextHash && cur.DuplicateOf == r.DuplicateOf() && cur.StoryID == story {
			continue
		}
		if err := st.SetDedup(ctx, store.Dedup{ID: r.ID, TextHash: r.TextHash, DuplicateOf: r.DuplicateOf(), StoryID: story}); err != nil {
			return sum, err
		}
		sum.Changed++
	}
	sum.Articles, sum.Stories = len(docs), len(stories)
	return sum, nil
}

func printIngestSummary(env *Env, s ingestSummary) {
	r := s.Run
	rate := 0.0
	if s.Duration > 0 {
		rate = float64(r.Processed) / s.Duration.Seconds()
	}
	fmt.Fprintf(env.Stderr, "ingest: read %d, stored %d new, %d already stored, %d failed, %d skipped by the source (%.1f s, %.1f documents/s)\n",
		r.Read, s.Added, r.Seen, r.Failed, r.Skipped, s.Duration.Seconds(), rate)
	if len(r.Reasons) > 0 {
		keys := make([]string, 0, len(r.Reasons))
		for k := range r.Reasons {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(env.Stderr, "ingest:   %-20s %d\n", k, r.Reasons[k])
		}
	}
	d := s.Dedup
	if d.Articles > 0 {
		fmt.Fprintf(env.Stderr, "dedup: %d articles, %d exact duplicates, %d near duplicates, %d stories\n", d.Articles, d.Exact, d.Near, d.Stories)
	}
}
