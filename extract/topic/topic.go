package topic

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/marsad/marsad/arabic"
)

// Topics the model tells apart.
const (
	News    = "news"
	Sport   = "sport"
	Culture = "culture"
)

// topics are the classes of the model, in the order of its columns.
var topics = [...]string{News, Sport, Culture}

// ErrModel is wrapped by every error about a damaged topic model file.
var ErrModel = errors.New("topic: bad model")

// Model is a multinomial naive Bayes model over word keys. It is
// read-only and safe for concurrent use.
type Model struct {
	prior [len(topics)]float64
	logp  map[string][len(topics)]float32 // log P(word | topic); other words are left out
}

// Result is the topic of a text with its posterior probability.
type Result struct {
	Topic string
	P     float64
}

// Classify returns the most probable topic of the document's words.
func (m *Model) Classify(doc *arabic.Document) Result {
	score := m.prior
	for _, t := range doc.Tokens {
		if t.Kind != arabic.Word {
			continue
		}
		lp, ok := m.logp[t.Norm]
		if !ok {
			continue
		}
		for k := range score {
			score[k] += float64(lp[k])
		}
	}
	best := 0
	for k := range score {
		if score[k] > score[best] {
			best = k
		}
	}
	z := 0.0
	for k := range score {
		z += math.Exp(score[k] - score[best])
	}
	return Result{Topic: topics[best], P: 1 / z}
}

//go:embed data/topics.tsv.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model (data/SOURCE says how it was built),
// loaded once and shared.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(embedded))
		if err != nil {
			defaultErr = fmt.Errorf("%w: %v", ErrModel, err)
			return
		}
		defaultModel, defaultErr = Read(zr)
	})
	return defaultModel, defaultErr
}

// Read reads a model written by Write: a header line "prior TAB p1 TAB p2
// TAB p3" (log priors), then "word TAB lp1 TAB lp2 TAB lp3" lines.
func Read(r io.Reader) (*Model, error) {
	m := &Model{logp: map[string][len(topics)]float32{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != len(topics)+1 {
			return nil, fmt.Errorf("%w: line %d: %d columns", ErrModel, line, len(cols))
		}
		var v [len(topics)]float64
		for k := range v {
			x, err := strconv.ParseFloat(cols[k+1], 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
				return nil, fmt.Errorf("%w: line %d: %q", ErrModel, line, cols[k+1])
			}
			v[k] = x
		}
		switch {
		case line == 1 && cols[0] == "prior":
			m.prior = v
		case line == 1:
			return nil, fmt.Errorf("%w: no prior line", ErrModel)
		default:
			var f [len(topics)]float32
			for k := range v {
				f[k] = float32(v[k])
			}
			m.logp[cols[0]] = f
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("%w: empty", ErrModel)
	}
	return m, nil
}
