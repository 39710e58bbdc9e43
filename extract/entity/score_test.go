package entity

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Chunk
	}{
		{"empty", "", nil},
		{"all O", "O O O", nil},
		{"single", "B-PER", []Chunk{{PER, 0, 1}}},
		{"two words", "B-PER I-PER O", []Chunk{{PER, 0, 2}}},
		{"adjacent B", "B-LOC B-LOC", []Chunk{{LOC, 0, 1}, {LOC, 1, 2}}},
		{"I after O starts a chunk", "O I-ORG I-ORG", []Chunk{{ORG, 1, 3}}},
		{"I of another type starts a chunk", "B-PER I-LOC", []Chunk{{PER, 0, 1}, {LOC, 1, 2}}},
		{"I at start", "I-MISC O", []Chunk{{MISC, 0, 1}}},
		{"chunk at end", "O B-ORG I-ORG", []Chunk{{ORG, 1, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Chunks(strings.Fields(tt.tags))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Chunks(%q) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func TestEvaluate(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred string
		tp, fp, fn int
		perType    map[string]PRF
	}{
		{"exact", "B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC", 2, 0, 0, map[string]PRF{PER: {TP: 1}, LOC: {TP: 1}}},
		{"short span is FP and FN", "B-PER I-PER", "B-PER O", 0, 1, 1, map[string]PRF{PER: {FP: 1, FN: 1}}},
		{"long span is FP and FN", "B-ORG O", "B-ORG I-ORG", 0, 1, 1, nil},
		{"wrong type", "B-ORG I-ORG", "B-LOC I-LOC", 0, 1, 1, map[string]PRF{ORG: {FN: 1}, LOC: {FP: 1}}},
		{"I-X after O counts as a chunk", "B-LOC O", "I-LOC O", 1, 0, 0, nil},
		{"split chunk", "B-PER I-PER", "B-PER B-PER", 0, 2, 1, nil},
		{"nothing predicted", "B-MISC", "O", 0, 0, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, err := Evaluate([][]string{strings.Fields(tt.gold)}, [][]string{strings.Fields(tt.pred)})
			if err != nil {
				t.Fatal(err)
			}
			if sc.Micro.TP != tt.tp || sc.Micro.FP != tt.fp || sc.Micro.FN != tt.fn {
				t.Errorf("micro = %+v, want tp %d fp %d fn %d", sc.Micro, tt.tp, tt.fp, tt.fn)
			}
			for typ, want := range tt.perType {
				if sc.ByType[typ] != want {
					t.Errorf("%s = %+v, want %+v", typ, sc.ByType[typ], want)
				}
			}
		})
	}
}

func TestPRF(t *testing.T) {
	p := PRF{TP: 3, FP: 1, FN: 2}
	if math.Abs(p.Precision()-0.75) > 1e-9 || math.Abs(p.Recall()-0.6) > 1e-9 {
		t.Errorf("P %v R %v", p.Precision(), p.Recall())
	}
	if want := 2 * 0.75 * 0.6 / 1.35; math.Abs(p.F1()-want) > 1e-9 {
		t.Errorf("F1 %v, want %v", p.F1(), want)
	}
	if (PRF{}).F1() != 0 {
		t.Error("empty F1 not 0")
	}
}

func TestEvaluateShapeMismatch(t *testing.T) {
	if _, err := Evaluate([][]string{{"O"}}, nil); err == nil {
		t.Error("want error for sentence count mismatch")
	}
	if _, err := Evaluate([][]string{{"O"}}, [][]string{{"O", "O"}}); err == nil {
		t.Error("want error for token count mismatch")
	}
}

func TestReport(t *testing.T) {
	sc, _ := Evaluate([][]string{{"B-PER", "O"}}, [][]string{{"B-PER", "O"}})
	var buf bytes.Buffer
	if err := sc.Report(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"PER", "LOC", "ORG", "MISC", "micro", "1.0000"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
}
