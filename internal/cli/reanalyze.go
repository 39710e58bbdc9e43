package cli

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/store"
)

// runReanalyze re-runs the analysis over every stored raw input, after a
// model or rule update, replaces each article's analysis and relinks the
// actors.
func runReanalyze(ctx context.Context, env *Env, args []string) (err error) {
	fs := newFlagSet(env, "reanalyze", "[--db PATH|URL] [--workers N]")
	db := dbFlag(fs, "store")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "concurrent analyses")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *workers < 1 {
		return usageError("--workers must be at least 1")
	}
	st, err := openStore(ctx, *db, true)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		return err
	}
	jobs := make(chan store.RawInput)
	var done, failed counter
	var wg sync.WaitGroup
	for range *workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range jobs {
				an, err := az.Analyze(ctx, marsad.Input{Data: r.Raw, URL: r.URL, Format: document.Format(r.RawFormat)})
				if err == nil {
					err = st.Reanalyze(ctx, r.ID, an)
				}
				if err != nil {
					failed.add()
					fmt.Fprintf(env.Stderr, "marsad reanalyze: %s: %v\n", r.ID, err)
					continue
				}
				done.add()
			}
		}()
	}
	var iterErr error
	for r, err := range st.Raw(ctx) {
		if err != nil {
			iterErr = err
			break
		}
		select {
		case jobs <- r:
		case <-ctx.Done():
			iterErr = ctx.Err()
		}
		if iterErr != nil {
			break
		}
	}
	close(jobs)
	wg.Wait()
	fmt.Fprintf(env.Stderr, "reanalyze: %d articles re-analysed, %d failed\n", done.n(), failed.n())
	if iterErr != nil {
		return iterErr
	}
	// The analysis may link names anew: rebuild the table of what each
	// name designates (the stored links of unchanged names hold meanwhile).
	if err := st.LinkActors(ctx); err != nil {
		return err
	}
	if failed.n() > 0 {
		return fmt.Errorf("%d articles failed", failed.n())
	}
	return nil
}
