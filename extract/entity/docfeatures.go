package entity

import "unicode/utf8"

// docWindow is how many sentences either side of a sentence make up its
// document context for the second layer.
const docWindow = 20

// docStat counts how the first layer tagged the other occurrences of a
// word in the context: by entity type (O, PER, LOC, ORG, MISC) and as the
// last word of a multi-word person name.
type docStat struct {
	n   [5]int
	sur int
}

// typeOf maps a tag id to 0 (O), 1 PER, 2 LOC, 3 ORG, 4 MISC.
func typeOf(tag int) int { return (tag + 1) / 2 }

// docKey is the key a word is counted under: its clitic-free form, if it is
// long enough to be a name.
func docKey(ti *tokInfo) (string, bool) {
	if utf8.RuneCountInString(ti.base) < 3 || ti.shape[0] == 'D' || ti.shape[0] == 'P' {
		return "", false
	}
	return ti.base, true
}

// docContrib is one token's contribution to the statistics.
func docContrib(tags []int, i int) (typ int, sur bool) {
	typ = typeOf(tags[i])
	sur = typ == 1 && i > 0 && typeOf(tags[i-1]) == 1 && tags[i]%2 == 0 && (i+1 == len(tags) || tags[i+1] != tags[i])
	return typ, sur
}

// docFeatures returns, per sentence and token, the second-layer features
// of a document: the first-layer tags of the token and its neighbours and
// how the other occurrences of the word within docWindow sentences were
// tagged. infos and tags are per sentence.
func docFeatures(infos [][]tokInfo, tags [][]int) [][][]uint64 {
	stats := make(map[string]*docStat)
	var topics [numTopics + 1]int
	update := func(s, sign int) {
		if s < 0 || s >= len(infos) {
			return
		}
		for i := range infos[s] {
			topics[infos[s][i].topic] += sign
			k, ok := docKey(&infos[s][i])
			if !ok {
				continue
			}
			st := stats[k]
			if st == nil {
				st = &docStat{}
				stats[k] = st
			}
			typ, sur := docContrib(tags[s], i)
			st.n[typ] += sign
			if sur {
				st.sur += sign
			}
		}
	}
	for s := 0; s <= docWindow && s < len(infos); s++ {
		update(s, 1)
	}
	out := make([][][]uint64, len(infos))
	for s := range infos {
		if s > 0 {
			update(s+docWindow, 1)
			update(s-docWindow-1, -1)
		}
		out[s] = make([][]uint64, len(infos[s]))
		topic := topicOf(&topics)
		for i := range infos[s] {
			out[s][i] = docTokenFeatures(infos[s], tags[s], i, stats)
			if topic != 0 {
				out[s][i] = topicFeatures(out[s][i], &infos[s][i], tags[s][i], topic)
			}
		}
	}
	return out
}

func docTokenFeatures(ti []tokInfo, tags []int, i int, stats map[string]*docStat) []uint64 {
	tagAt := func(j int) int {
		if j < 0 || j >= len(tags) {
			return -1
		}
		return tags[j]
	}
	f := []uint64{
		uint64(newHash(50).num(tags[i])),
		uint64(newHash(51).num(tagAt(i - 1)).num(tags[i])),
		uint64(newHash(52).num(tags[i]).num(tagAt(i + 1))),
	}
	k, ok := docKey(&ti[i])
	if !ok {
		return f
	}
	st := *stats[k]
	typ, sur := docContrib(tags, i)
	st.n[typ]--
	if sur {
		st.sur--
	}
	others, best := 0, 0
	for t := range 5 {
		others += st.n[t]
		if t > 0 && st.n[t] > 0 {
			f = append(f, uint64(newHash(53).num(t)))
			if st.n[t] >= 2 {
				f = append(f, uint64(newHash(54).num(t)))
			}
			if best == 0 || st.n[t] > st.n[best] {
				best = t
			}
		}
	}
	switch {
	case others == 0:
		f = append(f, uint64(newHash(56)))
	case best == 0:
		f = append(f, uint64(newHash(55)))
	default:
		f = append(f, uint64(newHash(58).num(best).num(typeOf(tags[i]))))
	}
	if st.sur > 0 {
		f = append(f, uint64(newHash(57)))
	}
	return f
}

// topicFeatures appends the features that let entity types depend on the
// topic of the document window: how the first layer tagged the token, its
// place-gazetteer kinds and whether it is quoted, each with the topic.
func topicFeatures(f []uint64, ti *tokInfo, tag, topic int) []uint64 {
	f = append(f, uint64(newHash(59).num(topic).num(typeOf(tag))))
	if places := ti.lex & (kindCountry | kindCity); places != 0 {
		f = append(f, uint64(newHash(60).num(topic).num(int(places))))
	}
	if c := ti.clus; c >= 0 {
		f = append(f, uint64(newHash(62).num(topic).num(c>>4)))
	}
	if ti.quote != 0 {
		f = append(f, uint64(newHash(61).num(topic).num(int(ti.quote&1))))
	}
	return f
}
