package entity

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestGivenNameCounter(t *testing.T) {
	var c givenNameCounter
	add := func(text, tags string) {
		doc := annotator(t).AnnotateSentence(text)
		c.add(span{doc: doc, hi: len(doc.Tokens)}, strings.Fields(tags))
	}
	// محمد starts a name three times (once as لمحمد: the segmentation
	// counts it as محمد), عادل once in four occurrences, فلاديمير twice
	// (once with و).
	add("قال محمد علي إن", "O B-PER I-PER O")
	add("التقى محمد حسن مع لمحمد سالم", "O B-PER I-PER O B-PER I-PER")
	add("محمد وحده", "B-PER O")
	add("عادل إمام رجل عادل وحكم عادل وقاض عادل", "B-PER I-PER O O O O O O")
	add("فلاديمير بوتين ثم وفلاديمير بوتين", "B-PER I-PER O B-PER I-PER")
	got := strings.Join(c.names(GivenNamesOptions{MinCount: 2}), " ")
	if want := "فلاديمير محمد"; got != want {
		t.Errorf("names = %q, want %q", got, want)
	}
	// عادل starts a name in 1 of 4 occurrences: a lower share admits it.
	got = strings.Join(c.names(GivenNamesOptions{MinCount: 1, MinShare: 0.25}), " ")
	if want := "عادل فلاديمير محمد"; got != want {
		t.Errorf("names with share 0.25 = %q, want %q", got, want)
	}
}

func TestReadNameDB(t *testing.T) {
	const db = `module.exports = {
    زينب: "Zainab",
    أحمد: "Ahmad",
    احمد: "Ahamd",
    "ذو الفقار": "Thulfiqar",
    "وضّ اء Wdhّ": "aa",
    x: "latin",
    بلا قيمة
};`
	got, err := ReadNameDB(strings.NewReader(db))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{phraseKey("احمد"), phraseKey("ذو الفقار"), phraseKey("زينب")}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("ReadNameDB = %q, want %q", got, want)
	}
	if _, err := ReadNameDB(strings.NewReader("{}")); err == nil {
		t.Error("ReadNameDB of an empty object: no error")
	}
}

func TestWriteGivenNames(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGivenNames(&buf, []string{"محمد", "فلاديمير"}, []string{"محمد", "زينب", "x"}); err != nil {
		t.Fatal(err)
	}
	var names []string
	err := scanList(&buf, func(cols []string) error {
		names = append(names, cols[0])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(names, " "), "زينب فلاديمير محمد"; got != want {
		t.Errorf("written names = %q, want %q", got, want)
	}
}

func TestGivenNamesEmbedded(t *testing.T) {
	lex, err := loadLexicon(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = readList("data/given_names.txt", func(cols []string) error {
		n++
		if lex.kind(phraseKey(cols[0]))&kindFirstName == 0 {
			t.Errorf("%q is not a first name", cols[0])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 1000 {
		t.Errorf("given_names.txt has %d names, want at least 1000", n)
	}
}

func TestBuildGivenNamesInput(t *testing.T) {
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	good := `{"text":"قال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق مهم."}` + "\n"
	if _, err := BuildGivenNames(ctx, strings.NewReader(good), annotator(t), tg, GivenNamesOptions{}); err != nil {
		t.Fatalf("BuildGivenNames: %v", err)
	}
	bad := good + "{not json\n"
	if _, err := BuildGivenNames(ctx, strings.NewReader(bad), annotator(t), tg, GivenNamesOptions{}); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("BuildGivenNames of a bad line: err = %v, want one naming line 2", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := BuildGivenNames(cancelled, strings.NewReader(good), annotator(t), tg, GivenNamesOptions{}); err == nil {
		t.Error("BuildGivenNames with a cancelled context: no error")
	}
}
