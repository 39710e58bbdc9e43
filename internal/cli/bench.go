package cli

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/document"
)

// benchResult is what `marsad bench` measures. Rates are per core: work
// divided by the CPU time the process spent on it, so they hold on a busy
// machine and scale with the cores given to a worker pool.
type benchResult struct {
	Corpus          string  `json:"corpus"`
	Articles        int     `json:"articles"`
	TextMB          float64 `json:"text_mb"`
	Tokens          int     `json:"tokens"`
	LoadSeconds     float64 `json:"load_seconds"`
	TokenizeMBps    float64 `json:"tokenize_mb_per_cpu_second"`
	CleanDocsPerSec float64 `json:"clean_docs_per_cpu_second"`
	AnalyzePerSec   float64 `json:"analyze_articles_per_cpu_second"`
	AnalyzeTokPerS  float64 `json:"analyze_tokens_per_cpu_second"`
	PeakRSSMB       float64 `json:"peak_rss_mb"`
	GoMaxProcs      int     `json:"gomaxprocs"`
}

func runBench(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "bench", "[--corpus FILE.jsonl[.gz]] [--n N] [--json]")
	corpus := fs.String("corpus", "", "JSON Lines news corpus (default: ../shared/data/news/ant-2018.jsonl.gz when present)")
	n := fs.Int("n", 1000, "number of articles, spread evenly over the corpus")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the full-analysis stage to `FILE`")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	if *n <= 0 {
		return usageError("--n must be positive")
	}
	if *corpus == "" {
		*corpus = findShared(filepath.Join("data", "news", "ant-2018.jsonl.gz"))
		if *corpus == "" {
			return usageError("no corpus: give --corpus FILE (the news corpus of ../shared was not found)")
		}
	}
	lines, err := sampleLines(*corpus, *n)
	if err != nil {
		return err
	}
	res := benchResult{Corpus: *corpus, GoMaxProcs: runtime.GOMAXPROCS(0)}

	// Cleaning: raw JSON record → Article.
	var arts []*document.Article
	cpu0, _ := cpuTime()
	for _, l := range lines {
		a, err := document.ParseRecord(l)
		if err != nil {
			continue
		}
		arts = append(arts, a)
	}
	cpu1, _ := cpuTime()
	res.Articles = len(arts)
	res.CleanDocsPerSec = rate(float64(len(lines)), cpu1-cpu0)
	if len(arts) == 0 {
		return errors.New("bench: no article could be read from the corpus")
	}
	bytesTotal := 0
	for _, a := range arts {
		bytesTotal += len(a.Body)
	}
	res.TextMB = float64(bytesTotal) / 1e6

	// Tokenise + normalise (Token.Norm and Token.Stem are filled).
	cpu0, _ = cpuTime()
	for _, a := range arts {
		res.Tokens += len(arabic.Tokenize(a.Body))
	}
	cpu1, _ = cpuTime()
	res.TokenizeMBps = rate(res.TextMB, cpu1-cpu0)

	// Loading the models.
	t0 := time.Now()
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		return err
	}
	res.LoadSeconds = time.Since(t0).Seconds()

	// Full analysis: entities, actors, quotes, times, places, events.
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	cpu0, _ = cpuTime()
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := az.AnalyzeArticle(ctx, a, a.Published); err != nil {
			return fmt.Errorf("bench: %s: %w", a.ID, err)
		}
	}
	cpu1, rss := cpuTime()
	res.AnalyzePerSec = rate(float64(len(arts)), cpu1-cpu0)
	res.AnalyzeTokPerS = rate(float64(res.Tokens), cpu1-cpu0)
	res.PeakRSSMB = float64(rss) / (1 << 20)

	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	w := env.Stdout
	fmt.Fprintf(w, "corpus            %s\n", res.Corpus)
	fmt.Fprintf(w, "articles          %d (%.1f MB of body text, %d tokens)\n", res.Articles, res.TextMB, res.Tokens)
	fmt.Fprintf(w, "model load        %.2f s\n", res.LoadSeconds)
	fmt.Fprintf(w, "tokenise+norm     %.1f MB per CPU-second\n", res.TokenizeMBps)
	fmt.Fprintf(w, "clean (JSON)      %.0f documents per CPU-second\n", res.CleanDocsPerSec)
	fmt.Fprintf(w, "full analyze      %.1f articles per CPU-second (%.0f tokens/s)\n", res.AnalyzePerSec, res.AnalyzeTokPerS)
	fmt.Fprintf(w, "peak memory (RSS) %.0f MB\n", res.PeakRSSMB)
	return nil
}

func rate(work float64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return work / d.Seconds()
}

// sampleLines reads n lines spread evenly over a JSON Lines file (gzip or not).
func sampleLines(path string, n int) ([][]byte, error) {
	all, err := readLines(path)
	if err != nil {
		return nil, err
	}
	if len(all) <= n {
		return all, nil
	}
	out := make([][]byte, 0, n)
	step := float64(len(all)) / float64(n)
	for i := 0; i < n; i++ {
		out = append(out, all[int(float64(i)*step)])
	}
	return out, nil
}

func readLines(path string) ([][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = bufio.NewReader(f)
	if br := r.(*bufio.Reader); true {
		if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
			zr, err := gzip.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			defer zr.Close()
			r = zr
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var out [][]byte
	for sc.Scan() {
		out = append(out, append([]byte(nil), sc.Bytes()...))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// findShared looks for rel under a "shared" directory beside the working
// directory or one of its parents (the layout of the Marsad workspace), or
// under $MARSAD_SHARED. It returns "" when not found.
func findShared(rel string) string {
	if d := os.Getenv("MARSAD_SHARED"); d != "" {
		if p := filepath.Join(d, rel); fileExists(p) {
			return p
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if p := filepath.Join(dir, "..", "shared", rel); fileExists(p) {
			return filepath.Clean(p)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
