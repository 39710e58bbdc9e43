package ui

import (
	"errors"
	"sync"
)

// parallel runs the store queries of a page at once (the SQLite store
// reads on several connections) and returns their errors joined.
func parallel(fs ...func() error) error {
	errs := make([]error, len(fs))
	var wg sync.WaitGroup
	for i, f := range fs {
		wg.Go(func() { errs[i] = f() })
	}
	wg.Wait()
	return errors.Join(errs...)
}
