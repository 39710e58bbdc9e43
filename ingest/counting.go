package ingest

import (
	"io"
	"sync/atomic"
)

// countingReader counts the bytes read through it; n may be read from
// another goroutine (progress reporting).
type countingReader struct {
	r   io.Reader
	n   atomic.Int64
	err error // first read error other than io.EOF (reader goroutine only)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}
