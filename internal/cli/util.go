package cli

import (
	"sync/atomic"
	"time"

	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/ingest"
)

// counter is a concurrency-safe count.
type counter struct{ v atomic.Int64 }

func (c *counter) add()   { c.v.Add(1) }
func (c *counter) n() int { return int(c.v.Load()) }

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// parsePublished reads an Analysis.Published (RFC 3339) or returns zero.
func parsePublished(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// rawFormat is the format to re-parse a stored raw input with.
func rawFormat(analysed string, d ingest.Doc) string {
	switch {
	case d.Format != document.FormatAuto:
		return string(d.Format)
	case analysed != "":
		return analysed
	}
	return string(document.Detect(d.Input()))
}
