package ingest

import (
	"bufio"
	"errors"
	"io"
)

// readLine reads one line (without its trailing "\n" or "\r\n") of at most
// max bytes. A longer line is consumed to its end and reported with
// tooLong=true and no data, so one bad line never stops the stream or grows
// memory without bound. err is io.EOF only when no byte was read.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		frag, e := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > max+2 { // +2: room for "\r\n"
				tooLong, buf = true, nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if errors.Is(e, bufio.ErrBufferFull) {
			continue
		}
		if e != nil && (e != io.EOF || (len(buf) == 0 && !tooLong && len(frag) == 0)) {
			return nil, false, e
		}
		break
	}
	if tooLong {
		return nil, true, nil
	}
	n := len(buf)
	if n > 0 && buf[n-1] == '\n' {
		n--
		if n > 0 && buf[n-1] == '\r' {
			n--
		}
	}
	if n > max {
		return nil, true, nil
	}
	return buf[:n], false, nil
}

// skipBOM discards a UTF-8 byte-order mark at the start of br.
func skipBOM(br *bufio.Reader) {
	if b, _ := br.Peek(3); string(b) == "\xef\xbb\xbf" {
		_, _ = br.Discard(3)
	}
}
