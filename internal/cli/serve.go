package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/server"
	"github.com/marsad/marsad/server/monitor"
	"github.com/marsad/marsad/server/ui"
)

const serveUsage = "[--db PATH|URL] [--addr HOST:PORT] [--token-file FILE] [--token-read T] [--cors ORIGINS] [--log-requests]"

// runServe serves the JSON API over a database until ctx is cancelled
// (Ctrl-C).
func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "serve", serveUsage)
	db := dbFlag(fs, "store to serve (made by ingest)")
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on")
	token := fs.String("token", "", "bearer `token` POST requests (analyze) must carry (visible in ps: prefer --token-file or $"+tokenEnv+"); none: no check")
	tokenFile := fs.String("token-file", "", "read the bearer token from the first line of `FILE`")
	tokenRead := fs.String("token-read", "", "`token` every other request but /healthz (API, feeds, web UI) must carry, as a bearer token or the HTTP Basic password; empty: reads are open")
	maxAnalyses := fs.Int("max-analyses", 0, "analyses run at once by POST /api/analyze (default: one per core); twice as many may wait, more get 503")
	cors := fs.String("cors", "", "comma-separated `origins` allowed to call the API from a browser (* for any); empty: CORS off")
	maxBody := fs.Int64("max-body", server.DefaultMaxBodyBytes, "largest request body, in `bytes`")
	logRequests := fs.Bool("log-requests", false, "log every request to standard error")
	analyze := fs.Bool("analyze", true, "enable POST /api/analyze (loads the models)")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *maxBody <= 0 {
		return usageError("--max-body must be positive")
	}
	if *maxAnalyses < 0 {
		return usageError("--max-analyses must be positive")
	}
	tok, err := serveToken(env, *token, *tokenFile)
	if err != nil {
		return err
	}
	st, err := openStoreRead(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	var az server.Analyzer
	if *analyze {
		a, err := marsad.New(marsad.Config{})
		if err != nil {
			return err
		}
		az = a
	}
	logger := env.Logger
	if *logRequests {
		logger = slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	cfg := server.Config{Token: tok, ReadToken: *tokenRead, MaxBodyBytes: *maxBody, MaxAnalyses: *maxAnalyses, Logger: logger}
	if *cors != "" {
		for _, o := range strings.Split(*cors, ",") {
			if o = strings.TrimSpace(o); o != "" {
				cfg.CORSOrigins = append(cfg.CORSOrigins, o)
			}
		}
	}
	cfg.Digests = monitor.NewCache(st, 0)
	if cfg.UI, err = ui.New(st, ui.Options{Logger: logger, Digests: cfg.Digests}); err != nil {
		return err
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", *addr)
	if err != nil {
		return err
	}
	go warm(ctx, env, cfg.Digests)
	fmt.Fprintf(env.Stderr, "marsad serve: %s on http://%s (web UI at /, API description at /api/openapi.json; Ctrl-C stops)\n", dbName(*db), ln.Addr())
	if tok == "" && !isLoopback(ln.Addr()) {
		fmt.Fprintln(env.Stderr, "marsad serve: warning: listening beyond this machine without a token (--token-file or $"+tokenEnv+"): anyone can run analyses")
	}
	if *tokenRead == "" && !isLoopback(ln.Addr()) {
		fmt.Fprintln(env.Stderr, "marsad serve: warning: listening beyond this machine without --token-read: anyone can read the store")
	}
	return server.New(cfg, st, az).Serve(ctx, ln)
}

// isLoopback reports whether addr is a loopback address.
func isLoopback(addr net.Addr) bool {
	tcp, ok := addr.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// warm builds the desk's digests while the server starts, so that no
// visitor waits for one; a failure is logged (the page builds it then).
func warm(ctx context.Context, env *Env, c *monitor.Cache) {
	if err := c.Warm(ctx); err != nil && ctx.Err() == nil {
		env.Logger.WarnContext(ctx, "serve: building the desk's digest", slog.Any("err", err))
	}
}
