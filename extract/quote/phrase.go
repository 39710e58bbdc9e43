package quote

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// maxPhraseWords bounds a speaker phrase written as the speaker's name.
const maxPhraseWords = 8

// adjunctWords open an adjunct after a subject noun phrase ("وقال روحاني
// في خطاب …"، "قال الرئيس عقب وصوله"): the subject ends before them.
var adjunctWords = map[string]bool{
	"في": true, "خلال": true, "عقب": true, "اثر": true, "بعد": true, "قبل": true, "امام": true,
	"حول": true, "منذ": true, "عبر": true, "اثناء": true, "الي": true, "علي": true, "عن": true,
	"مع": true, "ان": true, "بان": true, "ايضا": true, "مجددا": true, "مرارا": true, "كذلك": true,
	"بشده": true, "رسميا": true, "صراحه": true, "مساء": true, "صباح": true, "ليل": true, "اليوم": true,
	"امس": true, "غدا": true, "الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true,
	"الخميس": true, "الجمعه": true, "السبت": true, "ردا": true, "وفقا": true, "بحسب": true, "حسب": true,
}

// adverbs may stand between a speaker and the object of the cue ("دعا
// فلان مرارا الحكومة"، "أكدت الإدارة الاثنين، إغلاق …").
var adverbs = map[string]bool{
	"ايضا": true, "مجددا": true, "مرارا": true, "كذلك": true, "بشده": true, "رسميا": true,
	"صراحه": true, "مساء": true, "صباح": true, "ليل": true, "اليوم": true, "امس": true, "غدا": true,
	"الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true,
	"الجمعه": true, "السبت": true,
}

// audienceHeads, with the proclitic ل, name whom a statement was made to
// ("للصحافيين"، "لوكالة …"): not part of the speaker.
var audienceHeads = map[string]bool{"صحافيين": true, "صحفيين": true, "صحافين": true, "مراسلين": true, "اعلاميين": true}

// isPhraseStop reports whether token t ends a subject noun phrase.
func isPhraseStop(t arabic.Token) bool {
	if t.Kind == arabic.Punct || adjunctWords[t.Norm] || timeWords[t.Norm] || isRelativePronoun(t.Norm) {
		return true
	}
	if r, ok := strings.CutPrefix(t.Norm, "لل"); ok && audienceHeads[r] {
		return true
	}
	if r, ok := strings.CutPrefix(t.Norm, "ل"); ok && (outletHeads[r] || audienceHeads[r]) {
		return true
	}
	return false
}

// subjectEnd returns how many tokens of toks form the noun phrase they
// open: up to a stop (punctuation, an adjunct, a time word, a relative
// pronoun, an addressee) or maxPhraseWords words. A quoted name right after
// an outlet head ends the phrase ("صحيفة "الوطن"").
func subjectEnd(toks []arabic.Token, pairs map[int]int, base int) int {
	words := 0
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if k > 0 && t.Kind == arabic.Punct && outletHeads[arabic.StripArticle(toks[k-1].Norm)] {
			if m, ok := pairs[base+k]; ok && m > base+k && m-base < len(toks) {
				return m - base + 1 // the outlet is named by its quoted title
			}
		}
		if isPhraseStop(t) {
			return k
		}
		if words++; words > maxPhraseWords {
			return k
		}
	}
	return len(toks)
}

// isDefinite reports whether a normalised word carries the article ال.
func isDefinite(w string) bool {
	return strings.HasPrefix(w, "ال") && len([]rune(w)) > 3
}

// trailingName returns the name closing the role phrase at body[a:b]: two
// or three words after a definite word, none definite, none a feminine
// noun ("المتحدثة باسم وزارة الخارجية الأميركية هيذر نويرت" → "هيذر نويرت").
func (st *state) trailingName(a, b int) string {
	if a >= b {
		return ""
	}
	toks := st.tokensBetween(a, b)
	n := len(toks)
	k := n
	for k > 0 && n-k < 3 && isNameLike(toks[k-1]) {
		k--
	}
	if n-k < 2 || k == 0 || !isDefinite(st.noConj(toks[k-1])) {
		return ""
	}
	return st.body[toks[k].Start:toks[n-1].End]
}

// isNameLike reports whether t could be part of a personal name: a bare
// word, not definite, not a feminine noun, not a link of a title.
func isNameLike(t arabic.Token) bool {
	w := t.Norm
	r := []rune(w)
	if t.Kind != arabic.Word || len(r) < 3 || isDefinite(w) || strings.HasSuffix(w, "ه") {
		return false
	}
	return !adjunctWords[w] && !timeWords[w] && !titleLinks[w] && !strings.HasPrefix(w, "لل") && !strings.HasPrefix(w, "بال")
}

// titleLinks join the parts of a title ("المتحدث باسم"، "سفير لدى").
var titleLinks = map[string]bool{"باسم": true, "لدى": true, "بين": true, "ضد": true, "نحو": true, "لشوون": true}
