package entity

import "github.com/marsad/marsad/arabic"

// seatPlaces adds a LOC mention for the word after مقر … في (its seat in):
// ومقرها في جنيف، التقى الوفد بمقره في الزاوية. In the news corpus
// (ant-2018) the word after مقر/مقره/مقرها/مقرهم في names a place, or is the
// head of a place's name (مدينة، العاصمة، ولاية), in 136 of its 141
// occurrences (the others: a building, a compound, a number); the tagger
// misses such places when it does not know them. A word another mention
// holds, a head or title word, a function word or a number is left alone.
func (d *docState) seatPlaces() {
	for si, s := range d.sents {
		for i := 0; i+2 < len(s.toks); i++ {
			if d.baseKey(d.word(si, i)) != "مقر" || d.word(si, i+1).key != "في" {
				continue
			}
			j := i + 2
			t := s.toks[j]
			w := d.word(si, j)
			if d.covered[si][j] != "" || t.Kind != arabic.Word || w.off != 0 || runeLen(w.key) < 3 ||
				d.lex().kind(w.key)&(kindTitle|kindOrgHead|kindLocHead) != 0 || d.r.stop[w.key] || arabic.IsStopword(t.Text) {
				continue
			}
			d.addMention(si, LOC, j, j+1, nil)
		}
	}
}
