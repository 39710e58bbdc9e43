package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
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
	fs := newFlagSet(env, "ingest", "[--db PATH|URL] [--feed URL]… [--workers N] SOURCE…")
	db := dbFlag(fs, "store to add to, created if missing")
	var feeds stringList
	fs.Var(&feeds, "feed", "RSS/Atom feed `URL` or file whose item links are fetched (repeatable)")
	workers := fs.Int("workers", 0, "concurrent analyses (default: one per core)")
	allowPrivate := fs.Bool("allow-private", false, "let the fetcher reach loopback and private addresses (refused by default)")
	maxBytes := fs.Int64("max-bytes", 32<<20, "largest document accepted, in `bytes`")
	quiet := fs.Bool("quiet", false, "no progress lines, only warnings and the summary")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !*quiet {
		// Off a terminal, progress goes out as structured log lines.
		env = &Env{Stdin: env.Stdin, Stdout: env.Stdout, Stderr: env.Stderr,
			Logger: slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	}
	if fs.NArg() == 0 && len(feeds) == 0 {
		return usageError("nothing to ingest: give files, directories, URLs or --feed URL")
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
	fetcher := ingest.NewFetcher(ingest.FetcherConfig{AllowPrivate: *allowPrivate, MaxBodyBytes: *maxBytes, Logger: env.Logger})
	src := ingest.Open(fs.Args(), feeds, fetcher, ingest.FileConfig{MaxDocBytes: *maxBytes, Logger: env.Logger})
	sum, err := ingestInto(ctx, env, st, az, src, ingestOptions{Workers: *workers, Fetcher: fetcher})
	printIngestSummary(env, sum)
	return err
}

// ingestOptions tunes ingestInto.
type ingestOptions struct {
	Workers int
	Fetcher *ingest.Fetcher // remembers ETag/Last-Modified once a page is stored; may be nil
}

// ingestSummary is what an ingest did.
type ingestSummary struct {
	Run      ingest.Stats
	Added    int
	Dedup    dedupSummary
	Duration time.Duration
}

// ingestInto analyses every document of src and stores it, then recomputes
// duplicates and stories over the whole store.
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
		Workers: opt.Workers, Checkpoint: storeCheckpoint{st}, Logger: env.Logger, Progress: env.Stderr,
	}, src, process)
	err = errors.Join(err, w.Close())
	sum.Run, sum.Added = stats, added.n()
	if err != nil {
		sum.Duration = time.Since(start)
		return sum, err
	}
	sum.Dedup, err = dedupStore(ctx, st)
	if err == nil {
		if o, ok := st.(interface{ Optimize(context.Context) error }); ok && sum.Added > 0 {
			err = o.Optimize(ctx)
		}
	}
	sum.Duration = time.Since(start)
	return sum, err
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

func (c storeCheckpoint) Done(ctx context.Context, d ingest.Doc) (bool, error) {
	if h, ok := c.st.(haser); ok {
		return h.Has(ctx, articleID(d.Hash()))
	}
	_, err := c.st.Get(ctx, articleID(d.Hash()))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, store.ErrNotFound):
		return false, nil
	}
	return false, err
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
