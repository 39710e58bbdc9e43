package ingest

import (
	"path/filepath"
	"strings"

	"github.com/marsad/marsad/document"
)

// kind is how a file is read, by its name.
type kind int

const (
	kindNone kind = iota
	kindWhole
	kindLines
	kindWARC
)

// baseName returns p without a ".gz" suffix.
func baseName(p string) string {
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		return p[:len(p)-3]
	}
	return p
}

func fileKind(p string) kind {
	switch strings.ToLower(filepath.Ext(baseName(p))) {
	case ".txt", ".html", ".htm", ".json":
		return kindWhole
	case ".jsonl", ".ndjson":
		return kindLines
	case ".warc", ".wet":
		return kindWARC
	}
	return kindNone
}

func formatOfName(p string) document.Format {
	switch strings.ToLower(filepath.Ext(baseName(p))) {
	case ".txt":
		return document.FormatText
	case ".html", ".htm":
		return document.FormatHTML
	case ".json", ".jsonl", ".ndjson":
		return document.FormatJSON
	}
	return document.FormatAuto
}
