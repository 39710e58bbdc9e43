package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// sliceSource yields docs, then io.EOF; errs[i] (if set) is returned
// instead of docs[i].
type sliceSource struct {
	docs []Doc
	errs map[int]error
	i    int
}

func (s *sliceSource) Next(ctx context.Context) (Doc, error) {
	if err := ctx.Err(); err != nil {
		return Doc{}, err
	}
	if s.i >= len(s.docs) {
		return Doc{}, io.EOF
	}
	i := s.i
	s.i++
	if err := s.errs[i]; err != nil {
		return Doc{}, err
	}
	return s.docs[i], nil
}

func makeDocs(n int) []Doc {
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = Doc{Data: fmt.Appendf(nil, "doc %d", i), Key: fmt.Sprintf("test:%d", i)}
	}
	return docs
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// store is an idempotent put-by-hash store, as the store package provides.
type store struct {
	mu   sync.Mutex
	m    map[string]int // hash → puts
	puts atomic.Int64
}

func (s *store) put(d Doc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string]int{}
	}
	s.m[d.Hash()]++
	s.puts.Add(1)
}

func TestRun(t *testing.T) {
	errBad := errors.New("bad doc")
	tests := []struct {
		name        string
		n           int
		srcErrs     map[int]error
		process     func(d Doc, attempt int) error
		want        Stats
		wantReasons map[string]int64
	}{
		{"all ok", 100, nil, func(Doc, int) error { return nil }, Stats{Read: 100, Processed: 100}, nil},
		{"per-doc failures continue", 10, nil, func(d Doc, _ int) error {
			if strings.HasSuffix(d.Key, "3") || strings.HasSuffix(d.Key, "7") {
				return fmt.Errorf("process: %w", errBad)
			}
			return nil
		}, Stats{Read: 10, Processed: 8, Failed: 2}, map[string]int64{"error": 2}},
		{"source skips counted", 5, map[int]error{1: skip("k1", "malformed", ErrMalformed), 3: skip("k3", "too-large", ErrTooLarge)},
			func(Doc, int) error { return nil }, Stats{Read: 3, Processed: 3, Skipped: 2, Rejected: 2}, map[string]int64{"malformed": 1, "too-large": 1}},
		{"transient retried", 4, nil, func(d Doc, attempt int) error {
			if attempt < 2 {
				return fmt.Errorf("flaky: %w", ErrTransient)
			}
			return nil
		}, Stats{Read: 4, Processed: 4}, nil},
		{"transient gives up", 2, nil, func(Doc, int) error { return ErrTransient }, Stats{Read: 2, Failed: 2}, map[string]int64{"transient": 2}},
		{"panic recovered", 3, nil, func(d Doc, _ int) error {
			if d.Key == "test:1" {
				panic("boom")
			}
			return nil
		}, Stats{Read: 3, Processed: 2, Failed: 1}, map[string]int64{"error": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			attempts := map[string]int{}
			src := &sliceSource{docs: makeDocs(tt.n), errs: tt.srcErrs}
			st, err := Run(context.Background(), Config{Logger: quietLogger(), RetryBackoff: time.Millisecond, Workers: 4}, src,
				func(ctx context.Context, d Doc) error {
					mu.Lock()
					a := attempts[d.Key]
					attempts[d.Key]++
					mu.Unlock()
					return tt.process(d, a)
				})
			if err != nil {
				t.Fatal(err)
			}
			reasons := st.Reasons
			st.Reasons = nil
			if fmt.Sprint(st) != fmt.Sprint(tt.want) {
				t.Errorf("stats = %+v, want %+v", st, tt.want)
			}
			if fmt.Sprint(reasons) != fmt.Sprint(tt.wantReasons) && !(len(reasons) == 0 && len(tt.wantReasons) == 0) {
				t.Errorf("reasons = %v, want %v", reasons, tt.wantReasons)
			}
		})
	}
}

func TestRunSourceFatal(t *testing.T) {
	src := &sliceSource{docs: makeDocs(3), errs: map[int]error{1: errors.New("disk on fire")}}
	st, err := Run(context.Background(), Config{Logger: quietLogger()}, src, func(context.Context, Doc) error { return nil })
	if err == nil || !strings.HasPrefix(err.Error(), "ingest: source:") || st.Processed != 1 {
		t.Errorf("err=%v stats=%+v", err, st)
	}
}

// TestRunResume cancels a run midway, reruns it with the same Checkpoint and
// checks that every doc ends up stored exactly once, none lost.
func TestRunResume(t *testing.T) {
	const n = 500
	docs := makeDocs(n)
	var cp MemoryCheckpoint
	var st store
	ctx, cancel := context.WithCancel(context.Background())
	var count atomic.Int64
	process := func(ctx context.Context, d Doc) error {
		if count.Add(1) == 200 {
			cancel() // Ctrl-C in the middle of the run
		}
		select { // some work that honours cancellation
		case <-time.After(50 * time.Microsecond):
		case <-ctx.Done():
			return ctx.Err()
		}
		st.put(d)
		return nil
	}
	s1, err := Run(ctx, Config{Logger: quietLogger(), Checkpoint: &cp, Workers: 4}, &sliceSource{docs: docs}, process)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("first run err = %v", err)
	}
	if s1.Processed == 0 || s1.Processed >= n {
		t.Fatalf("first run processed %d", s1.Processed)
	}
	s2, err := Run(context.Background(), Config{Logger: quietLogger(), Checkpoint: &cp, Workers: 4}, &sliceSource{docs: docs}, process)
	if err != nil {
		t.Fatal(err)
	}
	if s2.Seen != s1.Processed || s1.Processed+s2.Processed != n {
		t.Errorf("run1 %+v, run2 %+v", s1, s2)
	}
	if len(st.m) != n || cp.Len() != n {
		t.Errorf("stored %d distinct, checkpointed %d, want %d", len(st.m), cp.Len(), n)
	}
	// Puts beyond n are re-puts of docs cut off in flight; idempotent by hash.
	if extra := st.puts.Load() - n; extra > 8 {
		t.Errorf("%d re-puts: more than the docs in flight", extra)
	}
	s3, _ := Run(context.Background(), Config{Logger: quietLogger(), Checkpoint: &cp}, &sliceSource{docs: docs}, process)
	if s3.Seen != n || s3.Processed != 0 {
		t.Errorf("third run %+v, want all seen", s3)
	}
}

type failingCheckpoint struct{ MemoryCheckpoint }

func (f *failingCheckpoint) MarkDone(context.Context, Doc) error { return errors.New("db locked") }

func TestRunCheckpointFailure(t *testing.T) {
	st, err := Run(context.Background(), Config{Logger: quietLogger(), Checkpoint: &failingCheckpoint{}}, &sliceSource{docs: makeDocs(3)},
		func(context.Context, Doc) error { return nil })
	if err != nil || st.Failed != 3 || st.Reasons["checkpoint"] != 3 {
		t.Errorf("err=%v stats=%+v", err, st)
	}
}

// TestRunProgressPlain: off a terminal, progress is a plain line every
// ProgressEvery with count, rate, share read and time left, and Run logs
// no summary of its own (issue #17: a log line, then the same summary again).
func TestRunProgressPlain(t *testing.T) {
	var logs bytes.Buffer
	var mu sync.Mutex
	logger := slog.New(slog.NewTextHandler(&lockedWriter{w: &logs, mu: &mu}, nil))
	var out bytes.Buffer
	src := &progressSource{sliceSource: sliceSource{docs: makeDocs(20)}, total: 2000}
	_, err := Run(context.Background(), Config{Logger: logger, Progress: &lockedWriter{w: &out, mu: &mu}, ProgressEvery: 5 * time.Millisecond},
		src, func(context.Context, Doc) error { time.Sleep(3 * time.Millisecond); return nil })
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(out.String(), "ingest: ") || !strings.Contains(out.String(), " docs, ") || !strings.Contains(out.String(), "% of 2.0 KB read") {
		t.Errorf("progress = %q", out.String())
	}
	if strings.Contains(logs.String(), "ingest: done") || strings.Contains(logs.String(), "progress") {
		t.Errorf("progress or summary logged: %s", logs.String())
	}
	line := progressLine(Stats{Processed: 50, Failed: 2}, fakeProgress{50, 100}, 10*time.Second)
	if line != "50 docs, 5.0/s, 2 failed; 50.0% of 100 B read, about 10s left" {
		t.Errorf("progress line = %q", line)
	}
}

// TestRunProgressBar: on a terminal, a bar (mpb) with percentage, count,
// rate and time left; log lines written through the Console go above it.
func TestRunProgressBar(t *testing.T) {
	var out bytes.Buffer
	var mu sync.Mutex
	console := NewConsole(&lockedWriter{w: &out, mu: &mu})
	logger := slog.New(slog.NewTextHandler(console, nil))
	src := &progressSource{sliceSource: sliceSource{docs: makeDocs(30)}, total: 3000}
	_, err := Run(context.Background(), Config{Logger: logger, Progress: console, ProgressEvery: 5 * time.Millisecond, forceBar: true},
		src, func(_ context.Context, d Doc) error {
			time.Sleep(2 * time.Millisecond)
			if d.Key == "test:7" {
				logger.Warn("a warning while the bar runs")
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	s := out.String()
	for _, want := range []string{"ingest ", "100 %", "30 docs", "/s", "a warning while the bar runs"} {
		if !strings.Contains(s, want) {
			t.Errorf("bar output lacks %q:\n%q", want, s)
		}
	}
}

// progressSource is a sliceSource that reports 100 bytes read per doc;
// Progress may be called from another goroutine.
type progressSource struct {
	sliceSource
	total int64
	read  atomic.Int64
}

func (p *progressSource) Next(ctx context.Context) (Doc, error) {
	d, err := p.sliceSource.Next(ctx)
	p.read.Store(int64(p.i) * 100)
	return d, err
}

func (p *progressSource) Progress() (int64, int64) { return p.read.Load(), p.total }

type fakeProgress struct{ done, total int64 }

func (f fakeProgress) Progress() (int64, int64) { return f.done, f.total }

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// TestRunBadInputEndToEnd feeds every kind of bad input through one run:
// each is skipped with its reason and the good documents all get through.
func TestRunBadInputEndToEnd(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.warc"), append([]byte("WARC/1.0\r\nContent-Length: zz\r\n\r\n"),
		warcRecord("conversion", "http://e.com/", "text/plain", []byte("good warc"))...))
	g := gz([]byte(strings.Repeat("{\"a\":\"truncated\"}\n", 2000)))
	writeFile(t, filepath.Join(dir, "b.jsonl.gz"), g[:len(g)/2])
	writeFile(t, filepath.Join(dir, "c.html.gz"), gz(bytes.Repeat([]byte("<div>"), 1<<20)))
	writeFile(t, filepath.Join(dir, "d.txt"), []byte("good text"))

	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/feed", http.StatusFound) })
	mux.HandleFunc("/feed2", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss><channel><item><link>/good</link></item><item><link>/huge</link></item><item><link>/loop</link></item></channel></rss>`)
	})
	mux.HandleFunc("/good", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<p>good page</p>") })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		chunk := make([]byte, 64<<10)
		for sent := 0; sent < 1<<30; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	srv := newServer(t, mux)
	f := testFetcher(FetcherConfig{MaxBodyBytes: 1 << 20})
	src := Concat(
		NewFeedSource(srv.URL+"/feed", FeedConfig{Getter: f}),
		NewFileSource([]string{dir}, FileConfig{MaxDocBytes: 1 << 20}),
		NewFeedSource(srv.URL+"/feed2", FeedConfig{Getter: f}),
	)
	var mu sync.Mutex
	var got []string
	st, err := Run(context.Background(), Config{Logger: quietLogger()}, src, func(_ context.Context, d Doc) error {
		mu.Lock()
		got = append(got, string(d.Data))
		mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{"redirects": 2, "malformed": 1, "truncated": 1, "too-large": 2}
	if fmt.Sprint(st.Reasons) != fmt.Sprint(want) || st.Skipped != 6 {
		t.Errorf("stats = %+v, want reasons %v", st, want)
	}
	good := 0
	for _, g := range got {
		if !strings.Contains(g, "truncated") { // lines before the cut are real docs
			good++
		}
	}
	if good != 3 || st.Processed != int64(len(got)) {
		t.Errorf("processed %d, %d good, want the 3 good documents", st.Processed, good)
	}
}

// TestRunFatalStops: a process error wrapping ErrFatal (a full disk) stops
// the run at once: no retries, no further documents started, the error
// returned, nothing checkpointed for the documents cut off.
func TestRunFatalStops(t *testing.T) {
	var calls atomic.Int64
	var cp MemoryCheckpoint
	diskFull := Fatal(errors.New("store: put: write: no space left on device"))
	st, err := Run(context.Background(), Config{Logger: quietLogger(), Workers: 2, Checkpoint: &cp, RetryBackoff: time.Millisecond},
		&sliceSource{docs: makeDocs(1000)}, func(ctx context.Context, d Doc) error {
			if calls.Add(1) >= 5 {
				return fmt.Errorf("%w: %w", ErrTransient, diskFull) // even when marked transient
			}
			return nil
		})
	if !errors.Is(err, ErrFatal) || !strings.HasPrefix(err.Error(), "ingest: stopped at test:") || !strings.HasSuffix(err.Error(), ": store: put: write: no space left on device") {
		t.Fatalf("err = %v, want the fatal store error", err)
	}
	if n := calls.Load(); n > 10 {
		t.Errorf("%d process calls after a fatal error: the run went on", n)
	}
	if st.Failed != 0 || st.Processed+st.Canceled != st.Read || int64(cp.Len()) != st.Processed {
		t.Errorf("stats = %+v, checkpointed %d", st, cp.Len())
	}
}

func TestRunMaxFailures(t *testing.T) {
	var calls atomic.Int64
	src := &sliceSource{docs: makeDocs(1000), errs: map[int]error{0: skip("k0", "malformed", ErrMalformed)}}
	st, err := Run(context.Background(), Config{Logger: quietLogger(), Workers: 1, MaxFailures: 3}, src,
		func(context.Context, Doc) error { calls.Add(1); return errors.New("bad") })
	if !errors.Is(err, ErrTooManyFailures) {
		t.Fatalf("err = %v, want ErrTooManyFailures", err)
	}
	if st.Failures() != 3 || calls.Load() > 5 {
		t.Errorf("stats = %+v after %d calls, want a stop at the third failure", st, calls.Load())
	}
	// Routine skips (a WARC's redirects) are not failures.
	src = &sliceSource{docs: makeDocs(10), errs: map[int]error{1: skip("k1", "http-status", ErrHTTPStatus), 2: skip("k2", "unsupported", ErrSkipped)}}
	if st, err := Run(context.Background(), Config{Logger: quietLogger(), MaxFailures: 1}, src, func(context.Context, Doc) error { return nil }); err != nil || st.Rejected != 0 {
		t.Errorf("benign skips: err=%v stats=%+v", err, st)
	}
}

// TestRunUnreadableNamed: a named source that cannot be read is listed in
// Stats.Unreadable (the command exits non-zero on it); a bad file found in a
// directory is only a skip.
func TestRunUnreadableNamed(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "d", "ok.txt"), []byte("نص"))
	writeFile(t, filepath.Join(dir, "notes.pdf"), []byte("%PDF"))
	src := NewFileSource([]string{filepath.Join(dir, "missing.jsonl"), filepath.Join(dir, "d"), filepath.Join(dir, "notes.pdf")}, FileConfig{Logger: quietLogger()})
	st, err := Run(context.Background(), Config{Logger: quietLogger()}, src, func(context.Context, Doc) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"file:" + filepath.Join(dir, "missing.jsonl"), "file:" + filepath.Join(dir, "notes.pdf")}
	slices.Sort(st.Unreadable)
	if !slices.Equal(st.Unreadable, want) || st.Processed != 1 {
		t.Errorf("stats = %+v, want unreadable %v", st, want)
	}
}
