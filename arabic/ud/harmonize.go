package ud

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// StripMarks removes tashkeel and tatweel from s and writes alef wasla as a
// plain alef: the unvocalised spelling of a vocalised word as news text
// writes it (اَلبَصرَةَ → البصرة).
func StripMarks(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return arabic.IsTashkeel(r) || r == arabic.Tatweel || r == 'ٱ' }) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case arabic.IsTashkeel(r), r == arabic.Tatweel:
		case r == 'ٱ':
			b.WriteRune('ا')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// v1Relations maps UD v1 relation names to their UD v2 names. nmod is
// handled apart: it becomes obl on a predicate.
var v1Relations = map[string]string{
	"dobj":      "obj",
	"nsubjpass": "nsubj:pass",
	"csubjpass": "csubj:pass",
	"auxpass":   "aux:pass",
	"neg":       "advmod",
	"mwe":       "fixed",
	"name":      "flat",
	"foreign":   "flat:foreign",
	"remnant":   "orphan",
}

// HarmonizePADT rewrites a UD Arabic-PADT v1.3 sentence in place into the
// conventions Marsad's models predict (UD v2, unvocalised):
//
//   - FORM and LEMMA lose their marks (StripMarks); the vocalised form is
//     kept in MISC as Vform=;
//   - relations get their UD v2 names (dobj → obj, nsubjpass → nsubj:pass,
//     auxpass → aux:pass, neg → advmod, mwe → fixed, name → flat, foreign →
//     flat:foreign), nmod attached to a VERB, ADJ, ADV or AUX becomes obl,
//     and a prepositional object (PADT's dobj or iobj with a case dependent) becomes
//     obl:arg on a predicate and nmod on a noun, as UD v2 Arabic has them;
//   - CONJ becomes SCONJ when it is a subordinator (relation mark), CCONJ
//     otherwise; a copula (relation cop) is AUX; words PADT left unanalysed
//     or marked foreign (XPOS U… and X…, nearly all of them names written in
//     Arabic letters) are PROPN; abbreviation letters (XPOS Y…) stay X;
//   - a coordinating conjunction (cc) attached to the first conjunct, as UD
//     v1 did, is attached to the conjunct that follows it, as UD v2 does;
//   - features: Definite=Red → Definite=Cons, Negative=Neg → Polarity=Neg
//     (and neg → Polarity=Neg on the word), Foreign=Foreign → Foreign=Yes,
//     NumValue (language-specific) dropped.
func HarmonizePADT(s *Sentence) {
	for i := range s.Words {
		w := &s.Words[i]
		if v := w.Form; StripMarks(v) != v {
			w.Misc = addMisc(w.Misc, "Vform="+v)
		}
		w.Form = StripMarks(w.Form)
		w.Lemma = StripMarks(w.Lemma)
		neg := w.Rel == "neg"
		switch w.UPOS {
		case "CONJ":
			if w.Rel == "mark" {
				w.UPOS = "SCONJ"
			} else {
				w.UPOS = "CCONJ"
			}
		case "X":
			if strings.HasPrefix(w.XPOS, "U") || strings.HasPrefix(w.XPOS, "X") {
				w.UPOS = "PROPN"
			}
		}
		if w.Rel == "cop" {
			w.UPOS = "AUX"
		}
		w.Feats = harmonizeFeats(w.Feats, neg)
	}
	// UD v1 attached a coordinating conjunction to the first conjunct, UD v2
	// to the conjunct that follows it.
	for i := range s.Words {
		w := &s.Words[i]
		if w.Rel != "cc" || w.Head <= 0 || w.Head > i {
			continue // a conjunction before the first conjunct opens the clause
		}
		next := 0
		for k := i + 1; k < len(s.Words); k++ {
			if s.Words[k].Head != w.Head {
				continue
			}
			if s.Words[k].Rel == "cc" {
				break // the next conjunct has a conjunction of its own
			}
			if s.Words[k].Rel == "conj" {
				next = k + 1
				break
			}
		}
		if next > 0 {
			w.Head = next
		}
	}
	// Relations last: obl depends on the head's (harmonised) UPOS.
	hasCase := make([]bool, len(s.Words))
	for _, w := range s.Words {
		if w.Rel == "case" && w.Head > 0 {
			hasCase[w.Head-1] = true
		}
	}
	for i := range s.Words {
		w := &s.Words[i]
		predicate := false
		if w.Head > 0 {
			switch s.Words[w.Head-1].UPOS {
			case "VERB", "ADJ", "ADV", "AUX":
				predicate = true
			}
		}
		switch {
		case (w.Rel == "dobj" || w.Rel == "iobj") && hasCase[i] && predicate:
			w.Rel = "obl:arg"
		case (w.Rel == "dobj" || w.Rel == "iobj") && hasCase[i]:
			w.Rel = "nmod"
		case w.Rel == "nmod" && predicate:
			w.Rel = "obl"
		default:
			if r, ok := v1Relations[w.Rel]; ok {
				w.Rel = r
			}
		}
	}
}

// harmonizeFeats applies the feature renamings of HarmonizePADT.
func harmonizeFeats(feats string, neg bool) string {
	if feats == "_" || feats == "" {
		if neg {
			return "Polarity=Neg"
		}
		return "_"
	}
	var out []string
	for f := range strings.SplitSeq(feats, "|") {
		switch f {
		case "Definite=Red":
			f = "Definite=Cons"
		case "Negative=Neg":
			f = "Polarity=Neg"
		case "Foreign=Foreign":
			f = "Foreign=Yes"
		}
		if strings.HasPrefix(f, "NumValue=") {
			continue
		}
		out = append(out, f)
	}
	if neg && !slices.Contains(out, "Polarity=Neg") {
		out = append(out, "Polarity=Neg")
	}
	return joinFeats(out)
}

// joinFeats sorts features by name (case-insensitively, as CoNLL-U asks)
// and joins them; no features gives "_".
func joinFeats(fs []string) string {
	if len(fs) == 0 {
		return "_"
	}
	slices.SortFunc(fs, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fs = slices.Compact(fs)
	return strings.Join(fs, "|")
}

// addMisc appends one attribute to a MISC field.
func addMisc(misc, attr string) string {
	if misc == "" || misc == "_" {
		return attr
	}
	return misc + "|" + attr
}

// HarmonizePUD rewrites a UD Arabic-PUD sentence in place: forms lose any
// marks, and where PUD split لل as ل + ل… (للسلطة → ل + لسلطة), the second
// word gets its article back (ل + السلطة), as PADT writes it.
func HarmonizePUD(s *Sentence) {
	for i := range s.Words {
		w := &s.Words[i]
		w.Form = StripMarks(w.Form)
		w.Lemma = StripMarks(w.Lemma)
		if i == 0 || !strings.HasPrefix(w.Form, "ل") || strings.HasPrefix(w.Form, "ال") {
			continue
		}
		p := s.Words[i-1]
		if (p.Form == "ل" || p.Form == "لل") && !SpaceAfter(p.Misc) && strings.Contains(w.Feats, "Definite=Def") {
			w.Form = "ا" + w.Form
		}
	}
}
