package entity

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad/arabic/syntax"
	"github.com/marsad/marsad/internal/sharedtest"
)

var loadTagger = sync.OnceValues(DefaultTagger)

var loadSyntax = sync.OnceValues(syntax.DefaultModel)

// annotator returns the syntax model the tagger reads documents of.
func annotator(t testing.TB) *syntax.Model {
	t.Helper()
	m, err := loadSyntax()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// tagWords tags the words of one sentence.
func tagWords(t testing.TB, tg *Tagger, words []string) []string {
	t.Helper()
	return tg.TagSentences(annotator(t), [][]string{words})[0]
}

func defaultTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := loadTagger()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func readCoNLLFile(t testing.TB, path string) []Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func scoreTagger(t testing.TB, tg *Tagger, sents []Sentence) Score {
	t.Helper()
	toks := make([][]string, len(sents))
	gold := make([][]string, len(sents))
	for i, s := range sents {
		toks[i], gold[i] = s.Tokens, s.Tags
	}
	sc, err := Evaluate(gold, tg.TagSentences(annotator(t), toks))
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// The accuracy floors are the figures the shipped model reached minus up to
// one point; they load the shipped model and never retrain.
const (
	floorTestF1    = 0.75 // ANERcorp test (CAMeL split), micro F1; reached 0.7554
	floorFixtureF1 = 0.82 // testdata/anercorp-test-head.conll; reached 0.8336
)

func TestAccuracyANERcorpTest(t *testing.T) {
	sents := readCoNLLFile(t, sharedtest.Path(t, "data", "ner", "anercorp", "test.conll"))
	sc := scoreTagger(t, defaultTagger(t), sents)
	var buf bytes.Buffer
	sc.Report(&buf)
	t.Logf("ANERcorp test:\n%s", buf.String())
	if f1 := sc.Micro.F1(); f1 < floorTestF1 {
		t.Errorf("micro F1 %.4f below the floor %.2f", f1, floorTestF1)
	}
}

func TestAccuracyFixture(t *testing.T) {
	sents := readCoNLLFile(t, filepath.Join("testdata", "anercorp-test-head.conll"))
	sc := scoreTagger(t, defaultTagger(t), sents)
	if f1 := sc.Micro.F1(); f1 < floorFixtureF1 {
		t.Errorf("fixture micro F1 %.4f below the floor %.2f", f1, floorFixtureF1)
	}
}

func TestTagRobust(t *testing.T) {
	tg := defaultTagger(t)
	long := strings.Fields(strings.Repeat("قال محمد إن القاهرة جميلة ", 1000))
	tests := []struct {
		name   string
		tokens []string
	}{
		{"nil", nil},
		{"empty token", []string{""}},
		{"5000 tokens", long},
		{"latin", strings.Fields("The quick brown fox , Reuters .")},
		{"digits", []string{"2020", "١٢٣", "3.5", "7/16"}},
		{"punctuation", []string{".", "،", "(", "»"}},
		{"invalid utf8", []string{"\xff\xfe", "حفتر"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags := tagWords(t, tg, tt.tokens)
			if len(tags) != len(tt.tokens) {
				t.Fatalf("%d tags for %d tokens", len(tags), len(tt.tokens))
			}
			for i, tag := range tags {
				if _, ok := tagID(tag); !ok {
					t.Fatalf("tag %d = %q", i, tag)
				}
				if tag[0] == 'I' && (i == 0 || tags[i-1] == "O" || tags[i-1][2:] != tag[2:]) {
					t.Fatalf("invalid transition to %s at %d", tag, i)
				}
			}
		})
	}
	if got := tg.TagSentences(annotator(t), [][]string{nil, {"ليبيا"}, nil}); len(got) != 3 || len(got[1]) != 1 {
		t.Errorf("TagSentences with empty sentences = %v", got)
	}
	if got := tg.Tag(annotator(t).Annotate("")); len(got) != 0 {
		t.Errorf("Tag of an empty document = %v", got)
	}
}

func TestTrainDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("trains twice")
	}
	sents := readCoNLLFile(t, filepath.Join("testdata", "anercorp-test-head.conll"))
	cl, err := DefaultClusters()
	if err != nil {
		t.Fatal(err)
	}
	train, dev := sents[:100], sents[100:]
	var models [2][]byte
	for i := range models {
		tg, res, err := Train(context.Background(), train, dev, cl, TrainOptions{Epochs: 2, Folds: 2, Seed: 7, Annotator: annotator(t)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.BestEpoch) != 2 || len(res.DevF1) == 0 {
			t.Errorf("result %+v", res)
		}
		var buf bytes.Buffer
		if _, err := tg.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		models[i] = buf.Bytes()
		// What was written loads back and tags the same.
		back, err := LoadTagger(bytes.NewReader(models[i]), cl)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := strings.Join(tagWords(t, tg, dev[0].Tokens), " "), strings.Join(tagWords(t, back, dev[0].Tokens), " "); a != b {
			t.Errorf("reloaded model tags %q, want %q", b, a)
		}
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two trainings with the same seed gave different models")
	}
}

func TestTrainErrors(t *testing.T) {
	a := annotator(t)
	if _, _, err := Train(context.Background(), nil, nil, nil, TrainOptions{Annotator: a}); err == nil {
		t.Error("want error without data")
	}
	bad := []Sentence{{Tokens: []string{"x"}, Tags: []string{"B-FOO"}}}
	if _, _, err := Train(context.Background(), bad, bad, nil, TrainOptions{Annotator: a}); err == nil {
		t.Error("want error for a bad tag")
	}
	good := []Sentence{{Tokens: []string{"محمد"}, Tags: []string{"B-PER"}}}
	if _, _, err := Train(context.Background(), good, good, nil, TrainOptions{}); err == nil {
		t.Error("want error without an annotator")
	}
}

func TestLoadTaggerBadInput(t *testing.T) {
	for _, in := range []string{"", "not gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00"} {
		if _, err := LoadTagger(strings.NewReader(in), nil); err == nil {
			t.Errorf("LoadTagger(%q) succeeded", in)
		}
	}
}

func TestAllowed(t *testing.T) {
	tests := []struct {
		prev, cur string
		want      bool
	}{
		{"O", "I-PER", false},
		{"B-PER", "I-PER", true},
		{"I-PER", "I-PER", true},
		{"B-LOC", "I-PER", false},
		{"I-ORG", "B-ORG", true},
		{"B-MISC", "O", true},
	}
	for _, tt := range tests {
		t.Run(tt.prev+">"+tt.cur, func(t *testing.T) {
			p, _ := tagID(tt.prev)
			c, _ := tagID(tt.cur)
			if got := allowed(p, c); got != tt.want {
				t.Errorf("allowed = %v", got)
			}
		})
	}
	i, _ := tagID("I-LOC")
	if allowed(startTag, i) {
		t.Error("I-LOC allowed at sentence start")
	}
}
