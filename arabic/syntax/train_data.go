package syntax

import (
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/ud"
)

// goldWords converts a harmonised treebank sentence (with its multiword
// tokens) into words with their gold annotation. Roles come from the
// multiword tokens: in a written word of several syntactic words, the last
// word that is not a pronoun suffix is the base, the words before it are
// proclitics, the ones after it enclitics.
func goldWords(s *ud.Sentence, lex *Lexicon) []word {
	ws := make([]word, len(s.Words))
	roles := rolesOf(s)
	for i, w := range s.Words {
		ws[i] = newWord(w.Form, arabic.Normalize(w.Form), roles[i], lex)
		ws[i].upos, _ = arabic.ParseUPOS(w.UPOS)
		ws[i].feats, _ = arabic.ParseFeats(w.Feats)
		ws[i].lemma = w.Lemma
		ws[i].head = w.Head - 1
		ws[i].rel, _ = arabic.ParseRel(w.Rel)
	}
	return ws
}

// rolesOf returns the segment role of every word of s.
func rolesOf(s *ud.Sentence) []arabic.SegRole {
	roles := make([]arabic.SegRole, len(s.Words))
	for _, m := range s.MWTs {
		base := m.Last - 1
		for base > m.First-1 && isPronounSuffix(&s.Words[base]) {
			base--
		}
		for k := m.First - 1; k < m.Last; k++ {
			switch {
			case k < base:
				roles[k] = arabic.Proclitic
			case k == base:
				roles[k] = arabic.Base
			default:
				roles[k] = arabic.Enclitic
			}
		}
	}
	return roles
}

// isPronounSuffix reports whether a treebank word is a pronoun suffix.
func isPronounSuffix(w *ud.Word) bool {
	switch ud.StripMarks(w.Form) {
	case "ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "ي", "ني", "نا":
		return w.UPOS == "PRON"
	}
	return false
}

// toSentence writes predicted words back as a treebank sentence with the
// words and multiword tokens of gold (same segmentation).
func toSentence(gold *ud.Sentence, ws []word) ud.Sentence {
	out := ud.Sentence{Comments: gold.Comments, MWTs: gold.MWTs, Words: make([]ud.Word, len(ws))}
	for i := range ws {
		out.Words[i] = predictedWord(i, gold.Words[i].Form, &ws[i])
	}
	return out
}

// predictedWord is the CoNLL-U line of a predicted word.
func predictedWord(i int, form string, w *word) ud.Word {
	lemma := w.lemma
	if lemma == "" {
		lemma = "_"
	}
	return ud.Word{ID: i + 1, Form: form, Lemma: lemma, UPOS: w.upos.String(), XPOS: "_",
		Feats: w.feats.String(), Head: w.head + 1, Rel: w.rel.String(), Deps: "_", Misc: "_"}
}
