package ui

import (
	"cmp"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract"
)

// mark is what a run of body text is part of: an entity mention (Class
// names its type, Href its actor page) or a quote (Title names the
// speaker).
type mark struct {
	Class, Title, Href string
}

// run is a piece of body text with the mention and quote it belongs to.
type run struct {
	Text  string
	Ent   *mark
	Quote *mark
}

// chunk is a part of a paragraph: plain, or (Ev) the evidence of events.
// The first chunk of an evidence span carries its anchor ID, "ev-" and the
// span's start offset, so that event rows elsewhere can link to it.
type chunk struct {
	Ev   bool
	ID   string
	Runs []run
}

// para is one paragraph of the annotated body.
type para struct {
	Heading bool
	Chunks  []chunk
}

// span is a byte range of the body with what it carries.
type span struct {
	lo, hi int
	m      *mark
}

// annotate cuts the body into paragraphs of runs marked with the entity
// mentions and quotes of an, and groups the runs inside event evidence
// into anchored chunks. It returns the paragraphs and, for each event, the
// anchor of its evidence ("" when it has none in the body).
func annotate(an *extract.Analysis) ([]para, []string) {
	body := an.Body
	ok := func(lo, hi int) bool {
		return 0 <= lo && lo < hi && hi <= len(body) && utf8.RuneStart(body[lo]) && (hi == len(body) || utf8.RuneStart(body[hi]))
	}
	var ents, quotes []span
	for _, e := range an.Entities {
		m := &mark{Class: "m m-" + lowerASCII(e.Type), Title: typeName(e.Type) + ": " + e.Canonical, Href: actorURL(cmp.Or(e.ActorID, e.Canonical))}
		for _, mn := range e.Mentions {
			if ok(mn.Start, mn.End) {
				ents = append(ents, span{mn.Start, mn.End, m})
			}
		}
	}
	for _, q := range an.Quotes {
		lo, hi := q.ContentStart, q.ContentEnd
		if q.Statement != "" {
			lo, hi = q.StatementStart, q.StatementEnd
		}
		if ok(lo, hi) {
			t := q.Speaker
			if q.Cue != "" {
				t += " — " + q.Cue
			}
			quotes = append(quotes, span{lo, hi, &mark{Class: "qt", Title: t}})
		}
	}
	// Evidence regions: one per distinct span, overlapping ones dropped.
	anchors := make([]string, len(an.Events))
	var evid []span
	byStart := map[[2]int]string{}
	for i, e := range an.Events {
		lo, hi := e.EvidenceAt.Start, e.EvidenceAt.End
		if !ok(lo, hi) {
			continue
		}
		if id, seen := byStart[[2]int{lo, hi}]; seen {
			anchors[i] = id
			continue
		}
		id := "ev-" + strconv.Itoa(lo)
		overlaps := false
		for _, s := range evid {
			if lo < s.hi && s.lo < hi {
				overlaps = true
				anchors[i] = s.m.Title
				break
			}
		}
		if overlaps {
			continue
		}
		byStart[[2]int{lo, hi}] = id
		anchors[i] = id
		evid = append(evid, span{lo, hi, &mark{Title: id}})
	}
	sortSpans(ents)
	sortSpans(quotes)
	sortSpans(evid)

	paras := an.Paragraphs
	if len(paras) == 0 && body != "" {
		paras = []document.Paragraph{{Start: 0, End: len(body)}}
	}
	out := make([]para, 0, len(paras))
	anchored := map[string]bool{}
	for _, p := range paras {
		if !ok(p.Start, p.End) {
			continue
		}
		pp := para{Heading: p.Kind == document.KindHeading}
		at := p.Start
		for _, ev := range evid {
			lo, hi := max(ev.lo, p.Start), min(ev.hi, p.End)
			if lo >= hi || lo < at {
				continue
			}
			if lo > at {
				pp.Chunks = append(pp.Chunks, chunk{Runs: runs(body, at, lo, ents, quotes)})
			}
			c := chunk{Ev: true, Runs: runs(body, lo, hi, ents, quotes)}
			if !anchored[ev.m.Title] {
				c.ID = ev.m.Title
				anchored[c.ID] = true
			}
			pp.Chunks = append(pp.Chunks, c)
			at = hi
		}
		if at < p.End {
			pp.Chunks = append(pp.Chunks, chunk{Runs: runs(body, at, p.End, ents, quotes)})
		}
		out = append(out, pp)
	}
	return out, anchors
}

// runs cuts body[lo:hi] at the edges of the mentions and quotes in it.
func runs(body string, lo, hi int, ents, quotes []span) []run {
	cuts := []int{lo, hi}
	for _, l := range [][]span{ents, quotes} {
		for _, s := range l {
			for _, x := range []int{s.lo, s.hi} {
				if lo < x && x < hi {
					cuts = append(cuts, x)
				}
			}
		}
	}
	sort.Ints(cuts)
	var out []run
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		out = append(out, run{Text: body[a:b], Ent: covering(ents, a, b), Quote: covering(quotes, a, b)})
	}
	return out
}

// covering returns the mark of the first span covering [a, b), or nil.
func covering(l []span, a, b int) *mark {
	i := sort.Search(len(l), func(i int) bool { return l[i].lo > a })
	for j := i - 1; j >= 0; j-- {
		if l[j].lo <= a && b <= l[j].hi {
			return l[j].m
		}
		if a-l[j].lo > 1<<16 { // spans are sentence-sized: stop looking back
			break
		}
	}
	return nil
}

func sortSpans(l []span) {
	sort.SliceStable(l, func(i, j int) bool { return l[i].lo < l[j].lo })
}

// lowerASCII lower-cases an entity type for a class name, keeping only
// letters so that a type can never break out of the attribute's meaning.
func lowerASCII(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		case 'a' <= c && c <= 'z':
			b = append(b, c)
		}
	}
	return string(b)
}
