package storetest

import (
	"regexp"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// RelevanceWord is one word of the relevance set: a one-word query and
// the reference rule that says which documents it should find.
type RelevanceWord struct {
	// Query is the word as a user types it.
	Query string
	// Why says what the word tests.
	Why string
	// forms matches a ReferenceForm token that counts as the word, unless
	// it is one of except (another word written alike).
	forms  *regexp.Regexp
	except map[string]bool
}

// referenceClitics are the proclitics the reference rule accepts before a
// word: و or ف, then ب, ك or ل, then the article (ل + ال is written لل).
const referenceClitics = `(?:[وف]?(?:[بك]?ال|لل|[بكل])?)`

// rw builds a RelevanceWord whose forms are the proclitics, one of the
// stems, and one of the endings ("" for none).
func rw(query, why string, stems []string, endings ...string) RelevanceWord {
	names := len(endings) == 0 // a name takes no possessive
	if names {
		endings = []string{""}
	}
	var ends []string
	for _, e := range endings {
		ends = append(ends, regexp.QuoteMeta(e))
		if names {
			continue
		}
		// The possessive pronouns; ة is written ت before them.
		base := e
		if strings.HasSuffix(e, "ة") {
			base = strings.TrimSuffix(e, "ة") + "ت"
		} else if strings.HasSuffix(e, "ين") || strings.HasSuffix(e, "ان") {
			continue // a dual or plural loses its ن before them
		}
		ends = append(ends, regexp.QuoteMeta(base)+`(?:ه|ها|هم|هما|هن|كم|نا)`)
	}
	re := `^` + referenceClitics + `(?:` + strings.Join(stems, "|") + `)(?:` + strings.Join(ends, "|") + `)$`
	return RelevanceWord{Query: query, Why: why, forms: regexp.MustCompile(re)}
}

// RelevanceSet is the relevance test set of issue #13: names, nouns with
// ئ ؤ ة that used to fold onto pronouns, words that look like a clitic and
// a stem, and the variant and clitic families search must keep.
//
// The reference rule: a document is relevant to a word when its title or
// body has a token that, with diacritics and tatweel removed and أ إ آ ٱ
// written ا (ئ ؤ ى ة kept as written: see ReferenceForm), is the word's
// stem with any of the proclitics و ف, ب ك ل, ال, one of the word's own
// inflectional endings listed here (feminine, dual, sound plural) and
// possibly a possessive pronoun (ه ها هم هما هن كم نا; ة is then written
// ت). Broken plurals, nisba adjectives (ي، ية) and other derived words are
// other words; so are a few words spelled like a form of the word (فعلي,
// actual, is not ف + علي).
func RelevanceSet() []RelevanceWord {
	fem := []string{"ة", "تان", "تين", "ات"}
	return []RelevanceWord{
		rw("علي", "a name the preposition على folded onto", []string{"علي"}).but("فعلي", "لعلي", "ولعلي"), // actual; perhaps I
		rw("هيئة", "ئ folded before the stemmer: هيئة → هي", []string{"هيئ"}, fem...),
		rw("البيئة", "ئ folded before the stemmer: بيئة → بي", []string{"بيئ"}, fem...),
		rw("سيئة", "ئ folded before the stemmer: سيئة → سي", []string{"سيئ"}, "", "ة", "ات", "ين", "ون"),
		rw("المائة", "ئ folded before the stemmer: مائة → ما", []string{"مائ"}, "ة"),
		rw("منى", "a name whose stem is من", []string{"منى"}),
		rw("معين", "a word whose stem is مع", []string{"معين"}, "", "ة", "ين", "ون", "ان", "ات"),
		rw("رئيس", "ئ", []string{"رئيس"}, "", "ة", "ان", "ين", "ات"),
		rw("مسؤول", "ؤ", []string{"مسؤول"}, "", "ة", "ان", "ين", "ون", "ات"),
		rw("رؤية", "ؤ and ة", []string{"رؤي"}, "ة"),
		rw("جائزة", "ئ and ة", []string{"جائز"}, fem...),
		rw("مؤتمر", "ؤ", []string{"مؤتمر"}, "", "ات", "ان", "ين"),
		rw("مؤسسة", "ؤ and ة", []string{"مؤسس"}, fem...),
		rw("الطائرة", "ئ and ة", []string{"طائر"}, fem...),
		rw("وزير", "looks like و + زير", []string{"وزير"}, "", "ة", "ان", "ين", "ات"),
		rw("وليد", "a name that looks like و + ليد", []string{"وليد"}),
		rw("كتاب", "looks like ك + تاب", []string{"كتاب"}, "", "ان", "ين"),
		rw("بنك", "looks like ب + نك", []string{"بنك"}, "", "ان", "ين"),
		rw("لبنان", "a protected name that looks like ل + بنان", []string{"لبنان"}),
		rw("بغداد", "a protected name that looks like ب + غداد", []string{"بغداد"}),
		rw("فرنسا", "a name that looks like ف + رنسا", []string{"فرنسا"}),
		rw("ألمانيا", "stacked clitics: لألمانيا", []string{"المانيا"}),
		rw("محمد", "a common name", []string{"محمد"}),
		rw("إيران", "a name", []string{"ايران"}),
		rw("المدينة", "a variant family: مدينة بالمدينة للمدينة المدينه", []string{"مدين"}, "ة", "ه", "تان", "تين"),
		rw("الجيش", "a clitic family: والجيش للجيش", []string{"جيش"}, "", "ان", "ين"),
		rw("الانتخابات", "a plural and its singular", []string{"انتخاب"}, "", "ات"),
	}
}

// ReferenceForm is a token as the reference rule compares it: diacritics,
// tatweel and invisible characters removed, أ إ آ ٱ written ا, other
// letters (ئ ؤ ى ة among them) as written.
func ReferenceForm(token string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case arabic.IsTashkeel(r) || r == arabic.Tatweel || r == '\u200c' || r == '\u200d' || r == '\u200f' || r == '\u200e':
			return -1
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			return 'ا'
		}
		return r
	}, token)
}

// Matches reports whether a ReferenceForm token counts as the word.
func (w RelevanceWord) Matches(form string) bool { return w.forms.MatchString(form) && !w.except[form] }

// except returns w with other words written like one of its forms.
func (w RelevanceWord) but(forms ...string) RelevanceWord {
	w.except = map[string]bool{}
	for _, f := range forms {
		w.except[f] = true
	}
	return w
}

// Relevant reports which words of set the text is relevant to (by the
// reference rule), indexed as set.
func Relevant(set []RelevanceWord, text string) []bool {
	out := make([]bool, len(set))
	seen := map[string]bool{}
	for _, t := range arabic.Tokenize(text) {
		if t.Kind != arabic.Word {
			continue
		}
		f := ReferenceForm(t.Text)
		if seen[f] {
			continue
		}
		seen[f] = true
		for i, w := range set {
			if !out[i] && w.Matches(f) {
				out[i] = true
			}
		}
	}
	return out
}
