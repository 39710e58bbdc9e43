package document

import (
	"fmt"
	"io"
)

// Decompressed-size caps, against decompression bombs (see DecompressedCap).
const (
	// InflateRatio is how many times its compressed size an input may grow
	// when decompressed, unless a cap is given. News text and WARC files
	// compress 4–10 times; a bomb (a gzip of zeros or newlines) about
	// 1,000 times.
	InflateRatio = 100
	// MinInflateCap is the least decompressed size allowed by default,
	// whatever the compressed size.
	MinInflateCap = 256 << 20
)

// DecompressedCap is the decompressed-size cap of a compressed input of
// compressed bytes: limit when positive, else InflateRatio times its size
// and at least MinInflateCap.
func DecompressedCap(compressed, limit int64) int64 {
	if limit > 0 {
		return limit
	}
	return max(MinInflateCap, compressed*InflateRatio)
}

// LimitDecompressed returns a reader of r, the output of a decompressor,
// that fails with an error wrapping ErrTooLarge (and naming the
// --max-decompressed flag) once more than max bytes were read.
func LimitDecompressed(r io.Reader, max int64) io.Reader { return &inflateCap{r: r, max: max} }

// inflateCap is the reader of LimitDecompressed.
type inflateCap struct {
	r      io.Reader
	n, max int64
}

func (c *inflateCap) Read(p []byte) (int, error) {
	if c.n > c.max {
		return 0, c.err()
	}
	if room := c.max - c.n + 1; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.n > c.max {
		return n - int(c.n-c.max), c.err()
	}
	return n, err
}

func (c *inflateCap) err() error {
	return fmt.Errorf("%w: decompressed data over the %d byte cap (a decompression bomb? raise --max-decompressed)", ErrTooLarge, c.max)
}
