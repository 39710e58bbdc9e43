package syntax

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/arabic"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// constructions are invented sentences, one for each construction news
// uses that the quote and event layers read from the parse.
var constructions = []struct {
	name, text string
	// arcs the layers rely on: dependent form → head form and relation
	// (universal part); "" head for the root.
	arcs [][3]string
	// linked pairs must be joined by an arc, in either direction (PADT
	// heads a counted noun by its number, UD v2 the other way round).
	linked [][2]string
}{
	{"vso-apposition", "قال المتحدث باسم الجيش، أحمد علي، إن القوات تقدمت نحو المدينة.",
		[][3]string{{"قال", "", "root"}, {"المتحدث", "قال", "nsubj"}, {"تقدمت", "قال", "ccomp"}, {"إن", "تقدمت", "mark"}, {"القوات", "تقدمت", "nsubj"}}, nil},
	{"svo", "الحكومة أعلنت خطة جديدة للإصلاح.",
		[][3]string{{"الحكومة", "أعلنت", "nsubj"}, {"خطة", "أعلنت", "obj"}, {"جديدة", "خطة", "amod"}}, nil},
	{"relative-clause", "التقى الوزير بالسفير الذي وصل أمس إلى القاهرة.",
		[][3]string{{"الوزير", "التقى", "nsubj"}}, nil},
	{"passive", "تم اعتقال الصحفي في مطار بيروت.", nil, nil},
	{"kana-verb", "كان الرئيس يزور المدينة عندما وقع الانفجار.",
		[][3]string{{"كان", "يزور", "aux"}, {"الرئيس", "يزور", "nsubj"}, {"المدينة", "يزور", "obj"}}, nil},
	{"anna-complement", "أكد الوزير أن المفاوضات ستستمر الأسبوع المقبل.",
		[][3]string{{"الوزير", "أكد", "nsubj"}, {"تستمر", "أكد", "ccomp"}, {"أن", "تستمر", "mark"}, {"المفاوضات", "تستمر", "nsubj"}}, nil},
	{"coordination", "زار الرئيس ورئيس الوزراء مصر والأردن.",
		[][3]string{{"الرئيس", "زار", "nsubj"}, {"رئيس", "الرئيس", "conj"}, {"الأردن", "مصر", "conj"}}, nil},
	{"number-noun", "قتل خمسة جنود في هجوم شنه مسلحون.", nil,
		[][2]string{{"خمسة", "جنود"}}},
}

// TestConstructions parses the invented sentences: the arcs the layers
// rely on must hold, and the whole parse is compared with a golden file
// (go test -update rewrites it) so that a retrained model's changes show.
func TestConstructions(t *testing.T) {
	if permissiveBuild {
		t.Skip("the golden parses are the default model's")
	}
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	var all bytes.Buffer
	for _, c := range constructions {
		t.Run(c.name, func(t *testing.T) {
			doc := m.Annotate(c.text)
			if len(doc.Sentences) != 1 || !doc.Parsed {
				t.Fatalf("%d sentences, parsed %v", len(doc.Sentences), doc.Parsed)
			}
			if err := WriteCoNLLU(&all, doc, c.name+"-"); err != nil {
				t.Fatal(err)
			}
			for _, l := range c.linked {
				a, b := findForm(doc, l[0]), findForm(doc, l[1])
				if a < 0 || b < 0 || doc.Segments[a].Head != b && doc.Segments[b].Head != a {
					t.Errorf("%s and %s are not joined by an arc", l[0], l[1])
				}
			}
			for _, a := range c.arcs {
				d := findForm(doc, a[0])
				if d < 0 {
					t.Fatalf("no segment %q", a[0])
				}
				g := doc.Segments[d]
				head := ""
				if g.Head >= 0 {
					head = doc.Segments[g.Head].Form
				}
				if head != a[1] || g.Rel.Universal().String() != a[2] {
					t.Errorf("%s ← %s %s, want ← %s %s", a[0], head, g.Rel, a[1], a[2])
				}
			}
		})
	}
	golden := filepath.Join("testdata", "constructions.conllu")
	if *update {
		if err := os.WriteFile(golden, all.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if all.String() != string(want) {
		t.Errorf("parses differ from %s (go test -update rewrites it after a retraining):\n%s", golden, all.String())
	}
}

func findForm(doc *arabic.Document, form string) int {
	for i, g := range doc.Segments {
		if g.Form == form {
			return i
		}
	}
	return -1
}

// TestAnnotateInvariants checks the document on texts of every kind:
// segments inside their tokens and in order, heads inside their sentence,
// exactly one root per parsed piece.
func TestAnnotateInvariants(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("و", 5000) + " " + strings.Repeat("كلمة ", 3*MaxParse)
	for _, text := range []string{"", " ", "\n\n", "123", "Hello world.", "للجنة والجيش بالمدينة، وعليه.", long,
		"«قال» (المسؤول): \"لا\"؛ 3.5% من ٢٠١٨! #وسم @حساب https://x.y/z"} {
		doc := m.Annotate(text)
		checkDocument(t, doc)
	}
}

func checkDocument(t *testing.T, doc *arabic.Document) {
	t.Helper()
	for i, g := range doc.Segments {
		tok := doc.Tokens[g.Token]
		if g.Start < tok.Start || g.End > tok.End || g.Start > g.End {
			t.Fatalf("segment %d %+v outside its token %+v", i, g, tok)
		}
		if i > 0 && g.Start < doc.Segments[i-1].Start {
			t.Fatalf("segment %d before the one before it", i)
		}
	}
	for _, s := range doc.Sentences {
		for k := s.FirstSeg; k < s.EndSeg; k++ {
			h := doc.Segments[k].Head
			if h >= 0 && (h < s.FirstSeg || h >= s.EndSeg || h == k) {
				t.Fatalf("segment %d: head %d outside its sentence [%d, %d)", k, h, s.FirstSeg, s.EndSeg)
			}
		}
	}
}

func FuzzAnnotate(f *testing.F) {
	m, err := DefaultModel()
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range constructions {
		f.Add(c.text)
	}
	f.Add("وللجنةٍ ـ ١٢ «لا» ؟!")
	f.Fuzz(func(t *testing.T, text string) {
		checkDocument(t, m.Annotate(text))
	})
}

// TestModelRoundTrip: a model written and read back writes the same
// bytes and annotates the same way.
func TestModelRoundTrip(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := m.Write(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m2.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("written, read and written again, the model differs")
	}
	text := constructions[0].text
	var x, y bytes.Buffer
	WriteCoNLLU(&x, m.Annotate(text), "s")
	WriteCoNLLU(&y, m2.Annotate(text), "s")
	if x.String() != y.String() {
		t.Errorf("the model read back parses differently:\n%s\n%s", x.String(), y.String())
	}
}

func FuzzReadModel(f *testing.F) {
	m, err := DefaultModel()
	if err != nil {
		f.Fatal(err)
	}
	// a small model: the lexicon and tables of the default cut down
	small := &Model{Info: m.Info, lex: &Lexicon{freq: map[string]uint32{"كتاب": 3}, cls: map[string]uint16{"كتاب": 1}},
		seg: &segmenter{rank: newLinear(1, map[uint64][]float32{1: {0.5}}, 0)},
		tag: &tagger{model: newLinear(numTagClasses, map[uint64][]float32{2: make([]float32, numTagClasses)}, 0), lemma: map[lemmaKey]string{{"كتب", arabic.NOUN}: "كتاب"}},
		par: &parser{moves: newLinear(numMoves, map[uint64][]float32{3: {1, 2, 3}}, 0), labels: newLinear(arabic.NumRel, map[uint64][]float32{4: make([]float32, arabic.NumRel)}, 0)}}
	small.tag.model = newLinear(numTagClasses, map[uint64][]float32{2: append([]float32{1}, make([]float32, numTagClasses-1)...)}, 0)
	small.par.labels = newLinear(arabic.NumRel, map[uint64][]float32{4: append([]float32{0, 1}, make([]float32, arabic.NumRel-2)...)}, 0)
	var buf bytes.Buffer
	if err := small.Write(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("not a model"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadModel(bytes.NewReader(data))
		if err != nil {
			return
		}
		checkDocument(t, m.Annotate("قال الوزير إن الجيش تقدم."))
	})
}
