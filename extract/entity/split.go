package entity

import "strings"

// splitPersons cuts in two the person mentions the tagger ran over two
// adjacent names: in verb–subject–object order the subject and the object
// can follow each other with nothing between them (يتهم الرئيس سامي فلان
// كريم علان بالتقصير). A mention is cut after its first words when they
// are a person's name the news corpus knows whole (the model's found
// names) and the words after them are, on their own, another person
// mention of the document: the article names that person apart.
func (d *docState) splitPersons() {
	alone := make(map[string]bool)
	for _, m := range d.mentions {
		if m.typ == PER {
			alone[m.key] = true
		}
	}
	type cut struct {
		m  mention
		at int
	}
	var cuts []cut
	keep := d.mentions[:0:0]
	for _, m := range d.mentions {
		if k := d.knownPrefix(m); k > 0 && alone[d.keyOf(m.sent, k, m.to)] {
			cuts = append(cuts, cut{m, k})
			continue
		}
		keep = append(keep, m)
	}
	if len(cuts) == 0 {
		return
	}
	d.mentions = keep
	for _, c := range cuts {
		for t := c.m.from; t < c.m.to; t++ {
			d.covered[c.m.sent][t] = ""
		}
		d.addMention(c.m.sent, PER, c.m.from, c.at, c.m.roles)
		d.addMention(c.m.sent, PER, c.at, c.m.to, nil)
	}
}

// knownPrefix returns where a person mention of three words or more may be
// cut: the end of the longest found person name of two words or more that
// starts it and leaves words after it; 0 when there is none.
func (d *docState) knownPrefix(m mention) int {
	if m.typ != PER || m.to-m.from < 3 {
		return 0
	}
	best := 0
	key := d.word(m.sent, m.from).name
	for j := m.from + 1; j < m.to-1; j++ {
		key += " " + d.word(m.sent, j).key
		if d.lex().kinds[key]&kindNamePER != 0 {
			best = j + 1
		}
	}
	return best
}

// keyOf returns the key of tokens [from,to) of sentence si as a mention
// starting there would have it (its first word without proclitics).
func (d *docState) keyOf(si, from, to int) string {
	parts := []string{d.word(si, from).name}
	for j := from + 1; j < to; j++ {
		parts = append(parts, d.word(si, j).key)
	}
	return strings.Join(parts, " ")
}
