package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/internal/demo"
	"github.com/marsad/marsad/server"
	"github.com/marsad/marsad/server/monitor"
	"github.com/marsad/marsad/server/ui"
)

// runDemo ingests the bundled sample into a store (a temporary one unless
// --db is given) and serves it until Ctrl-C.
func runDemo(ctx context.Context, env *Env, args []string) (err error) {
	fs := newFlagSet(env, "demo", "[--addr HOST:PORT] [--db PATH|URL] [--no-serve]")
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to serve on")
	db := fs.String("db", "", "keep the demo store: the `PATH|URL` of a SQLite file or a postgres://user@host/db database (default: a temporary file, removed on exit)")
	noServe := fs.Bool("no-serve", false, "build the store and exit")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "marsad-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := *db
	if path == "" {
		path = filepath.Join(dir, "demo.db")
	}
	sample := filepath.Join(dir, demo.Name)
	if err := os.WriteFile(sample, demo.Bytes(), 0o600); err != nil {
		return err
	}
	st, err := openStore(ctx, path, false)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "marsad demo: analysing the bundled sample of news articles into %s\n", dbName(path))
	ienv, progress := withConsole(env, false)
	src := ingest.NewFileSource([]string{sample}, ingest.FileConfig{Logger: ienv.Logger})
	sum, err := ingestInto(ctx, ienv, st, az, src, ingestOptions{Progress: progress})
	printIngestSummary(env, sum)
	if err != nil || *noServe {
		return err
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "marsad demo: serving on http://%s — open http://%s/ or try http://%s/api/search?q=حفتر (Ctrl-C stops)\n", ln.Addr(), ln.Addr(), ln.Addr())
	report := demoIngestReport(sum)
	digests := monitor.NewCache(st, 0)
	web, err := ui.New(st, ui.Options{Logger: env.Logger, Ingest: func() *ui.IngestReport { return report }, Digests: digests})
	if err != nil {
		return err
	}
	go warm(ctx, env, digests)
	return server.New(server.Config{Logger: env.Logger, UI: web, Digests: digests}, st, az).Serve(ctx, ln)
}

// demoIngestReport describes the demo's ingest run for the web UI's ingest
// page.
func demoIngestReport(sum ingestSummary) *ui.IngestReport {
	return &ui.IngestReport{
		Finished: time.Now(), Duration: sum.Duration, Source: demo.Name,
		Read: sum.Run.Read, Processed: sum.Run.Processed, Seen: sum.Run.Seen, Failed: sum.Run.Failed,
		Skipped: sum.Run.Skipped, Added: int64(sum.Added), Reasons: sum.Run.Reasons,
	}
}
