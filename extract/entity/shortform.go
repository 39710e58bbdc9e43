package entity

import (
	"slices"

	"github.com/marsad/marsad/arabic"
)

// shortForms adds an ORG mention for every word that is an organisation's
// short form, learned from the news corpus (BuildNames: الأونروا، سانا) or
// defined by the article itself in brackets after the organisation's name
// (منظمة الدول المصدرة للنفط (أوبك)), where the tagger missed it. It
// records the long name each short form stands for in d.aliases, which
// group uses to make them one entity.
func (d *docState) shortForms() {
	d.aliases = make(map[string]string)
	for k := 0; k < len(d.mentions); k++ {
		m := d.mentions[k]
		if m.typ != ORG {
			continue
		}
		toks := d.sents[m.sent].toks
		// The bracket may come a few words after what was found of the
		// name: it marks where the name ends (منظمة البلدان المصدرة
		// للنفط (أوبك)).
		for j := m.to; j+2 < len(toks) && j <= m.to+3; j++ {
			if toks[j].Text == "(" && toks[j+2].Text == ")" && toks[j+1].Kind == arabic.Word {
				short := d.word(m.sent, j+1).name
				if runeLen(short) < 3 {
					break
				}
				if j > m.to {
					d.mentions = slices.Delete(d.mentions, k, k+1)
					for t := m.from; t < m.to; t++ {
						d.covered[m.sent][t] = ""
					}
					d.addMention(m.sent, ORG, m.from, j, m.roles)
					m = d.mentions[len(d.mentions)-1]
					k--
				}
				d.aliases[short] = m.key
				break
			}
			if isPunct(toks[j]) || d.covered[m.sent][j] != "" {
				break
			}
		}
	}
	for si, s := range d.sents {
		for i := range s.toks {
			if d.covered[si][i] != "" || s.toks[i].Kind != arabic.Word {
				continue
			}
			name := d.word(si, i).name
			_, learned := d.lex().alias[name]
			if _, local := d.aliases[name]; !learned && !local {
				continue
			}
			d.addMention(si, ORG, i, i+1, nil)
		}
	}
	for short, long := range d.lex().alias {
		if _, ok := d.aliases[short]; !ok {
			d.aliases[short] = long
		}
	}
}
