package entity

import (
	"strings"
	"testing"
)

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // quote bits per token
	}{
		{"guillemets", "برنامج « الناس وأنا » يذاع", "0 0 3 5 0 0"},
		{"one word", `ملعب " فيسر " في`, "0 0 7 0 0"},
		{"double apostrophe", "عمل '' يونيفل '' في", "0 0 7 0 0"},
		{"unclosed", "قال « إن", "0 0 0"},
		{"empty", "« »", "0 0"},
		{"too long", "« أ ب ج د ه و ز »", "0 0 0 0 0 0 0 0 0"},
		{"two spans", `« أ » و « ب ج »`, "0 7 0 0 0 3 5 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := strings.Fields(tt.in)
			ti := make([]tokInfo, len(toks))
			for i, w := range toks {
				ti[i].text = w
			}
			quotes(ti)
			got := make([]string, len(ti))
			for i := range ti {
				got[i] = string(rune('0' + ti[i].quote))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("quotes(%q) = %s, want %s", tt.in, g, tt.want)
			}
		})
	}
}

func TestInfosNationality(t *testing.T) {
	lex, err := loadLexicon(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	fz := &featurizer{lex: lex, clus: &Clusters{}}
	tests := []struct {
		word string
		want bool
	}{
		{"الفرنسي", true},
		{"الألمانية", true},
		{"فرنسا", false},
		{"مدينة", false},
		{"والفرنسي", true},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			doc := annotator(t).AnnotateSentence(tt.word)
			if got := fz.infos(span{doc: doc, hi: len(doc.Tokens)})[0].nat; got != tt.want {
				t.Errorf("nat = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEnsembleAveraged(t *testing.T) {
	a, b := newPerceptron(1), newPerceptron(1)
	a.w[0], b.w[0] = 2, 4
	a.t[0][1], b.t[0][1] = 1, 3
	tests := []struct {
		name  string
		ps    []*perceptron
		w, tr float32
	}{
		{"one", []*perceptron{a}, 2, 1},
		{"two", []*perceptron{a, b}, 3, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, tr := ensembleAveraged(tt.ps)
			if w[0] != tt.w || tr[0][1] != tt.tr {
				t.Errorf("got w %v t %v, want %v %v", w[0], tr[0][1], tt.w, tt.tr)
			}
		})
	}
}

func TestOBias(t *testing.T) {
	bias := uint64(newHash(0))
	ft := &featTable{index: map[uint64]int32{bias: 0}, hashes: []uint64{bias}}
	// One feature, one token: O scores 1, B-PER 0.5; gold is B-PER.
	l := &layerResult{w: make([]float32, numTags)}
	l.w[0], l.w[1] = 1, 0.5
	for i := 2; i < numTags; i++ {
		l.w[i] = -10
	}
	dev := []indexed{{feats: []int32{0}, off: []int{0, 1}, gold: []int{1}}}
	margin, sc := tuneOBias(l, ft, dev, [][]string{{"B-PER"}})
	if margin <= 0.5 || sc.Micro.F1() != 1 {
		t.Errorf("tuneOBias = %v, F1 %v; want a margin above 0.5 and F1 1", margin, sc.Micro.F1())
	}
	if l.w[0] != 1 {
		t.Errorf("tuneOBias changed the weights: %v", l.w[0])
	}
	applyOBias(l, ft, margin)
	if l.w[0] != 1-margin {
		t.Errorf("applyOBias: O weight %v, want %v", l.w[0], 1-margin)
	}
	empty := &featTable{index: map[uint64]int32{}}
	if m, _ := tuneOBias(l, empty, dev, [][]string{{"B-PER"}}); m != 0 {
		t.Errorf("without a bias feature margin %v, want 0", m)
	}
}

func TestLeadVerb(t *testing.T) {
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(tg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want bool
	}{
		{"رأى", true},
		{"ورأى", true},
		{"وأشار", true},
		{"المسماري", false},
		{"رائد", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			doc := annotator(t).AnnotateSentence(tt.word)
			d := newDocState(r, []span{{doc: doc, hi: len(doc.Tokens)}}, nil)
			d.prepare()
			if got := d.leadVerb(0, 0); got != tt.want {
				t.Errorf("leadVerb = %v, want %v", got, tt.want)
			}
		})
	}
}
