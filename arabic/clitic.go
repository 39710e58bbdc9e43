package arabic

import (
	"strings"
	"unicode/utf8"
)

// Analysis is one way to split a word into proclitics, stem and enclitic.
// Proclitic + Stem + Enclitic is always the analysed word, byte for byte,
// with its marks: Stem is a substring of the word, usable with offsets.
type Analysis struct {
	Proclitic string // e.g. "وبال", "لل", "و", "س"; empty for none
	Stem      string // what remains; without the article when Article is set
	Enclitic  string // pronoun suffix, e.g. "ها"; empty for none
	// Article reports that Proclitic ends with the definite article: ال, or
	// the ل of لل (ل + ال with its alef dropped). Then the noun as it is
	// usually written is "ال" + Stem (see WithArticle).
	Article bool
}

// WithArticle returns the stem with its definite article when the analysis
// has one, or Stem itself. The article is kept as written (وَالْجيش →
// الْجيش); after لل it is restored as "ال" (للجيش → الجيش).
func (a Analysis) WithArticle() string {
	if !a.Article {
		return a.Stem
	}
	var buf [8]letter
	ls := appendLetters(buf[:0], a.Proclitic)
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
func Clitics(word string) []Analysis {
	var lbuf [24]letter
	letters := appendLetters(lbuf[:0], word)
	whole := Analysis{Stem: word}
	var pbuf [8]split
	pro := procliticSplits(pbuf[:0], word, letters)
	if len(pro) == 0 {
		return appendEnclitics([]Analysis{whole}, whole, letters, 0)
	}
	protected := IsProtected(word)
	var rbuf [8]int
	ranks := rbuf[:0]
	for _, p := range pro {
		ranks = append(ranks, splitRankOf(word, letters, p))
	}
	out := make([]Analysis, 0, len(pro)*2+2)
	if protected {
		out = append(out, whole)
	}
	for r := rankProtected; r <= rankOther; r++ {
		for i, p := range pro {
			if ranks[i] == r {
				out = append(out, p.Analysis)
			}
		}
	}
	if !protected {
		out = append(out, whole)
	}
	// Enclitic splits, after every analysis without one.
	out = appendEnclitics(out, whole, letters, 0)
	for _, p := range pro {
		if !p.Article {
			out = appendEnclitics(out, p.Analysis, letters[p.n:], len(p.Proclitic))
		}
	}
	return out
}

// StripClitics returns the stem of the most likely analysis of word, with
// the definite article kept: بحفتر → حفتر, والجيش → الجيش, للجيش → الجيش,
// بغداد → بغداد. Keeping the article suits names, which are listed with it
// (القاهرة). Enclitics are not removed (see Clitics for those analyses).
func StripClitics(word string) string {
	return bestAnalysis(word).WithArticle()
}

// StripAllClitics is StripClitics without the article: والجيش → جيش,
// بحفتر → حفتر. Protected words keep their article (الله).
func StripAllClitics(word string) string {
	return bestAnalysis(word).Stem
}

// bestAnalysis returns Clitics(word)[0] without building the whole list.
func bestAnalysis(word string) Analysis {
	var lbuf [24]letter
	letters := appendLetters(lbuf[:0], word)
	var pbuf [8]split
	pro := procliticSplits(pbuf[:0], word, letters)
	if len(pro) == 0 || IsProtected(word) {
		return Analysis{Stem: word}
	}
	best, br := pro[0], splitRankOf(word, letters, pro[0])
	for _, p := range pro[1:] {
		if r := splitRankOf(word, letters, p); r < br {
			best, br = p, r
		}
	}
	return best.Analysis
}

// Ranks of proclitic splits, most likely first.
const (
	rankProtected = iota // the stem, with its article, is a protected word
	rankArticle          // the split removes an article
	rankOther
)

// splitRankOf returns the rank of the proclitic split p of word, whose
// letters are ls: rankProtected when p.WithArticle() is protected (built
// only when it is not a substring of word), then by whether p removes an
// article.
func splitRankOf(word string, ls []letter, p split) int {
	protected := false
	switch {
	case !p.Article:
		protected = IsProtected(p.Stem)
	case p.n >= 2 && ls[p.n-2].r == 'ا' && ls[p.n-1].r == 'ل':
		protected = IsProtected(word[ls[p.n-2].start:])
	default:
		protected = IsProtected("ال" + p.Stem)
	}
	switch {
	case protected:
		return rankProtected
	case p.Article:
		return rankArticle
	}
	return rankOther
}

// StripArticle removes the definite article from a normalised key, with
// the conjunction or preposition written before it (الجيش، والجيش،
// بالجيش، للجيش → جيش), when at least two letters remain (الأم → ام); any other key
// is returned as it is. It is the one article stripper of Marsad's layers,
// for comparing a word of the text with a lexicon's entry.
func StripArticle(key string) string {
	for _, p := range articlePrefixes {
		if rest, ok := strings.CutPrefix(key, p); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return key
}

// articlePrefixes are the written forms of the article with what may come
// before it, longest first.
var articlePrefixes = [...]string{"وال", "فال", "بال", "كال", "لل", "ال"}
