// Package parallel runs the store queries of one page or digest at once
// (the SQLite store reads on several connections).
package parallel

import (
	"errors"
	"sync"
)

// Do runs fs at once and returns their errors joined.
func Do(fs ...func() error) error {
	errs := make([]error, len(fs))
	var wg sync.WaitGroup
	for i, f := range fs {
		wg.Go(func() { errs[i] = f() })
	}
	wg.Wait()
	return errors.Join(errs...)
}
