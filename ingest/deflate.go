package ingest

import (
	"bufio"
	"compress/flate"
	"compress/zlib"
	"io"
)

// newDeflateReader reads an HTTP "deflate" body, which servers send either
// zlib-wrapped (as the RFC says) or raw.
func newDeflateReader(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if h, err := br.Peek(2); err == nil && h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
		if zr, err := zlib.NewReader(br); err == nil {
			return zr
		}
	}
	return flate.NewReader(br)
}
