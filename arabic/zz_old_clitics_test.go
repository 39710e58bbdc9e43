package arabic

import (
	"bufio"
	"compress/gzip"
	"math/rand"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)


// Analysis is one way to split a word into proclitics, stem and enclitic.
// Proclitic + Stem + Enclitic is always the analysed word, byte for byte,
// with its marks: Stem is a substring of the word, usable with offsets.

// WithArticle returns the stem with its definite article when the analysis
// has one, or Stem itself. The article is kept as written (وَالْجيش →
// الْجيش); after لل it is restored as "ال" (للجيش → الجيش).
func oldWithArticle(a Analysis) string {
	if !a.Article {
		return a.Stem
	}
	ls := old_splitLetters(a.Proclitic)
	if n := len(ls); n >= 2 && ls[n-2].r == 'ا' && ls[n-1].r == 'ل' {
		return a.Proclitic[ls[n-2].start:] + a.Stem
	}
	return "ال" + a.Stem
}

// Clitics returns candidate analyses of word, most likely first. Every word
// has at least one analysis, and the unsplit word is always among them.
//
// Proclitics are an optional conjunction (و ف) followed by an optional
// preposition (ب ك ل) and an optional article (ال; ل + ال is written لل),
// or by the future marker س before an imperfect verb (سي ست سن سا). The
// enclitics are the pronoun suffixes ه ها هم هما هن ك كم كما كن ي ني نا,
// which never follow an article; they are matched on the letters as
// written, so a ة is never taken for the pronoun ه (but in a Normalize key,
// where ة is ه, it may be). Stems keep at least two letters after an
// article and three otherwise, so short words are left alone.
//
// Order: when the word is protected (IsProtected) the unsplit word comes
// first. Otherwise analyses whose stem, with its article, is protected come
// first (وبغداد → و + بغداد), then splits off an article (longest first),
// then other proclitic splits, then the unsplit word, then analyses that
// also remove an enclitic. Marks and tatweel inside the word are allowed
// and stay with the letter they follow.
func old_Clitics(word string) []Analysis {
	letters := old_splitLetters(word)
	whole := Analysis{Stem: word}
	pro := old_proclitics(word, letters)
	if len(pro) == 0 {
		return append([]Analysis{whole}, old_enclitics(whole)...)
	}
	protected := IsProtected(word)
	ranks := make([]int, len(pro))
	for i, p := range pro {
		ranks[i] = old_splitRank(p)
	}
	out := make([]Analysis, 0, len(pro)*2+2)
	if protected {
		out = append(out, whole)
	}
	for r := rankProtected; r <= rankOther; r++ {
		for i, p := range pro {
			if ranks[i] == r {
				out = append(out, p)
			}
		}
	}
	if !protected {
		out = append(out, whole)
	}
	// Enclitic splits, after every analysis without one.
	out = append(out, old_enclitics(whole)...)
	for _, p := range pro {
		if !p.Article {
			out = append(out, old_enclitics(p)...)
		}
	}
	return out
}

// StripClitics returns the stem of the most likely analysis of word, with
// the definite article kept: بحفتر → حفتر, والجيش → الجيش, للجيش → الجيش,
// بغداد → بغداد. Keeping the article suits names, which are listed with it
// (القاهرة). Enclitics are not removed (see Clitics for those analyses).
func old_StripClitics(word string) string {
	return oldWithArticle(old_bestAnalysis(word))
}

// StripAllClitics is StripClitics without the article: والجيش → جيش,
// بحفتر → حفتر. Protected words keep their article (الله).
func old_StripAllClitics(word string) string {
	return old_bestAnalysis(word).Stem
}

// bestAnalysis returns old_Clitics(word)[0] without building the whole list.
func old_bestAnalysis(word string) Analysis {
	pro := old_proclitics(word, old_splitLetters(word))
	if len(pro) == 0 || IsProtected(word) {
		return Analysis{Stem: word}
	}
	best, br := pro[0], old_splitRank(pro[0])
	for _, p := range pro[1:] {
		if r := old_splitRank(p); r < br {
			best, br = p, r
		}
	}
	return best
}

// Ranks of proclitic splits, most likely first.

// splitRank returns the rank of the proclitic split p.
func old_splitRank(p Analysis) int {
	switch {
	case IsProtected(oldWithArticle(p)):
		return rankProtected
	case p.Article:
		return rankArticle
	}
	return rankOther
}


// letter is one base letter of a word with the byte range it spans,
// including the marks that follow it.

// splitLetters lists the letters of word; marks, tatweel and invisible
// characters attach to the letter before them.
func old_splitLetters(word string) []letter {
	ls := make([]letter, 0, len(word)/2+1)
	for i, r := range word {
		size := len(string(r))
		if (isArabicMark(r) || r == Tatweel || isInvisible(r)) && len(ls) > 0 {
			ls[len(ls)-1].end = i + size
			continue
		}
		ls = append(ls, letter{start: i, end: i + size, r: foldRune(r), raw: r})
	}
	return ls
}

// proclitics returns every valid proclitic split of word, longest first.
func old_proclitics(word string, ls []letter) []Analysis {
	at := func(k int, r rune) bool { return k < len(ls) && ls[k].r == r }
	var out []Analysis
	var sizes []int
	add := func(n int, article bool) {
		minStem := 3
		if article {
			minStem = 2
		}
		if n == 0 || len(ls)-n < minStem {
			return
		}
		cut := ls[n-1].end
		out = append(out, Analysis{Proclitic: word[:cut], Stem: word[cut:], Article: article})
		sizes = append(sizes, n)
	}
	for k := 0; k <= 1; k++ {
		if k == 1 {
			if !at(0, 'و') && !at(0, 'ف') {
				break
			}
			add(1, false) // the conjunction alone
		}
		switch {
		case at(k, 'ا') && at(k+1, 'ل'):
			add(k+2, true)
		case at(k, 'ب') || at(k, 'ك'):
			if at(k+1, 'ا') && at(k+2, 'ل') {
				add(k+3, true)
			}
			add(k+1, false)
		case at(k, 'ل'):
			if at(k+1, 'ل') {
				add(k+2, true)
			}
			add(k+1, false)
		case at(k, 'س'):
			if k+1 < len(ls) && strings.ContainsRune("يتنا", ls[k+1].r) {
				add(k+1, false)
			}
		}
	}
	// Longest proclitic first (stable).
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && sizes[j] > sizes[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
			sizes[j], sizes[j-1] = sizes[j-1], sizes[j]
		}
	}
	return out
}

// encliticSuffixes are the pronoun suffixes, longest first.

// enclitics returns the analyses of a that also remove a pronoun suffix,
// longest suffix first, keeping a stem of at least three letters. Suffixes
// are matched on the letters as written (a ة is not the pronoun ه).
func old_enclitics(a Analysis) []Analysis {
	ls := old_splitLetters(a.Stem)
	if len(ls) >= 2 && ls[0].r == 'ا' && ls[1].r == 'ل' {
		return nil // the article excludes a pronoun suffix
	}
	var out []Analysis
	for _, x := range encliticSuffixes {
		n := utf8.RuneCountInString(x)
		if len(ls)-n < 3 {
			continue
		}
		ok := true
		for i, r := range []rune(x) {
			if ls[len(ls)-n+i].raw != r {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		cut := ls[len(ls)-n].start
		out = append(out, Analysis{Proclitic: a.Proclitic, Stem: a.Stem[:cut], Enclitic: a.Stem[cut:]})
	}
	return out
}


func TestZZOldCliticsEquivalent(t *testing.T) {
	f, err := os.Open("/work/shared/data/news/ant-2018.jsonl.gz")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	zr, _ := gzip.NewReader(f)
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	seen := map[string]bool{}
	var words []string
	for n := 0; sc.Scan() && n < 3000; n++ {
		for _, tk := range Tokenize(sc.Text()) {
			if !seen[tk.Text] {
				seen[tk.Text] = true
				words = append(words, tk.Text)
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	alpha := []rune("وفبكلالسيتناهمكيةأإآءؤئىـًٌٍَُِّْ‌abcٰ")
	for i := 0; i < 200000; i++ {
		n := 1 + rng.Intn(9)
		var b strings.Builder
		for j := 0; j < n; j++ {
			b.WriteRune(alpha[rng.Intn(len(alpha))])
		}
		words = append(words, b.String())
	}
	words = append(words, "\xff\xfeوال", "ٌوالجيش", "")
	for _, w := range words {
		if !utf8.ValidString(w) { continue }
		if got, want := Clitics(w), old_Clitics(w); !reflect.DeepEqual(got, want) {
			t.Fatalf("Clitics(%q) = %v, want %v", w, got, want)
		}
		if got, want := StripClitics(w), old_StripClitics(w); got != want {
			t.Fatalf("StripClitics(%q) = %v, want %v", w, got, want)
		}
		if got, want := StripAllClitics(w), old_StripAllClitics(w); got != want {
			t.Fatalf("StripAllClitics(%q) = %v, want %v", w, got, want)
		}
		for _, a := range Clitics(w) {
			if a.WithArticle() != oldWithArticle(a) {
				t.Fatalf("WithArticle %q", w)
			}
		}
	}
	t.Logf("%d words", len(words))
}
