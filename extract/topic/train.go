package topic

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// TrainOptions tunes Train.
type TrainOptions struct {
	// Exclude lists record IDs left out (articles of the gold sets).
	Exclude map[string]bool
	// Vocab is how many words the model keeps, the most informative
	// first (default 8,000); MinCount the least count of a kept word
	// (default 20).
	Vocab, MinCount int
}

// Report is what training measured on the held-out tenth of the corpus.
type Report struct {
	Train, Test int
	Accuracy    float64
	// Confusion[gold][system] over the test articles.
	Confusion map[string]map[string]int
}

// topicOfCategory maps an ANT section to a topic.
func topicOfCategory(c string) int {
	switch strings.ToLower(c) {
	case "sport":
		return 1
	case "culture":
		return 2
	}
	return 0
}

// heldOut puts a tenth of the records, by a hash of their ID, in the test
// part.
func heldOut(id string) bool {
	h := fnv.New32a()
	h.Write([]byte("marsad-topic/" + id))
	return h.Sum32()%10 == 0
}

// Train builds a model from a news corpus in JSON Lines (fields id,
// category, title, text; gzip allowed): naive Bayes over word keys with
// add-one smoothing, the words of highest mutual information with the
// topic kept. A tenth of the records is held out and scored.
func Train(ctx context.Context, path string, opts TrainOptions) (*Model, Report, error) {
	if opts.Vocab <= 0 {
		opts.Vocab = 8000
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 20
	}
	var counts = map[string]*[len(topics)]float64{}
	var docs, words [len(topics)]float64
	type test struct {
		gold int
		toks []string
	}
	var tests []test
	err := readRecords(ctx, path, func(id, category, text string) {
		if opts.Exclude[id] {
			return
		}
		k := topicOfCategory(category)
		var ws []string
		for _, t := range arabic.Tokenize(text) {
			if t.Kind == arabic.Word {
				ws = append(ws, t.Norm)
			}
		}
		if heldOut(id) {
			tests = append(tests, test{k, ws})
			return
		}
		docs[k]++
		for _, w := range ws {
			c := counts[w]
			if c == nil {
				c = new([len(topics)]float64)
				counts[w] = c
			}
			c[k]++
			words[k]++
		}
	})
	if err != nil {
		return nil, Report{}, err
	}
	// mutual information of each word's presence with the topic, from token counts
	total := words[0] + words[1] + words[2]
	type scored struct {
		w  string
		mi float64
	}
	var cand []scored
	for w, c := range counts {
		n := c[0] + c[1] + c[2]
		if n < float64(opts.MinCount) {
			continue
		}
		mi := 0.0
		for k := range c {
			if c[k] == 0 {
				continue
			}
			pwk := c[k] / total
			mi += pwk * math.Log(pwk/((n/total)*(words[k]/total)))
		}
		cand = append(cand, scored{w, mi})
	}
	sort.Slice(cand, func(i, j int) bool {
		if cand[i].mi != cand[j].mi {
			return cand[i].mi > cand[j].mi
		}
		return cand[i].w < cand[j].w
	})
	if len(cand) > opts.Vocab {
		cand = cand[:opts.Vocab]
	}
	m := &Model{logp: make(map[string][len(topics)]float32, len(cand))}
	var kept [len(topics)]float64
	for _, s := range cand {
		for k := range kept {
			kept[k] += counts[s.w][k]
		}
	}
	v := float64(len(cand))
	for _, s := range cand {
		var lp [len(topics)]float32
		for k := range lp {
			lp[k] = float32(math.Log((counts[s.w][k] + 1) / (kept[k] + v)))
		}
		m.logp[s.w] = lp
	}
	nd := docs[0] + docs[1] + docs[2]
	for k := range m.prior {
		m.prior[k] = math.Log((docs[k] + 1) / (nd + float64(len(topics))))
	}
	rep := Report{Train: int(nd), Test: len(tests), Confusion: map[string]map[string]int{}}
	right := 0
	for _, t := range tests {
		doc := &arabic.Document{}
		for _, w := range t.toks {
			doc.Tokens = append(doc.Tokens, arabic.Token{Text: w, Norm: w, Kind: arabic.Word})
		}
		got := m.Classify(doc).Topic
		g := topics[t.gold]
		if rep.Confusion[g] == nil {
			rep.Confusion[g] = map[string]int{}
		}
		rep.Confusion[g][got]++
		if got == g {
			right++
		}
	}
	if len(tests) > 0 {
		rep.Accuracy = float64(right) / float64(len(tests))
	}
	return m, rep, nil
}

// Write writes the model in the format Read reads, words sorted.
func (m *Model) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "prior\t%.6g\t%.6g\t%.6g\n", m.prior[0], m.prior[1], m.prior[2])
	ws := make([]string, 0, len(m.logp))
	for k := range m.logp {
		ws = append(ws, k)
	}
	sort.Strings(ws)
	for _, k := range ws {
		lp := m.logp[k]
		fmt.Fprintf(bw, "%s\t%.5g\t%.5g\t%.5g\n", k, lp[0], lp[1], lp[2])
	}
	return bw.Flush()
}

// readRecords calls f for every record of a JSON Lines news corpus.
func readRecords(ctx context.Context, path string, f func(id, category, text string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("topic: %w", err)
	}
	defer fh.Close()
	var r io.Reader = fh
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(fh)
		if err != nil {
			return fmt.Errorf("topic: %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if n%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		var rec struct {
			ID, Category, Title, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("topic: %s line %d: %w", path, n, err)
		}
		f(rec.ID, rec.Category, rec.Title+"\n"+rec.Text)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("topic: %s: %w", path, err)
	}
	return nil
}
