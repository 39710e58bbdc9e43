package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/marsad/marsad/document"
)

// lineDocs runs the JSON Lines reader of a FileSource over data (plain or
// gzip), as open does, and returns its docs and skip reasons.
func lineDocs(t *testing.T, data []byte, maxLine, inflate int64) (docs []Doc, reasons []string) {
	t.Helper()
	in, _, err := maybeGunzip(bufio.NewReader(bytes.NewReader(data)), inflate)
	if err != nil {
		return nil, []string{reasonOf(err)}
	}
	it := &lineIter{br: bufio.NewReaderSize(in, 64<<10), path: "f.jsonl", max: maxLine}
	// Every result uses up at least one byte of the input, once inflated:
	// a gzip input may hold more lines than its compressed bytes, up to
	// the inflate cap.
	bound := max(len(data), int(inflate)) + 2
	for i := 0; ; i++ {
		if i > bound {
			t.Fatalf("more results than input bytes: the reader does not progress")
		}
		d, err := it.next()
		switch {
		case err == io.EOF:
			return docs, reasons
		case errors.Is(err, ErrSkipped):
			reasons = append(reasons, reasonOf(err))
		case err != nil:
			// The rest of the file is unreadable: FileSource skips it.
			return docs, append(reasons, reasonOf(err))
		default:
			docs = append(docs, d)
		}
	}
}

// FuzzJSONLines: whatever the bytes, the JSON Lines reader ends, every doc
// is one non-blank line within the cap with a growing line number, and
// every problem is a classified skip.
func FuzzJSONLines(f *testing.F) {
	f.Add([]byte("{\"a\":1}\n\n{\"a\":2}\r\n{\"a\":3}"))
	f.Add([]byte("\xef\xbb\xbf{\"a\":1}\n"))
	f.Add([]byte("not json\n[1,2]\n{\"x\":\"" + strings.Repeat("y", 300) + "\"}\n"))
	f.Add(gz([]byte("{\"b\":1}\n\n\n{\"b\":2}\n")))
	f.Add(gz(bytes.Repeat([]byte("\n"), 1<<12)))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 1, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		const max = 256
		docs, reasons := lineDocs(t, data, max, 1<<14)
		for _, d := range docs {
			if len(d.Data) > max || len(bytes.TrimSpace(d.Data)) == 0 || bytes.ContainsRune(d.Data, '\n') {
				t.Fatalf("bad doc %q", d.Data)
			}
		}
		for _, r := range reasons {
			switch r {
			case "malformed", "too-large", "truncated":
			default:
				t.Fatalf("unclassified skip %q", r)
			}
		}
	})
}

func TestJSONLinesKeys(t *testing.T) {
	docs, reasons := lineDocs(t, []byte("\xef\xbb\xbf\n\r\n{\"a\":1}\nx\n\n{\"a\":2}"), 1<<10, 0)
	if len(docs) != 2 || docs[0].Key != "file:f.jsonl#3" || docs[0].Format != document.FormatJSON || docs[1].Key != "file:f.jsonl#6" || strings.Join(reasons, ",") != "malformed" {
		t.Errorf("docs %+v, reasons %v", docs, reasons)
	}
}
