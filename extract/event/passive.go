package event

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// quantityWords open a counted noun phrase: a violent verb followed by one
// is passive (قتل 28 شخصا، قتل ما لا يقل عن …، اختطف عشرات).
var quantityWords = map[string]bool{"ما": true, "نحو": true, "حوالي": true, "اكثر": true, "عشرات": true, "مئات": true, "الاف": true, "عدد": true, "اثنان": true, "اثنين": true, "ثلاثه": true, "اربعه": true, "خمسه": true, "سته": true, "سبعه": true, "ثمانيه": true, "تسعه": true, "عشره": true, "شخص": true, "شخصان": true, "شخصا": true, "اشخاص": true}

// claimVerbs carry an attack with a pronoun and name its author after
// them: في هجوم شنه مسلحون، هجوم تبنته طالبان، غارة شنتها طائرة.
var claimVerbs = map[string]bool{"شنه": true, "شنها": true, "شنته": true, "شنتها": true, "شنوه": true, "نفذه": true, "نفذها": true, "نفذته": true, "نفذتها": true, "نفذوه": true, "تبنته": true, "تبنتها": true, "تبناه": true, "تبناها": true, "نظمها": true, "نظمته": true, "نظمتها": true, "نظموها": true, "قادها": true, "قادته": true}

// undergoVerbs take an attack noun with ل whose subject is the victim:
// تعرض X لهجوم، تعرضت القافلة لإطلاق نار.
var undergoVerbs = map[string]bool{"تعرض": true, "تعرضت": true, "تعرضوا": true, "يتعرض": true, "تتعرض": true, "يتعرضون": true, "تعرضا": true}

// passiveUse reports whether a violent verb is used in the passive: a
// number or a quantity word follows it (the victims), so the following
// actor is the target, not the subject.
func passiveUse(toks []arabic.Token, h hit) bool {
	if h.trg.typ != "ASSAULT" && h.trg.typ != "COERCE" {
		return false
	}
	k := h.i + h.n
	if k >= len(toks) {
		return false
	}
	n := strings.TrimPrefix(toks[h.i].Norm, "و")
	if strings.HasPrefix(n, "ي") || strings.HasPrefix(n, "ت") {
		return false // an imperfect verb is active
	}
	for ; k < len(toks) && k < h.i+h.n+4 && timeWords[toks[k].Norm]; k++ {
	}
	return k < len(toks) && (toks[k].Kind == arabic.Number || quantityWords[toks[k].Norm])
}

// victimCAMEO are the codes of violent verbs whose subject, when nothing
// follows the verb as its object, is the victim: in news "X قتل/قتلوا في
// هجوم" reads قُتل (killed), as do kidnapped, assassinated and arrested.
var victimCAMEO = map[string]bool{"1823": true, "181": true, "185": true, "173": true}

// victimUse reports whether a verb of victimCAMEO after its subject is
// used intransitively: what follows it is no object but a preposition, a
// ب-phrase (بجروح، بالرصاص، بانفجار), a new clause (وأصيب …), punctuation
// or the end of the sentence.
func victimUse(toks []arabic.Token, h hit) bool {
	if !victimCAMEO[h.trg.cameo] {
		return false
	}
	n := strings.TrimPrefix(toks[h.i].Norm, "و")
	if strings.HasPrefix(n, "ي") || strings.HasPrefix(n, "ت") {
		return false // an imperfect verb is active
	}
	k := h.i + h.n
	for ; k < len(toks) && k < h.i+h.n+4 && timeWords[toks[k].Norm] && toks[k].Norm != "من"; k++ {
	}
	if k >= len(toks) || toks[k].Kind == arabic.Punct {
		return true
	}
	next := toks[k].Norm
	switch {
	case prepositions[next], victimFollowers[next]:
		return true
	case strings.HasPrefix(next, "ب") && len([]rune(next)) > 3:
		return true
	case strings.HasPrefix(next, "و") && len([]rune(next)) > 3:
		return true
	}
	return false
}

// victimFollowers are words after which a violent verb has no object
// (قتلوا جراء القصف، اختطفوا اثر …، قتل خلال …).
var victimFollowers = map[string]bool{"جراء": true, "اثر": true, "خلال": true, "بعد": true, "قبل": true, "اثناء": true, "حين": true, "عندما": true, "اليوم": true, "امس": true}

// timeWords may stand between a verb and its subject (قتل أمس سبعة …،
// وقتل أول من أمس 4 جنود).
var timeWords = map[string]bool{"امس": true, "اول": true, "من": true, "اليوم": true, "الليله": true, "صباح": true, "مساء": true, "فجر": true, "ظهر": true, "ايضا": true, "يوم": true}

// passiveArguments codes a passive or intransitive verb: the actor after it
// (or its subject before it) is the target, and the agent is named, if at
// all, by a phrase like على يد X، من قبل X، برصاص X.
func (c *Coder) passiveArguments(toks []arabic.Token, refs []ref, h hit, a []*ref) (src, dst *ref) {
	end := h.i + h.n
	src = agentPhrase(toks, refs, end)
	for _, r := range a {
		if r.a-end > 8 || stopBetween(toks, end, r.a) {
			break
		}
		if !sameActor(r, src) {
			dst = r
			break
		}
	}
	if dst == nil {
		dst = c.before(toks, refs, h.i, 3)
	}
	return src, dst
}

// agentPhrase returns the actor named by an agent phrase after token from:
// على يد/أيدي X، من قبل X، برصاص/بنيران X.
func agentPhrase(toks []arabic.Token, refs []ref, from int) *ref {
	for k := from; k < len(toks); k++ {
		if isSentenceStop(toks[k].Text) {
			return nil
		}
		marker := isAgentMarker(toks, k) || claimVerbs[toks[k].Norm]
		if !marker {
			continue
		}
		for i := range refs {
			if r := &refs[i]; r.a > k && r.a-k <= 3 {
				return r
			}
		}
		return nil
	}
	return nil
}

// undergoes reports whether the attack noun at h follows a verb of
// undergoing (تعرض لـ، تعرض لمحاولة اغتيال) within six tokens, and
// returns that verb's index.
func undergoes(toks []arabic.Token, h hit) int {
	i := h.i
	if i > 0 && (toks[i-1].Norm == "لمحاوله" || toks[i-1].Norm == "لمحاولات") {
		i-- // تعرض لمحاولة اغتيال
	}
	if !strings.HasPrefix(toks[i].Norm, "ل") {
		return -1
	}
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		if toks[j].Kind == arabic.Punct && toks[j].Text != "،" {
			return -1
		}
		n := strings.TrimPrefix(strings.TrimPrefix(toks[j].Norm, "و"), "ف")
		if undergoVerbs[toks[j].Norm] || undergoVerbs[n] {
			return j
		}
	}
	return -1
}

// isAgentMarker reports whether token k ends an agent marker: برصاص،
// بنيران، على يد، على أيدي، من قبل.
func isAgentMarker(toks []arabic.Token, k int) bool {
	n := toks[k].Norm
	prev := ""
	if k > 0 {
		prev = toks[k-1].Norm
	}
	switch n {
	case "برصاص", "بنيران":
		return true
	case "يد", "ايدي", "يدي":
		return prev == "على" || prev == "علي"
	case "قبل":
		return prev == "من"
	}
	return false
}
