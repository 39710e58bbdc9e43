package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/marsad/marsad/document"
)

// FileConfig configures a FileSource. Zero fields take defaults.
type FileConfig struct {
	MaxDocBytes int64 // cap per document: a file, a JSON line, a WARC body; default 32 MiB
	// MaxDecompressedBytes caps the decompressed size of each gzip file
	// (the rest of the file is skipped as "too-large"); 0: the default of
	// document.DecompressedCap, a hundred times the file's size.
	MaxDecompressedBytes int64
	WARC                 WARCConfig   // bounds for WARC/WET files
	Logger               *slog.Logger // debug lines for ignored files; default slog.Default()
}

func (c FileConfig) withDefaults() FileConfig {
	if c.MaxDocBytes <= 0 {
		c.MaxDocBytes = 32 << 20
	}
	if c.WARC.MaxRecordBytes <= 0 {
		c.WARC.MaxRecordBytes = c.MaxDocBytes
	}
	c.WARC = c.WARC.withDefaults()
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// FileSource reads documents from files and directories.
//
// Directories are walked recursively in lexical order, skipping hidden
// files and directories (names starting with "."); paths given explicitly
// are read in the order given. By name, after dropping a ".gz" suffix:
//
//   - .txt, .html, .htm, .json: one Doc per file (formats text, html, json);
//   - .jsonl, .ndjson: one Doc per non-blank line, format json, key "file:PATH#LINE";
//   - .warc, .wet: one Doc per response, resource or conversion record,
//     key "warc:PATH#OFFSET" (offset in the decompressed stream).
//
// Other files are ignored. Content is gunzipped whenever it starts with the
// gzip magic bytes. Unreadable files, over-long documents, malformed lines
// and records, and truncated streams are reported as *SkipError.
type FileSource struct {
	cfg      FileConfig
	paths    []string
	files    []fileEntry
	walked   bool
	idx      int
	cur      fileIter
	walkErrs []error
	done     atomic.Int64 // bytes of finished files
	total    atomic.Int64
	raw      atomic.Pointer[countingReader] // current file's raw bytes
}

type fileEntry struct {
	path  string
	size  int64
	named bool // given as a path, not found in a directory
}

// fileIter reads the documents of one open file.
type fileIter interface {
	next() (Doc, error)
	close() error
}

// NewFileSource returns a source of the documents under paths.
func NewFileSource(paths []string, cfg FileConfig) *FileSource {
	return &FileSource{cfg: cfg.withDefaults(), paths: paths}
}

// Progress reports the bytes of input files read so far and their total.
func (s *FileSource) Progress() (done, total int64) {
	done = s.done.Load()
	if c := s.raw.Load(); c != nil {
		done += c.n.Load()
	}
	return done, s.total.Load()
}

// Close closes the file being read, if any.
func (s *FileSource) Close() error {
	if s.cur == nil {
		return nil
	}
	err := s.cur.close()
	s.cur = nil
	return err
}

// Next implements Source.
func (s *FileSource) Next(ctx context.Context) (Doc, error) {
	if !s.walked {
		s.walk()
	}
	for {
		if err := ctx.Err(); err != nil {
			return Doc{}, err
		}
		if len(s.walkErrs) > 0 {
			err := s.walkErrs[0]
			s.walkErrs = s.walkErrs[1:]
			return Doc{}, err
		}
		if s.cur == nil {
			if s.idx >= len(s.files) {
				return Doc{}, io.EOF
			}
			f := s.files[s.idx]
			s.idx++
			it, err := s.open(f)
			if err != nil {
				s.done.Add(f.size)
				return Doc{}, &SkipError{Key: "file:" + f.path, Reason: reasonOf(err), Err: err, Named: f.named}
			}
			s.cur = it
		}
		d, err := s.cur.next()
		if err == io.EOF {
			s.finishFile()
			continue
		}
		if err != nil && !errors.Is(err, ErrSkipped) {
			// The rest of this file is unreadable: report it, go on with the next.
			s.finishFile()
			return Doc{}, skip("file:"+s.files[s.idx-1].path, reasonOf(err), err)
		}
		return d, err
	}
}

func (s *FileSource) finishFile() {
	_ = s.cur.close()
	s.cur = nil
	s.raw.Store(nil)
	s.done.Add(s.files[s.idx-1].size)
}

// walk expands s.paths into the list of files to read.
func (s *FileSource) walk() {
	s.walked = true
	for _, root := range s.paths {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				s.walkErrs = append(s.walkErrs, &SkipError{Key: "file:" + p, Reason: "open", Err: fmt.Errorf("ingest: %w", err), Named: p == root})
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 { // follow links to files, not to directories
				if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			if fileKind(p) == kindNone {
				if p == root {
					s.walkErrs = append(s.walkErrs, skipNamed("file:"+p, "unsupported",
						fmt.Errorf("ingest: %s: %w: not a kind of file ingest reads (.txt, .html, .htm, .json, .jsonl, .ndjson, .warc, .wet, each maybe .gz)", p, ErrSkipped)))
				}
				return nil
			}
			var size int64
			if info, err := os.Stat(p); err == nil {
				size = info.Size()
			}
			s.files = append(s.files, fileEntry{path: p, size: size, named: p == root})
			s.total.Add(size)
			return nil
		})
		if err != nil {
			s.walkErrs = append(s.walkErrs, skipNamed("file:"+root, "open", fmt.Errorf("ingest: %w", err)))
		}
	}
}

func (s *FileSource) open(f fileEntry) (fileIter, error) {
	fh, err := os.Open(f.path)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	raw := &countingReader{r: fh}
	s.raw.Store(raw)
	inflate := document.DecompressedCap(f.size, s.cfg.MaxDecompressedBytes)
	switch fileKind(f.path) {
	case kindWARC:
		wcfg := s.cfg.WARC
		wcfg.MaxDecompressedBytes = inflate
		wr, err := NewWARCReader(raw, wcfg)
		if err != nil {
			fh.Close()
			return nil, err
		}
		return &warcIter{f: fh, wr: wr, path: f.path, max: s.cfg.MaxDocBytes}, nil
	case kindLines:
		in, _, err := maybeGunzip(bufio.NewReaderSize(raw, 64<<10), inflate)
		if err != nil {
			fh.Close()
			return nil, err
		}
		return &lineIter{f: fh, br: bufio.NewReaderSize(in, 64<<10), path: f.path, max: s.cfg.MaxDocBytes}, nil
	default:
		return &wholeIter{f: fh, r: raw, path: f.path, max: s.cfg.MaxDocBytes}, nil
	}
}
