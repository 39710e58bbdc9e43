package ud

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

const sample = `# sent_id = 1
# text = وقال الرئيس إن الجيش تقدم.
1-2	وقال	_	_	_	_	_	_	_	_
1	و	و	CCONJ	_	_	2	cc	_	_
2	قال	قال	VERB	_	Aspect=Perf|Gender=Masc	0	root	_	_
3	الرئيس	رئيس	NOUN	_	Definite=Def	2	nsubj	_	_
4	إن	إن	SCONJ	_	_	6	mark	_	_
5	الجيش	جيش	NOUN	_	_	6	nsubj	_	_
6	تقدم	تقدم	VERB	_	_	2	ccomp	_	SpaceAfter=No
7	.	.	PUNCT	_	_	2	punct	_	_

`

func TestReadWriteRoundTrip(t *testing.T) {
	sents, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Words) != 7 || len(sents[0].MWTs) != 1 {
		t.Fatalf("read %+v", sents)
	}
	if got := sents[0].Comment("text"); got != "وقال الرئيس إن الجيش تقدم." {
		t.Errorf("text comment %q", got)
	}
	if got := sents[0].SurfaceText(); got != "وقال الرئيس إن الجيش تقدم." {
		t.Errorf("surface %q", got)
	}
	var b bytes.Buffer
	if err := Write(&b, sents); err != nil {
		t.Fatal(err)
	}
	if b.String() != sample {
		t.Errorf("round trip:\n%s\nwant\n%s", b.String(), sample)
	}
}

func TestReadErrors(t *testing.T) {
	for name, in := range map[string]string{
		"columns":   "1\tقال\n",
		"id":        "2\tقال\t_\t_\t_\t_\t0\troot\t_\t_\n",
		"head":      "1\tقال\t_\t_\t_\t_\t5\troot\t_\t_\n",
		"range":     "2-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\tقال\t_\t_\t_\t_\t0\troot\t_\t_\n",
		"bad head":  "1\tقال\t_\t_\t_\t_\tx\troot\t_\t_\n",
		"range out": "1-3\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\tقال\t_\t_\t_\t_\t0\troot\t_\t_\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Read(strings.NewReader(in)); !errors.Is(err, ErrFormat) {
				t.Errorf("err = %v, want ErrFormat", err)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\tx\t_\t_\t_\t_\t0\troot\t_\t_\n\n# c\n1-2\txy\t_\t_\t_\t_\t_\t_\t_\t_\n1\tx\t_\t_\t_\t_\t2\tdep\t_\t_\n2\ty\t_\t_\t_\t_\t0\troot\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := Write(&b, sents); err != nil {
			t.Fatal(err)
		}
		again, err := Read(&b)
		if err != nil {
			t.Fatalf("re-reading what Write wrote: %v\n%s", err, b.String())
		}
		if len(again) != len(sents) {
			t.Fatalf("%d sentences, then %d", len(sents), len(again))
		}
		if _, err := Evaluate(sents, again); err != nil && !errors.Is(err, ErrMismatch) {
			t.Fatalf("Evaluate: %v", err)
		}
	})
}
