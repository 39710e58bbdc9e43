package ingest

import (
	"context"
	"io"
)

// Concat returns a Source that reads each of srcs to its end in turn. It
// reports progress when any of srcs does.
func Concat(srcs ...Source) Source { return &concat{srcs: srcs} }

type concat struct {
	srcs []Source
	i    int
}

func (c *concat) Next(ctx context.Context) (Doc, error) {
	for c.i < len(c.srcs) {
		d, err := c.srcs[c.i].Next(ctx)
		if err == io.EOF {
			c.i++
			continue
		}
		return d, err
	}
	return Doc{}, io.EOF
}

// Progress sums the progress of the sources that report it.
func (c *concat) Progress() (done, total int64) {
	for _, s := range c.srcs {
		if p, ok := s.(ProgressReporter); ok {
			d, t := p.Progress()
			done, total = done+d, total+t
		}
	}
	return done, total
}
