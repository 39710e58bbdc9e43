package arabic

import (
	"strings"
	"unicode/utf8"
)

// LightStem returns the light stem of word: Lucene's Arabic light stemmer
// (ArabicStemmer) applied to Normalize(word). It reproduces Lucene's
// ArabicAnalyzer on a single token, stop words aside: lower case, digits
// folded, normalised, stemmed. Normalize folds a little more than Lucene's
// ArabicNormalizer (ٱ ؤ ئ, NFKC, format characters), so use
// LuceneStem(LuceneNormalize(word)) when Lucene's exact output is needed.
//
// Example: والمشروبات → مشروب, كبيرة → كبير, أمريكيين → امريك.
func LightStem(word string) string {
	return LuceneStem(Normalize(word))
}

// LuceneNormalize applies Lucene's ArabicNormalizer: آ أ إ → ا, ى → ي,
// ة → ه, and tatweel and the harakat U+064B–U+0652 removed. Nothing else
// changes (no NFKC, no digit folding, no lower-casing).
func LuceneNormalize(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return luceneFold(r) != r })
	if i < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if f := luceneFold(r); f != r {
			if f >= 0 {
				b = utf8.AppendRune(b, f)
			}
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

func luceneFold(r rune) rune {
	switch {
	case r == 'آ' || r == 'أ' || r == 'إ':
		return 'ا'
	case r == 'ى':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r == Tatweel || (r >= 0x064B && r <= 0x0652):
		return -1
	}
	return r
}

// Lucene's ArabicStemmer affixes, in Lucene's order, with their lengths in
// letters.
var (
	lucenePrefixes = [...]affix{{"ال", 2}, {"وال", 3}, {"بال", 3}, {"كال", 3}, {"فال", 3}, {"لل", 2}, {"و", 1}}
	luceneSuffixes = [...]affix{{"ها", 2}, {"ان", 2}, {"ات", 2}, {"ون", 2}, {"ين", 2}, {"يه", 2}, {"ية", 2}, {"ه", 1}, {"ة", 1}, {"ي", 1}}
)

type affix struct {
	s string
	n int
}

// LuceneStem applies Lucene's ArabicStemmer to a word that is already
// normalised: it removes the first matching prefix of ال وال بال كال فال لل و,
// then each matching suffix of ها ان ات ون ين يه ية ه ة ي in turn, keeping at
// least two letters (و is removed only from words of four letters or more).
// Lengths are counted in runes, as Lucene counts UTF-16 units of Arabic
// text. The result is always a substring of word.
func LuceneStem(word string) string {
	// Every affix starts (prefixes) or ends (suffixes) with one of these
	// two-byte letters; most words need no further look.
	if len(word) < 6 {
		return word
	}
	n := -1
	if c0, c1 := word[0], word[1]; c0 == 0xD8 && (c1 == 0xA7 || c1 == 0xA8) || c0 == 0xD9 && (c1 == 0x83 || c1 == 0x88 || c1 == 0x81 || c1 == 0x84) {
		n = utf8.RuneCountInString(word)
		for _, p := range lucenePrefixes {
			if (p.n == 1 && n < 4) || n < p.n+2 || word[1] != p.s[1] {
				continue
			}
			if strings.HasPrefix(word, p.s) {
				word = word[len(p.s):]
				n -= p.n
				break
			}
		}
	}
	if !luceneSuffixEnd(word) {
		return word
	}
	if n < 0 {
		n = utf8.RuneCountInString(word)
	}
	for _, x := range luceneSuffixes {
		if n < x.n+2 || word[len(word)-1] != x.s[len(x.s)-1] {
			continue
		}
		if strings.HasSuffix(word, x.s) {
			word = word[:len(word)-len(x.s)]
			n -= x.n
		}
	}
	return word
}

// luceneSuffixEnd reports whether word ends with a letter that ends some
// Lucene suffix: ا ن ت ه ة ي.
func luceneSuffixEnd(word string) bool {
	if len(word) < 2 {
		return false
	}
	switch word[len(word)-2:] {
	case "ا", "ن", "ت", "ه", "ة", "ي":
		return true
	}
	return false
}
