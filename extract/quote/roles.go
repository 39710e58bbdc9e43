package quote

import (
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
)

// maxRoleWords bounds a role description read next to a mention.
const maxRoleWords = 6

// learnBodyRoles records the role descriptions written next to person
// mentions anywhere in the body: a title before the name ("الرئيس الأميركي
// دونالد ترامب") or an apposition after it ("عمار الحكيم، رئيس تيار
// الحكمة"). A later definite description ("الرئيس الأميركي") then refers
// back to that person.
func (st *state) learnBodyRoles(toks []arabic.Token) {
	at := map[int]int{} // byte offset → token index
	for k, t := range toks {
		at[t.Start] = k
	}
	for _, m := range st.ments {
		if m.ent.Type != entity.PER {
			continue
		}
		k, ok := at[m.start]
		if !ok {
			continue
		}
		// Title before the name: the farthest role head within reach.
		head := -1
		commas := 0
		for j := k - 1; j >= 0 && k-j <= maxRoleWords; j-- {
			if isComma(toks[j].Text) && head < 0 && commas == 0 && k-j <= 2 {
				commas++ // "الرئيس اليمني، عبدربه منصور هادي"
				continue
			}
			if toks[j].Kind == arabic.Punct || st.mentionAt(toks[j].Start) != nil {
				break
			}
			if st.x.roleHeads[arabic.StripArticle(toks[j].Norm)] {
				head = j
			}
		}
		if head >= 0 {
			var seg []arabic.Token
			for _, t := range toks[head:k] {
				if isComma(t.Text) {
					break
				}
				seg = append(seg, t)
			}
			st.addRole(wordsOf(seg), m.ent, m.start)
		}
		// Apposition after the name: "، رئيس … ،".
		e := k
		for e < len(toks) && toks[e].End <= m.end {
			e++
		}
		if e+1 < len(toks) && isComma(toks[e].Text) && st.x.roleHeads[arabic.StripArticle(toks[e+1].Norm)] {
			j := e + 1
			for j < len(toks) && j-e <= maxRoleWords && toks[j].Kind != arabic.Punct && st.mentionAt(toks[j].Start) == nil {
				j++
			}
			st.addRole(wordsOf(toks[e+1:j]), m.ent, m.start)
		}
	}
}

// addRole records role words w of entity e, first seen at byte pos.
func (st *state) addRole(w []string, e *entity.Entity, pos int) {
	if len(w) == 0 || !st.x.roleHeads[w[0]] {
		return
	}
	st.roles = append(st.roles, role{words: w, ent: e, pos: pos})
}

// roleMatch finds the person a role description refers to: a person whose
// recorded role has the same head noun and no conflicting qualifier (a
// different nisba: "الرئيس الإيراني" is not "الرئيس الأميركي"), preferring
// more shared words, then the person mentioned last before the phrase.
func (st *state) roleMatch(toks []arabic.Token) *entity.Entity {
	var seg []arabic.Token
	for k, t := range toks {
		if isComma(t.Text) || timeWords[t.Norm] || (k > 0 && isPhraseStop(t)) {
			break // "الرئيس اليمني عقب وصوله": the role ends at the adjunct
		}
		seg = append(seg, t)
	}
	w := wordsOf(seg)
	if len(w) == 0 || !st.x.roleHeads[w[0]] {
		return nil
	}
	pos := seg[0].Start
	var best *entity.Entity
	bestScore, bestLast := 0, -1
	for _, r := range st.roles {
		if r.pos >= pos || r.words[0] != w[0] {
			continue
		}
		score, ok := roleAgreement(w[1:], r.words[1:])
		if !ok {
			continue
		}
		last := st.lastMention(r.ent, pos)
		if score > bestScore || (score == bestScore && last > bestLast) {
			best, bestScore, bestLast = r.ent, score, last
		}
	}
	if best == nil || (bestScore == 0 && len(w) > 2) {
		return nil
	}
	return best
}

// roleAgreement compares the qualifiers of a description (q) with those of
// a recorded role (r): the number shared, and false when a nisba of q
// meets a different nisba in r, or q has words r lacks beyond one nisba.
func roleAgreement(q, r []string) (shared int, ok bool) {
	have := map[string]bool{}
	rNisba := false
	for _, w := range r {
		have[w] = true
		if isNisba(w) {
			rNisba = true
		}
	}
	missing := 0
	for _, w := range q {
		switch {
		case have[w]:
			shared++
		case isNisba(w) && rNisba:
			return 0, false
		default:
			missing++
		}
	}
	return shared, missing <= 1
}

// lastMention returns the start of e's last mention before pos, or -1.
func (st *state) lastMention(e *entity.Entity, pos int) int {
	k := sort.Search(len(st.ments), func(i int) bool { return st.ments[i].start >= pos })
	for j := k - 1; j >= 0; j-- {
		if st.ments[j].ent == e {
			return st.ments[j].start
		}
	}
	return -1
}

// isNisba reports whether w looks like a relational adjective (روسية، ليبي).
func isNisba(w string) bool {
	return strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي")
}
