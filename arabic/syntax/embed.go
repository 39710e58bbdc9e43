package syntax

import (
	"bytes"
	"fmt"
	"sync"
)

// DefaultModel is the model shipped in the binary (see model/SOURCE for
// how it was trained and its licence). It is loaded once, on first use,
// and shared: models are read-only.
func DefaultModel() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = ReadModel(bytes.NewReader(embeddedModel))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("syntax: embedded %s: %w", embeddedName, defaultErr)
		}
	})
	return defaultModel, defaultErr
}

// The loaded default model: set once by DefaultModel and never changed
// after, so it is not mutable state.
var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)
