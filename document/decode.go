package document

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// maxControlShare is the share of control bytes above which data is binary.
const maxControlShare = 0.05

// decodeText turns raw bytes into UTF-8 text. The charset comes from a
// byte-order mark, the charset parameter of contentType, an HTML meta tag
// (when isHTML), else valid UTF-8 is kept, Arabic-looking invalid UTF-8 is
// read as windows-1256, and other invalid bytes become U+FFFD. Data with
// NUL or many control bytes fails with ErrBinary.
func decodeText(data []byte, contentType string, isHTML bool) (string, error) {
	if e, n := bomEncoding(data); e != nil {
		return decodeWith(e, data[n:])
	}
	if isBinary(data) {
		return "", ErrBinary
	}
	if e := declaredEncoding(data, contentType, isHTML); e != nil {
		s, err := decodeWith(e, data)
		if err == nil && (e != encoding.Nop || utf8.Valid(data)) {
			return s, nil
		}
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if looksWindows1256(data) {
		return decodeWith(charmap.Windows1256, data)
	}
	return strings.ToValidUTF8(string(data), "\uFFFD"), nil
}

// bomEncoding returns the encoding named by a byte-order mark and its
// length, or nil.
func bomEncoding(data []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return encoding.Nop, 3
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

// declaredEncoding is the encoding named by contentType's charset or, for
// HTML, by a meta tag in the first 1024 bytes; nil when none is named.
// UTF-8 is returned as encoding.Nop.
func declaredEncoding(data []byte, contentType string, isHTML bool) encoding.Encoding {
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label == "" && isHTML {
		if _, name, _ := charset.DetermineEncoding(data, "text/html"); name != "windows-1252" {
			label = name
		}
	}
	if label == "" {
		return nil
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return nil
	}
	if name == "utf-8" {
		return encoding.Nop
	}
	return e
}

// decodeWith decodes data with e; invalid sequences become U+FFFD.
func decodeWith(e encoding.Encoding, data []byte) (string, error) {
	if e == encoding.Nop {
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
	}
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("document: decoding text: %w", err)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), nil
}

// isBinary reports NUL bytes or a high share of other control bytes.
func isBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctrl++
		}
	}
	return float64(ctrl) > maxControlShare*float64(len(data))
}

// looksWindows1256 reports whether most non-ASCII bytes of data decode to
// Arabic letters in windows-1256.
func looksWindows1256(data []byte) bool {
	high, arabic := 0, 0
	for _, c := range data {
		if c < 0x80 {
			continue
		}
		high++
		r := charmap.Windows1256.DecodeByte(c)
		if r >= 0x0600 && r <= 0x06FF {
			arabic++
		}
	}
	return high > 0 && arabic*10 >= high*6
}

// gunzipAll decompresses gzip data, failing with ErrTooLarge past limit.
func gunzipAll(data []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("document: gzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("document: gzip: %w", err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("%w (decompressed, limit %d)", ErrTooLarge, limit)
	}
	return out, nil
}
