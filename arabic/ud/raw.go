package ud

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// procliticForms are the one-letter words PADT splits off the front of a
// written word: the conjunctions و ف, the prepositions ب ل ك, the future
// marker س.
var procliticForms = map[string]bool{"و": true, "ف": true, "ب": true, "ل": true, "ك": true, "س": true}

// encliticForms are the pronoun suffixes, as PADT writes them split.
var encliticForms = map[string]bool{
	"ه": true, "ها": true, "هما": true, "هم": true, "هن": true,
	"ك": true, "كما": true, "كم": true, "كن": true, "ي": true, "ني": true, "نا": true,
}

// fused are pairs of words always written as one, with their spelling.
var fused = map[[2]string]string{
	{"من", "ما"}: "مما", {"عن", "ما"}: "عما", {"من", "من"}: "ممن", {"عن", "من"}: "عمن", {"أن", "لا"}: "ألا",
}

// isEnclitic reports whether w is a pronoun written attached to the word
// before it: a personal pronoun of an enclitic form in the genitive or
// accusative (the nominative ones, هم "they", stand alone).
func isEnclitic(w *Word) bool {
	return w.UPOS == "PRON" && encliticForms[w.Form] && !strings.Contains(w.Feats, "Case=Nom") &&
		!strings.Contains(w.Feats, "PronType=Dem") && !strings.Contains(w.Feats, "PronType=Rel")
}

// isProclitic reports whether w is written attached to the word after it.
func isProclitic(w *Word) bool {
	return procliticForms[w.Form] && w.UPOS != "PRON" && w.UPOS != "PUNCT" && w.UPOS != "X"
}

// startsWithLetter reports whether s begins with an Arabic letter.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x0620 && r <= 0x064A
}

// Detokenize rebuilds how the words of a sentence without multiword tokens
// (UD Arabic-PADT v1.3) were written, and records every written word made of
// two or more syntactic words as a multiword token:
//
//   - the proclitics و ف ب ل ك س join the next word (و + ب + الجيش →
//     وبالجيش); ل before the article drops its alef (ل + الحظر → للحظر), and
//     one more lam when the noun starts with one (ل + اللجنة → للجنة);
//   - pronoun enclitics join the word before (كتاب + ها → كتابها): ة before
//     them is written ت (مدينة + ها → مدينتها), a final ى is written ي after
//     a particle or preposition (على + ه → عليه) and ا elsewhere (مستوى + ه →
//     مستواه), the alef of a plural verb's وا drops (قالوا + ه → قالوه), and
//     في + ي is في;
//   - a few pairs are always fused: من + ما → مما, عن + ما → عما, من + من →
//     ممن, عن + من → عمن, أن + لا → ألا.
//
// Sentences that already have multiword tokens are left alone. The rules
// were checked against UD Arabic-PUD, whose SpaceAfter marks record the real
// spelling (see the package tests).
func Detokenize(s *Sentence) {
	if len(s.MWTs) > 0 {
		return
	}
	n := len(s.Words)
	for i := 0; i < n; {
		j := i // the group is Words[i..j]
		form := s.Words[i].Form
		for j+1 < n {
			cur, next := &s.Words[j], &s.Words[j+1]
			switch {
			case isProclitic(cur) && (startsWithLetter(next.Form) || startsWithDigit(next.Form) && cur.Form != "س"):
				form = joinProclitic(form, next.Form)
			case isEnclitic(next) && startsWithLetter(cur.Form):
				form = joinEnclitic(form, cur, next.Form)
			case fused[[2]string{cur.Form, next.Form}] != "" && j == i:
				form = fused[[2]string{cur.Form, next.Form}]
			default:
				goto done
			}
			j++
		}
	done:
		if j > i {
			s.MWTs = append(s.MWTs, MWT{First: i + 1, Last: j + 1, Form: form, Misc: "_"})
		}
		i = j + 1
	}
}

// joinProclitic writes the word next after the proclitic group prefix.
func joinProclitic(prefix, next string) string {
	if strings.HasSuffix(prefix, "ل") && strings.HasPrefix(next, "ال") {
		rest := next[len("ال"):]
		if strings.HasPrefix(rest, "ل") {
			return prefix + rest // ل + اللجنة → للجنة
		}
		return prefix + next[len("ا"):] // ل + الحظر → للحظر
	}
	return prefix + next
}

// joinEnclitic writes the pronoun suffix suf after the written word base,
// whose last syntactic word is host.
func joinEnclitic(base string, host *Word, suf string) string {
	switch {
	case strings.HasSuffix(base, "ة"):
		return strings.TrimSuffix(base, "ة") + "ت" + suf
	case strings.HasSuffix(base, "ى"):
		stem := strings.TrimSuffix(base, "ى")
		if host.UPOS == "ADP" || host.UPOS == "PART" || host.UPOS == "SCONJ" || host.UPOS == "CCONJ" {
			if suf == "ي" {
				return stem + "ي"
			}
			return stem + "ي" + suf
		}
		return stem + "ا" + suf
	case suf == "ي" && strings.HasSuffix(base, "ي"):
		return base
	case host.UPOS == "VERB" && strings.HasSuffix(base, "وا"):
		return strings.TrimSuffix(base, "ا") + suf
	}
	return base + suf
}

// GroupSpaceAfter records, for a sentence whose words carry SpaceAfter=No
// marks (UD Arabic-PUD), every run of words written as one word as a
// multiword token: words joined without a space where both sides of the
// junction are letters. Punctuation glued to a word stays a token of its
// own. forms are the written forms of the words (before any harmonisation
// changed them); nil means the current forms.
func GroupSpaceAfter(s *Sentence, forms []string) {
	if len(s.MWTs) > 0 {
		return
	}
	if forms == nil {
		forms = make([]string, len(s.Words))
		for i := range s.Words {
			forms[i] = s.Words[i].Form
		}
	}
	n := len(s.Words)
	for i := 0; i < n; {
		j := i
		var b strings.Builder
		b.WriteString(forms[i])
		for j+1 < n && !SpaceAfter(s.Words[j].Misc) && endsWithLetter(forms[j]) && startsWithWordRune(forms[j+1]) {
			j++
			b.WriteString(forms[j])
		}
		if j > i {
			misc := "_"
			if !SpaceAfter(s.Words[j].Misc) {
				misc = "SpaceAfter=No"
			}
			s.MWTs = append(s.MWTs, MWT{First: i + 1, Last: j + 1, Form: b.String(), Misc: misc})
		}
		i = j + 1
	}
}

// startsWithDigit reports whether s begins with a decimal digit of any script.
func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

func endsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func startsWithWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
