package document

import (
	"bytes"
	"compress/gzip"
	"io"
	"mime"
	"path"
	"strings"
)

// sniffLen is how many leading bytes Detect looks at.
const sniffLen = 4096

// Detect returns the format of in: in.Format when set; else from the file
// extension of in.Name (.html .htm .xhtml, .json, .jsonl .ndjson, .txt,
// a trailing .gz ignored); else from in.ContentType (text/html,
// application/xhtml+xml, application/json, application/x-ndjson,
// application/jsonl, text/plain); else by sniffing the data (after a
// byte-order mark and white space; gzip data is sniffed decompressed):
// "<!doctype html", "<html" or an HTML tag near the start → FormatHTML;
// "{" → FormatJSONL when a second line also opens a JSON object, else
// FormatJSON; "[" → FormatJSON; anything else FormatText.
func Detect(in Input) Format {
	if in.Format != FormatAuto {
		return in.Format
	}
	if f := formatByName(in.Name); f != FormatAuto {
		return f
	}
	if f := formatByContentType(in.ContentType); f != FormatAuto {
		return f
	}
	return sniff(in.Data)
}

func formatByName(name string) Format {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(name, ".gz")
	switch path.Ext(name) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".json":
		return FormatJSON
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".txt", ".text":
		return FormatText
	}
	return FormatAuto
}

func formatByContentType(ct string) Format {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return FormatAuto
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return FormatHTML
	case "application/json", "text/json":
		return FormatJSON
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		return FormatJSONL
	case "text/plain":
		return FormatText
	}
	return FormatAuto
}

// htmlMarkers are tags whose presence near the start marks HTML.
var htmlMarkers = []string{"<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<div", "<p>", "<article"}

func sniff(data []byte) Format {
	if isGzip(data) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return FormatText
		}
		head, _ := io.ReadAll(io.LimitReader(zr, sniffLen))
		if f := sniff(head); f != FormatText {
			return f
		}
		return FormatJSONL
	}
	head := data[:min(len(data), sniffLen)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(head) == 0:
		return FormatText
	case head[0] == '{':
		if looksJSONL(data) {
			return FormatJSONL
		}
		return FormatJSON
	case head[0] == '[':
		return FormatJSON
	}
	low := bytes.ToLower(head[:min(len(head), 1024)])
	if bytes.HasPrefix(low, []byte("<?xml")) && bytes.Contains(low, []byte("<html")) {
		return FormatHTML
	}
	for _, m := range htmlMarkers {
		if bytes.HasPrefix(low, []byte(m)) || (bytes.Contains(low, []byte(m)) && low[0] == '<') {
			return FormatHTML
		}
	}
	return FormatText
}

// looksJSONL reports whether a second non-blank line opens a JSON object.
func looksJSONL(data []byte) bool {
	data = bytes.TrimSpace(data)
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return false
	}
	first := bytes.TrimSpace(data[:i])
	rest := bytes.TrimSpace(data[i+1:])
	return len(first) > 0 && first[len(first)-1] == '}' && len(rest) > 0 && rest[0] == '{'
}

// isGzip reports whether data opens with the gzip magic bytes.
func isGzip(data []byte) bool { return len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b }
