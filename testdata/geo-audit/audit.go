//go:build ignore

// Command audit builds the geocoding audit list of testdata/geo-audit.
//
//	go run testdata/geo-audit/audit.go sample ../shared/data/news/ant-2018.jsonl.gz testdata/gold ../shared/eval/gold > /tmp/geo-sample.jsonl
//	go build -o /tmp/ga ./cmd/marsad && /tmp/ga analyze --input-format jsonl /tmp/geo-sample.jsonl > /tmp/geo-sample.out
//	go run testdata/geo-audit/audit.go top /tmp/geo-sample.out 300 > /tmp/geo-top.tsv
//	go run testdata/geo-audit/audit.go contexts /tmp/geo-sample.out 300 4 > /tmp/geo-contexts.txt
//	go run testdata/geo-audit/audit.go score testdata/geo-audit/verdicts.tsv
//
// The sample is every 15th record of the corpus (records 0, 15, 30, … in
// file order) whose ID is not the name of a file of the gold folders given,
// the first 2,000 of them.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const (
	step = 15
	size = 2000
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) < 2 {
		return fmt.Errorf("usage: audit sample|top|contexts|score ARGS")
	}
	switch args[0] {
	case "sample":
		return sample(args[1], args[2:])
	case "top":
		n, _ := strconv.Atoi(args[2])
		return top(args[1], n, 0)
	case "contexts":
		n, _ := strconv.Atoi(args[2])
		k, _ := strconv.Atoi(args[3])
		return top(args[1], n, k)
	case "score":
		return score(args[1])
	}
	return fmt.Errorf("unknown command %q", args[0])
}

func sample(corpus string, golds []string) error {
	skip := map[string]bool{}
	for _, dir := range golds {
		names, err := filepath.Glob(filepath.Join(dir, "*.json"))
		if err != nil {
			return err
		}
		for _, n := range names {
			skip[strings.TrimSuffix(filepath.Base(n), ".json")] = true
		}
	}
	f, err := os.Open(corpus)
	if err != nil {
		return err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	r := bufio.NewReader(z)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	kept := 0
	for i := 0; kept < size; i++ {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 && i%step == 0 {
			var rec struct {
				ID string `json:"id"`
			}
			if json.Unmarshal(line, &rec) == nil && !skip[rec.ID] {
				w.Write(line)
				kept++
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	return nil
}

type analysis struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Body   string `json:"body"`
	Places []struct {
		Name    string  `json:"name"`
		Country string  `json:"country"`
		Kind    string  `json:"kind"`
		Lat     float64 `json:"lat"`
		Lon     float64 `json:"lon"`
		Spans   []struct {
			Start int `json:"start"`
			End   int `json:"end"`
		} `json:"spans"`
	} `json:"places"`
}

type entry struct {
	key, name, country, kind string
	lat, lon                 float64
	count, docs              int
	contexts                 []string
}

// top prints the n place names with most mentions (name, country, kind,
// coordinates) and, when k > 0, up to k contexts of each from distinct
// articles.
func top(file string, n, k int) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	by := map[string]*entry{}
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var a analysis
			if json.Unmarshal(line, &a) != nil {
				continue
			}
			for _, p := range a.Places {
				key := fmt.Sprintf("%s\t%s\t%.3f,%.3f", p.Name, p.Country, p.Lat, p.Lon)
				e := by[key]
				if e == nil {
					e = &entry{key: key, name: p.Name, country: p.Country, kind: p.Kind, lat: p.Lat, lon: p.Lon}
					by[key] = e
				}
				e.count += len(p.Spans)
				e.docs++
				if len(e.contexts) < k && len(p.Spans) > 0 && (e.docs%3 == 1 || e.docs > 12) {
					s := p.Spans[0]
					if s.End <= len(a.Body) {
						e.contexts = append(e.contexts, a.ID+": "+window(a.Body, s.Start, s.End))
					}
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	list := make([]*entry, 0, len(by))
	for _, e := range by {
		list = append(list, e)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].key < list[j].key
	})
	if len(list) > n {
		list = list[:n]
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i, e := range list {
		fmt.Fprintf(w, "%d\t%s\t%s\t%.3f,%.3f\t%s\t%d\t%d\n", i+1, e.name, e.country, e.lat, e.lon, e.kind, e.count, e.docs)
		for _, c := range e.contexts {
			fmt.Fprintf(w, "    %s\n", c)
		}
	}
	return nil
}

// window is the text around body[start:end], about 60 bytes each side,
// with the mention in brackets.
func window(body string, start, end int) string {
	a, b := start-90, end+90
	if a < 0 {
		a = 0
	}
	if b > len(body) {
		b = len(body)
	}
	for a > 0 && a < len(body) && body[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(body) && body[b]&0xC0 == 0x80 {
		b++
	}
	s := body[a:start] + "[[" + body[start:end] + "]]" + body[end:b]
	return strings.ReplaceAll(s, "\n", " ")
}

// score prints the share of right verdicts of a verdicts file, counting a
// partly right place as half.
func score(file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var right, partly, wrong int
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "rank\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			return fmt.Errorf("short line %q", line)
		}
		switch f[5] {
		case "right":
			right++
		case "partly":
			partly++
		case "wrong":
			wrong++
		default:
			return fmt.Errorf("verdict %q", f[5])
		}
	}
	total := right + partly + wrong
	fmt.Printf("%d places: %d right, %d partly, %d wrong; right %.1f%% (partly as half: %.1f%%)\n",
		total, right, partly, wrong, 100*float64(right)/float64(total), 100*(float64(right)+float64(partly)/2)/float64(total))
	return nil
}
