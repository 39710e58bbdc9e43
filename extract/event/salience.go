package event

import (
	"sort"

	"github.com/marsad/marsad/arabic"
)

// causeMarkers put the event noun after them in the background of the
// sentence's main event: احتجاجا على مقتل، ردا على الهجوم، إثر انفجار.
var causeMarkers = map[string]bool{"احتجاجا": true, "احتجاج": true, "ردا": true, "رد": true, "خلفيه": true, "اثر": true, "جراء": true, "بسبب": true, "عقب": true, "اعقاب": true, "تنديدا": true, "رفضا": true, "بعد": true, "قبل": true}

// rank orders the candidate events of a sentence by salience, the main
// event first: material conflict (CAMEO 14–20) before material
// cooperation (06–08), verbal conflict (09–13) and verbal cooperation
// (01–05); within a class, an event with its source and target named
// before one without; an event in the background of another (after a
// cause marker) or not asserted after all others. Ties keep the sentence
// order.
func rank(toks []arabic.Token, cands []cand) {
	for k := range cands {
		cd := &cands[k]
		cd.score = 4 * quadRank(cd.ev.CAMEO)
		if cd.src != nil {
			cd.score++
		}
		if cd.dst != nil || cd.ev.Target != "" {
			cd.score++
		}
		if backgrounded(toks, cd.h.i) {
			cd.score -= 16
		}
		if cd.ev.Modality != Asserted && cd.ev.Modality != Reported {
			cd.score -= 32
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
}

// quadRank ranks a CAMEO code by its quad class.
func quadRank(cameo string) int {
	if len(cameo) < 2 {
		return 0
	}
	root := int(cameo[0]-'0')*10 + int(cameo[1]-'0')
	switch {
	case root >= 14:
		return 3
	case root >= 6 && root <= 8:
		return 2
	case root >= 9:
		return 1
	}
	return 0
}

// backgrounded reports whether a cause marker stands up to two words
// before token i.
func backgrounded(toks []arabic.Token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 2; j-- {
		if toks[j].Kind == arabic.Punct {
			return false
		}
		if causeMarkers[toks[j].Norm] || causeMarkers[arabic.StripArticle(toks[j].Norm)] {
			return true
		}
	}
	return false
}
