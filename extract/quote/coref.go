package quote

import (
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
	"sort"
	"strings"
)

// maxLookBack bounds how many earlier mentions or speakers a reference
// back is looked for among, so that a document's analysis stays linear in
// its length.
const maxLookBack = 200

// kinNouns name a person or group by kinship or counsel to someone: in
// "عائلة X قالت" the family speaks, not X.
var kinNouns = map[string]bool{
	"عايله": true, "اسره": true, "والده": true, "والد": true, "ام": true, "اب": true, "ابن": true,
	"ابنه": true, "نجل": true, "شقيق": true, "شقيقه": true, "زوج": true, "زوجه": true, "اقارب": true,
	"افراد": true, "محامي": true, "محامو": true, "محامون": true, "اشقاء": true, "ابناء": true,
}

// spoken is a speaker already seen, with the head noun of the phrase that
// named it, so that a later definite noun ("الوزارة", "المسؤول") can refer
// back to it.
type spoken struct {
	head string
	pos  int
	sp   *speaker
}

// remember records the speaker named by the phrase whose first word is
// first.
func (st *state) remember(first arabic.Token, sp *speaker) {
	if sp == nil {
		return
	}
	st.spoken = append(st.spoken, spoken{head: arabic.StripArticle(st.noConj(first)), pos: first.Start, sp: sp})
}

// antecedent resolves a definite noun that refers back (الوزارة،
// الوكالة، المسؤول، القناة) to what the article named with the same head
// noun before pos: the last speaker whose phrase opened with it, or the
// last organisation whose name does (وزارة العدل for الوزارة).
func (st *state) antecedent(head string, pos int) *speaker {
	var best *speaker
	bestPos := -1
	for k := len(st.spoken) - 1; k >= 0 && k >= len(st.spoken)-maxLookBack; k-- {
		if s := st.spoken[k]; s.pos < pos && s.head == head && s.sp.kind != KindUnresolved {
			best, bestPos = s.sp, s.pos
			break
		}
	}
	end := sort.Search(len(st.ments), func(i int) bool { return st.ments[i].start >= pos })
	for k := end - 1; k >= 0 && k >= end-maxLookBack; k-- {
		m := st.ments[k]
		if m.start <= bestPos {
			break
		}
		if m.end > pos {
			continue
		}
		if m.ent.Type != entity.ORG {
			continue
		}
		words := strings.Fields(m.ent.Canonical)
		if len(words) > 1 && arabic.StripArticle(arabic.Normalize(words[0])) == head {
			return &speaker{name: m.ent.Canonical, ent: m.ent, kind: KindOrganisation}
		}
	}
	return best
}

// maxKinWords is how far after a kinship noun the person's name may come.
const maxKinWords = 6

// kinPhrase returns the speaker named by a kinship noun before a person
// ("عائلة X", "والدة X"): the phrase as written to the end of the name.
func (st *state) kinPhrase(toks []arabic.Token) *speaker {
	first := firstWord(toks)
	// والدة is a kin noun, not و + …: the word whole is tried too.
	if !kinNouns[arabic.StripArticle(st.noConj(first))] && !kinNouns[first.Norm] {
		return nil
	}
	for k, t := range toks {
		if t.Start <= first.Start {
			continue
		}
		if e := st.mentionAt(t.Start); e != nil && e.Type == entity.PER {
			end := k
			for end+1 < len(toks) && st.mentionAt(toks[end+1].Start) == e {
				end++
			}
			if n := appositiveName(toks, end+1); n > 0 {
				// "والدة X، سلمى حداد، …": the name set off after the kin
				// phrase is the speaker's own.
				sp := &speaker{name: st.body[toks[end+2].Start:toks[end+1+n].End], kind: KindPerson}
				if r := kinRole(first.Norm); r != "" {
					st.kin = append(st.kin, kinRef{role: r, sp: sp, pos: first.Start})
				}
				return sp
			}
			return &speaker{name: st.body[first.Start:toks[end].End], kind: KindUnresolved}
		}
		// "أسرة المدرب السابق للنادي X": the kin noun's genitive may
		// describe the person before naming him.
		if t.Kind == arabic.Punct || k > maxKinWords {
			return nil
		}
	}
	return nil
}

// mentionsIn2 reports whether a role phrase names no entity of its own
// (then it may refer back).
func (st *state) mentionsIn2(toks []arabic.Token) bool {
	per, org := st.mentionsIn(toks[0].Start, toks[len(toks)-1].End)
	return per == nil && org == nil
}

// appositiveName returns how many name-like words (two or three) the
// comma toks[k] sets off before another comma closes them, or 0.
func appositiveName(toks []arabic.Token, k int) int {
	if k >= len(toks) || !isComma(toks[k].Text) {
		return 0
	}
	n := 0
	for j := k + 1; j < len(toks); j++ {
		t := toks[j]
		if isComma(t.Text) {
			if n >= 2 {
				return n
			}
			return 0
		}
		if !isNameLike(t) || n == 3 {
			return 0
		}
		n++
	}
	return 0
}

// kinRoles groups the kin nouns one person is named by and later referred
// back with: والدة X … الأم.
var kinRoles = map[string]string{
	"والده": "mother", "الوالده": "mother", "ام": "mother", "الام": "mother",
	"والد": "father", "الوالد": "father", "اب": "father", "الاب": "father",
	"زوجه": "wife", "الزوجه": "wife", "ارمله": "wife", "الارمله": "wife",
}

// kinRole returns the role group of the key w, its conjunction off.
func kinRole(w string) string {
	if r, ok := kinRoles[w]; ok {
		return r
	}
	if r, ok := strings.CutPrefix(w, "و"); ok {
		return kinRoles[r]
	}
	return ""
}

// kinRef is a person the article named through a kin noun.
type kinRef struct {
	role string
	sp   *speaker
	pos  int
}

// kinAntecedent resolves a definite kin noun standing alone ("وتقول الأم
// إن …") to the person last named through a noun of the same role before
// pos, or nil.
func (st *state) kinAntecedent(first arabic.Token) *speaker {
	if !strings.Contains(first.Norm, "ال") {
		return nil
	}
	r := kinRole(first.Norm)
	if r == "" {
		return nil
	}
	for k := len(st.kin) - 1; k >= 0; k-- {
		if st.kin[k].role == r && st.kin[k].pos < first.Start {
			return st.kin[k].sp
		}
	}
	return nil
}
