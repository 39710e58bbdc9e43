package arabic

import (
	"slices"
	"testing"
)

func TestDocumentSentencesMatchSentences(t *testing.T) {
	for _, text := range []string{
		"قال الرئيس إن الجيش تقدم. وأضاف: «لن نتراجع». ثم غادر!\nسطر جديد بلا نقطة\n\nفقرة أخرى؟ نعم.",
		"", "   ", "د. محمد وصل 3.5 ساعة.", readNewsOrEmpty(t),
	} {
		d := NewDocument(text)
		var got []Span
		for _, s := range d.Sentences {
			got = append(got, s.Span)
		}
		if want := Sentences(text); !slices.Equal(got, want) {
			t.Errorf("sentences of %.40q:\n got %v\nwant %v", text, got, want)
		}
		for i := range d.Tokens {
			s := d.Sentences[d.SentenceOf(i)]
			if i < s.FirstToken || i >= s.EndToken {
				t.Fatalf("token %d not in its sentence %+v", i, s)
			}
			for _, sg := range d.SegmentsOf(i) {
				if sg.Start < d.Tokens[i].Start || sg.End > d.Tokens[i].End || sg.Token != i {
					t.Fatalf("segment %+v outside token %+v", sg, d.Tokens[i])
				}
			}
		}
	}
}

func readNewsOrEmpty(t *testing.T) string {
	if testing.Short() {
		return ""
	}
	return readNews(t, 200_000)
}

func TestSplits(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string // candidates that must be among the splits
	}{
		{"وبالجيش", []string{"و+ب+الجيش", "و+بالجيش", "وبالجيش"}},
		{"للحظر", []string{"ل+الحظر", "للحظر"}},
		{"للجنة", []string{"ل+اللجنة", "ل+الجنة"}},
		{"مدينتها", []string{"مدينة+ها", "مدينت+ها"}},
		{"عليه", []string{"على+ه"}},
		{"له", []string{"ل+ه"}},
		{"وسيقول", []string{"و+س+يقول"}},
		{"مما", []string{"من+ما"}},
		{"بغداد", []string{"بغداد", "ب+غداد"}},
		{"قالوه", []string{"قالوا+ه"}},
	} {
		var got []string
		for _, s := range Splits(c.word) {
			got = append(got, s.String())
			var b []byte
			for _, p := range s {
				if p.Start < 0 || p.End > len(c.word) || p.Start > p.End {
					t.Fatalf("%s: part %+v outside the word", c.word, p)
				}
				b = append(b, c.word[p.Start:p.End]...)
			}
			if string(b) != c.word {
				t.Errorf("%s: parts of %s spell %q", c.word, s, b)
			}
		}
		if got[0] != c.word {
			t.Errorf("%s: first split %s, want the word", c.word, got[0])
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %s not among %v", c.word, w, got)
			}
		}
	}
}
