package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/marsad/marsad/document"
)

// wholeIter yields a whole file as one Doc.
type wholeIter struct {
	f    *os.File
	r    io.Reader
	path string
	max  int64
	done bool
}

func (it *wholeIter) next() (Doc, error) {
	if it.done {
		return Doc{}, io.EOF
	}
	it.done = true
	in, _, err := maybeGunzip(bufio.NewReader(it.r), 0) // readCapped bounds it
	if err != nil {
		return Doc{}, err
	}
	b, err := readCapped(in, it.max)
	if err != nil {
		return Doc{}, fmt.Errorf("ingest: %s: %w", it.path, err)
	}
	name := baseName(it.path)
	return Doc{Data: b, Name: name, Format: formatOfName(name), Key: "file:" + it.path}, nil
}

func (it *wholeIter) close() error { return it.f.Close() }

// lineIter yields one Doc per JSON line.
type lineIter struct {
	f    *os.File
	br   *bufio.Reader
	path string
	max  int64
	line int
}

func (it *lineIter) next() (Doc, error) {
	if it.line == 0 {
		skipBOM(it.br)
	}
	for {
		it.line += document.SkipLineEnds(it.br)
		b, tooLong, err := readLine(it.br, int(min(it.max, 1<<30)))
		if err != nil {
			return Doc{}, classifyReadErr(err)
		}
		it.line++
		key := "file:" + it.path + "#" + strconv.Itoa(it.line)
		if tooLong {
			return Doc{}, skip(key, "too-large", fmt.Errorf("%w: line over %d bytes", ErrTooLarge, it.max))
		}
		t := bytes.TrimSpace(b)
		if len(t) == 0 {
			continue
		}
		if !looksJSON(t) {
			return Doc{}, skip(key, "malformed", fmt.Errorf("%w: line is not a JSON object or array", ErrMalformed))
		}
		return Doc{Data: b, Name: baseName(it.path), Format: document.FormatJSON, Key: key}, nil
	}
}

func (it *lineIter) close() error { return it.f.Close() }

// looksJSON is a cheap shape check of a trimmed JSON line: an object or
// array, closed. Full validation (json.Valid would double the read cost) is
// left to the parser downstream.
func looksJSON(t []byte) bool {
	first, last := t[0], t[len(t)-1]
	return (first == '{' && last == '}') || (first == '[' && last == ']')
}

// warcIter yields one Doc per document record of a WARC/WET file.
type warcIter struct {
	f    *os.File
	wr   *WARCReader
	path string
	max  int64
}

func (it *warcIter) next() (Doc, error) {
	for {
		rec, err := it.wr.Next()
		if err != nil {
			if errors.Is(err, ErrMalformed) || errors.Is(err, ErrTooLarge) {
				return Doc{}, skip("warc:"+it.path, reasonOf(err), err)
			}
			return Doc{}, err
		}
		key := "warc:" + it.path + "#" + strconv.FormatInt(rec.Offset, 10)
		d, ok, err := recordDoc(rec, key, it.max)
		if err != nil {
			return Doc{}, skip(key, reasonOf(err), err)
		}
		if ok {
			return d, nil
		}
	}
}

func (it *warcIter) close() error { return it.f.Close() }
