package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// KeysVersion numbers the way Terms makes keys. A store records the
// version its index was built with and rebuilds the index when it differs
// (keys of another version would not meet the query's).
//
//	1: light stem of the folded word (ئ → ي before stemming: هيئة → هي)
//	2: stem before folding; function words keyed apart (FunctionMark)
const KeysVersion = 2

// Term is one searchable word: its index key and where it is in the text.
type Term struct {
	Key        string
	Start, End int // byte offsets into the text given to Terms
}

// Terms splits text into search terms. Arabic words get their Key;
// numbers and Latin words are normalised. Punctuation and symbols give no
// term. Index and query text both go through Terms, so they meet on the
// same keys; keys hold only letters and digits (and FunctionMark).
func Terms(text string) []Term {
	toks := arabic.Tokenize(text)
	out := make([]Term, 0, len(toks))
	for _, t := range toks {
		if key := tokenKey(t); key != "" {
			out = append(out, Term{Key: key, Start: t.Start, End: t.End})
		}
	}
	return out
}

// tokenKey is the key of one token, "" for tokens that are not searched.
func tokenKey(t arabic.Token) string {
	switch t.Kind {
	case arabic.Word:
		return wordKey(t.Text, t.Norm)
	case arabic.Number, arabic.Latin, arabic.Hashtag:
		return clean(t.Norm)
	}
	return ""
}

// Key returns the search key of one Arabic word (see Terms):
//
//   - A function word (IsFunctionWord: في، على، عليه، هذا ...) is keyed
//     as FunctionMark + its normalised form, so that phrases still match
//     it but no content word ever shares its key (the name علي is not the
//     preposition على).
//   - Any other word is light-stemmed (arabic.LuceneStem: و and the ال
//     family, pronoun and plural suffixes) before ئ and ؤ are folded, so
//     هيئة gives هيي, not the pronoun هي; ى and ة are folded first, as
//     Lucene does, so spelling variants still meet. arabic.StripClitics is
//     trusted only when what it strips uncovers the article (وبالمدينة →
//     المدينة, للجيش → الجيش): its other splits of single-letter proclitics
//     conflate too much (فلبينية → بينية, كذلك → ذلك).
//   - A stem that falls on a function word's form (معين → مع, مني → من) or
//     is shorter than two letters is refused: the word keeps its suffixes
//     (معين, مني).
//
// The key is then folded as arabic.Normalize folds (diacritics, alef,
// hamza and yeh forms, ة → ه).
func Key(word string) string {
	return wordKey(word, arabic.Normalize(word))
}

// wordKey is Key of word, given norm = arabic.Normalize(word).
func wordKey(word, norm string) string {
	f := fnForm(word, norm)
	if k, ok := fnSet[f]; ok {
		return k
	}
	if r, size := utf8.DecodeRuneInString(f); (r == 'و' || r == 'ف') && fnSet[f[size:]] != "" {
		return FunctionMark + norm // وعليه, فإنه: a function word behind a conjunction
	}
	s := f
	if s != norm {
		s = replacePlaceholders(s, &stemForm)
	}
	if c := arabic.StripClitics(norm); c != norm && strings.HasSuffix(norm, c) {
		// A split that uncovers the article is trusted; one that leaves a
		// word of four letters or more (بمدينة → مدينة, لإيران → إيران), or
		// of three behind و (وعلي), is tried and dropped if its stem is
		// refused (فلبينية → بين). ف is too often a root letter (فعلية).
		// Normalize maps an Arabic letter to one letter, so the clitics are
		// as many letters of s as of norm.
		n := utf8.RuneCountInString(c)
		cut := utf8.RuneCountInString(norm) - n
		if strings.HasPrefix(c, "ال") || n >= 4 && !strings.HasPrefix(norm, "ف") || n == 3 && cut == 1 && norm[0:2] == "و" {
			cs := dropRunes(s, cut)
			if k, ok := stemKey(cs, arabic.IsProtected(c)); ok {
				return clean(fold(k))
			}
		}
	}
	k, ok := stemKey(s, arabic.IsProtected(norm))
	if !ok {
		k = s
	}
	return clean(fold(k))
}

// stemKey returns the stem of s (ى and ة folded, ئ and ؤ still
// placeholders) that Key uses, and false when the stem is refused (see
// refused) and no less stemmed form of s is acceptable either.
//
// The stem is arabic.LuceneStem's, with three changes:
//
//   - a bare و is not removed (وليد, وزير): arabic.StripClitics decides
//     that, with its list of protected words, nor are the prefixes of a
//     protected word (arabic.IsProtected: لبنان, بغداد);
//   - a nisba ending stays (ي, ية and their plurals): مسؤولية is not
//     مسؤول, اللبناني is not لبنان;
//   - a stem shorter than three letters is refused, as is one that falls on
//     a function word's form (معين → مع, منى → من): the word keeps its
//     suffixes (علي, not عل; رؤية, not رؤ).
func stemKey(s string, protected bool) (string, bool) {
	k := arabic.LuceneStem(s)
	if protected || strings.HasPrefix(s, "و") && !strings.HasPrefix(s, "وال") && !strings.HasPrefix(s, k) {
		// Suffixes only: behind an article, Lucene removes the article
		// and stops looking for prefixes.
		k = arabic.LuceneStem("ال" + s)
	}
	if k == "" {
		k = s
	}
	if i := strings.Index(s, k); i >= 0 {
		if rest := s[i+len(k):]; rest != "" && isNisba(k, rest) {
			k += nisbaStem(rest)
		}
	}
	if !refused(fold(k)) {
		return k, true
	}
	// Unstemmed, a word is its own key, even one spelled like a folded
	// function word (the name علي).
	if p := lucenePrefixless(s); utf8.RuneCountInString(p) >= 2 {
		return p, true
	}
	return s, utf8.RuneCountInString(s) >= 2
}

// isNisba reports whether the suffixes rest that Lucene removed from stem
// k hold a nisba ending (ي or يه, alone or before a plural or dual ending).
func isNisba(k, rest string) bool {
	switch rest {
	case "ي", "يه", "يين", "يون", "يات", "يان", "يتين", "يتان":
		return utf8.RuneCountInString(k) >= 3
	}
	return false
}

// nisbaStem is the part of a nisba ending that stays in the key: ي.
func nisbaStem(string) string { return "ي" }

// possessiveKey returns the key a word ending in ة takes before a
// possessive pronoun (رؤية → رؤيته), or "" when the word does not end in ة
// or that key is its own. A noun with a pronoun has no article, so the
// article is dropped first (البيئة → بيئته): the key is that of the form
// as written in a text.
func possessiveKey(word, key string) string {
	w := strings.TrimRightFunc(word, func(r rune) bool { return arabic.IsTashkeel(r) || r == arabic.Tatweel })
	if !strings.HasSuffix(w, "ة") || strings.HasPrefix(key, FunctionMark) {
		return ""
	}
	for _, art := range []string{"ال", "وال", "فال", "بال", "كال", "لل", "ولل"} {
		if rest, ok := strings.CutPrefix(w, art); ok && utf8.RuneCountInString(rest) >= 3 {
			w = rest
			break
		}
	}
	k := Key(strings.TrimSuffix(w, "ة") + "ته")
	if k == key || strings.HasPrefix(k, FunctionMark) || utf8.RuneCountInString(k) < 3 {
		return ""
	}
	return k
}

// refused reports whether a content word's folded stem must not be its key.
func refused(k string) bool {
	return fnKeys[k] || utf8.RuneCountInString(k) < 3
}

// fold turns the placeholders of fnForm into the key's letters.
func fold(s string) string { return replacePlaceholders(s, &foldForm) }

// dropRunes returns s without its first n runes.
func dropRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[i:]
		}
		n--
	}
	return ""
}

// lucenePrefixless returns s without the prefix arabic.LuceneStem would
// remove (its suffixes kept): the stem's start in s.
func lucenePrefixless(s string) string {
	st := arabic.LuceneStem(s)
	for _, p := range []string{"", "ال", "وال", "بال", "كال", "فال", "لل", "و"} {
		if strings.HasPrefix(s, p) && strings.HasPrefix(s[len(p):], st) {
			return s[len(p):]
		}
	}
	return s
}

// clean keeps the letters and digits of s.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// IndexText returns the terms of text as the space-separated keys an index
// stores, one key per word position.
func IndexText(text string) string { return IndexTerms(Terms(text)) }

// IndexTerms is IndexText of a text already split by Terms.
func IndexTerms(ts []Term) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Key)
	}
	return b.String()
}
