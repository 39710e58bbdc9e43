package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fuzzSeeds are starting inputs shared by the fuzz targets.
var fuzzSeeds = []string{
	"",
	"قال د. محمد: «الجيش الليبيّ استعاد ٣٫٥ كم»... #ليبيا_الآن @user https://x.com/a?b=1.",
	"ﻻ ﷺ ﺑﻐﺪﺍﺩ ا\u0654 e\u0301 \u00a0 ²",
	"«أ. “ب.” ج.» \"د. 'ه. و\n\nز؟! ...",
	"ليـ\u200cبيا\u200f 1,000.5 ١٬٠٠٠ 👍🏽 \xff\xfe",
	"www. http:// #_ @ a@b",
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		checkTokens(t, s, toks)
		for _, tk := range toks {
			if tk.Kind == Word && !strings.Contains(tk.Norm, tk.Stem) {
				t.Fatalf("stem %q not within norm %q", tk.Stem, tk.Norm)
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans := Sentences(s)
		checkSpans(t, s, spans)
		// Every token lies inside exactly one sentence.
		k := 0
		for _, tk := range Tokenize(s) {
			for k < len(spans) && spans[k].End <= tk.Start {
				k++
			}
			if k == len(spans) || tk.Start < spans[k].Start || tk.End > spans[k].End {
				t.Fatalf("token %q [%d,%d) not inside a sentence %v", tk.Text, tk.Start, tk.End, spans)
			}
		}
	})
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		key, off := NormalizeMap(s)
		checkOffsets(t, s, key, off)
		if n := Normalize(s); n != key {
			t.Fatalf("Normalize(%q) = %q, NormalizeMap key %q", s, n, key)
		}
		if utf8.ValidString(s) {
			if !utf8.ValidString(key) {
				t.Fatalf("invalid key %q for valid input %q", key, s)
			}
			if ref := referenceNormalize(s); ref != key {
				t.Fatalf("Normalize(%q) = %q, whole-string NFKC then fold gives %q", s, key, ref)
			}
		}
		for a := 0; a <= len(key); a += 1 + len(key)/7 {
			sp := MapSpan(off, a, len(key))
			if sp.Start < 0 || sp.End < sp.Start || sp.End > len(s) {
				t.Fatalf("MapSpan(%d,%d) = %v out of [0,%d]", a, len(key), sp, len(s))
			}
		}
		if got := FoldDigits(s); len(got) > len(s) {
			t.Fatalf("FoldDigits grew %q to %q", s, got)
		}
	})
}

// referenceNormalize is Normalize done the slow, obvious way: NFKC of the
// whole string, then every rune folded.
func referenceNormalize(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKC.String(s) {
		if f := lowerRune(foldRune(r)); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

func FuzzClitics(f *testing.F) {
	for _, s := range []string{"وبالجيش", "بحفتر", "للجيش", "وَالْجَيْش", "بغداد", "ف", "", "ـل\u200cل", "وكتابهم"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		as := Clitics(w)
		checkAnalyses(t, w, as)
		if b := bestAnalysis(w); b != as[0] {
			t.Fatalf("bestAnalysis(%q) = %+v, Clitics()[0] = %+v", w, b, as[0])
		}
		_ = StripClitics(w)
		if st := LuceneStem(w); !strings.Contains(w, st) {
			t.Fatalf("LuceneStem(%q) = %q, not a substring", w, st)
		}
	})
}
