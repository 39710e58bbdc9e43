package entity

import (
	"bytes"
	"compress/gzip"
	"context"
	"strings"
	"testing"

	"github.com/marsad/marsad/arabic"
)

func FuzzReadClusters(f *testing.F) {
	f.Add("لندن\t7\t3\t38\nباريس\t-\t-\t-\n")
	f.Add("لندن\t5\n")
	f.Add("\t\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		c, err := ReadClusters(strings.NewReader(in))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if _, err := c.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadClusters(&buf); err != nil {
			t.Fatalf("written clusters do not read back: %v", err)
		}
	})
}

func FuzzReadNameDB(f *testing.F) {
	f.Add("module.exports = {\n  \"محمد\": \"Mohammed\",\n  'علي': \"Ali\",\n}\n")
	f.Add(":\"")
	f.Fuzz(func(t *testing.T, in string) {
		names, err := ReadNameDB(strings.NewReader(in))
		if err == nil && len(names) == 0 {
			t.Fatal("no error and no names")
		}
	})
}

// FuzzLoadTagger feeds damaged model files, compressed and raw, to the
// model reader: an error, never a panic or a huge allocation.
func FuzzLoadTagger(f *testing.F) {
	sents := []Sentence{
		{Tokens: strings.Fields("قال محمد علي في القاهرة"), Tags: []string{"O", "B-PER", "I-PER", "O", "B-LOC"}},
		{Tokens: strings.Fields("زار أحمد دمشق"), Tags: []string{"O", "B-PER", "B-LOC"}},
	}
	tg, _, err := Train(context.Background(), sents, sents, nil, TrainOptions{Epochs: 2, Members: 1, Folds: 2, Annotator: annotator(f)})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		f.Fatal(err)
	}
	var raw bytes.Buffer
	if _, err := raw.ReadFrom(zr); err != nil {
		f.Fatal(err)
	}
	f.Add(raw.Bytes())
	f.Add([]byte(modelMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		if _, err := zw.Write(data); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if tg, err := LoadTagger(&z, nil); err == nil {
			tg.Tag(arabic.NewDocument("قال محمد"))
		}
	})
}
