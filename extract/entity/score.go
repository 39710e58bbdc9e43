package entity

import (
	"fmt"
	"io"
	"strings"
)

// Chunk is a labelled span of tokens [Start, End) in a sentence.
type Chunk struct {
	Type  string
	Start int
	End   int
}

// Chunks extracts the chunks of a BIO tag sequence by conlleval's rules: a
// chunk starts at B-X, or at I-X after O or after a tag of another type, and
// ends before the next tag that does not continue it (O, B-*, or I-Y).
func Chunks(tags []string) []Chunk {
	var out []Chunk
	cur := -1
	curType := ""
	for i, t := range tags {
		prefix, typ := splitTag(t)
		continues := prefix == 'I' && cur >= 0 && typ == curType
		if continues {
			continue
		}
		if cur >= 0 {
			out = append(out, Chunk{curType, cur, i})
			cur, curType = -1, ""
		}
		if prefix == 'B' || prefix == 'I' {
			cur, curType = i, typ
		}
	}
	if cur >= 0 {
		out = append(out, Chunk{curType, cur, len(tags)})
	}
	return out
}

func splitTag(t string) (byte, string) {
	if len(t) >= 3 && t[1] == '-' {
		return t[0], t[2:]
	}
	return 'O', ""
}

// PRF is precision, recall and F1 with the counts they come from.
type PRF struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (p PRF) Precision() float64 { return ratio(p.TP, p.TP+p.FP) }

// Recall is TP/(TP+FN), 0 when there is no gold.
func (p PRF) Recall() float64 { return ratio(p.TP, p.TP+p.FN) }

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score is an exact-span chunk evaluation: per type and micro-averaged.
type Score struct {
	ByType map[string]PRF
	Micro  PRF
	Tokens int
}

// Evaluate scores predicted tag sequences against gold ones, conlleval
// style: a predicted chunk is correct when a gold chunk has the same span
// and type. gold and pred must have the same shape.
func Evaluate(gold, pred [][]string) (Score, error) {
	s := Score{ByType: map[string]PRF{PER: {}, LOC: {}, ORG: {}, MISC: {}}}
	if len(gold) != len(pred) {
		return s, fmt.Errorf("entity: evaluate: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	for i := range gold {
		if len(gold[i]) != len(pred[i]) {
			return s, fmt.Errorf("entity: evaluate: sentence %d has %d gold tags, %d predicted", i, len(gold[i]), len(pred[i]))
		}
		s.Tokens += len(gold[i])
		g := make(map[Chunk]bool)
		for _, c := range Chunks(gold[i]) {
			g[c] = true
		}
		for _, c := range Chunks(pred[i]) {
			p := s.ByType[c.Type]
			if g[c] {
				p.TP++
				delete(g, c)
			} else {
				p.FP++
			}
			s.ByType[c.Type] = p
		}
		for c := range g {
			p := s.ByType[c.Type]
			p.FN++
			s.ByType[c.Type] = p
		}
	}
	for _, p := range s.ByType {
		s.Micro.TP += p.TP
		s.Micro.FP += p.FP
		s.Micro.FN += p.FN
	}
	return s, nil
}

// Report writes the score as a conlleval-like table.
func (s Score) Report(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "tp", "fp", "fn")
	row := func(name string, p PRF) {
		fmt.Fprintf(&b, "%-6s %9.4f %9.4f %9.4f %7d %7d %7d\n", name, p.Precision(), p.Recall(), p.F1(), p.TP, p.FP, p.FN)
	}
	for _, t := range []string{PER, LOC, ORG, MISC} {
		row(t, s.ByType[t])
	}
	row("micro", s.Micro)
	fmt.Fprintf(&b, "tokens %d\n", s.Tokens)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("entity: report: %w", err)
	}
	return nil
}
