package ui

import (
	"cmp"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/server/internal/parallel"
	"github.com/marsad/marsad/store"
)

// Bounds of the graph page.
const (
	graphRows  = 400 // newest events and quotes read
	graphNodes = 50  // actors considered; those without a link are left out
	graphW     = 1000.0
	graphH     = 700.0
	// A label is 13px text above its node; labelRune over-estimates the
	// width of one letter of the Arabic font, so that estimated boxes
	// that do not overlap hold labels that do not either.
	labelSize = 13.0
	labelRune = 8.0
	labelGap  = 3.0
	// minStories is how many stories an actor must be named in to be a
	// node: words the event coder took for actors (العالم، القوات) and
	// names seen once are left out.
	minStories = 2
)

// gNode is an actor in the graph.
type gNode struct {
	Name, Class, URL string
	Weight           int
	X, Y, R          float64
	LabelW           float64 // estimated label width
}

// gEdge is an interaction between two actors: events between them, and
// quotes of one that name the other.
type gEdge struct {
	A, B           int // node indices
	Events, Quotes int
	X1, Y1, X2, Y2 float64
	Class          string
	AName, BName   string
	URL            string // the events between them
}

// graphView is the data of the graph page.
type graphView struct {
	F                 filters
	Nodes             []gNode
	Edges             []gEdge
	EventsRead, Total int
	QuotesRead        int
	ViewBox           string // frames every node and label
	Dropped           int    // names left out: not named actors of two stories
}

// graph serves /graph: the network of actors linked by the events between
// them and by quotes in which one names the other, within a date range.
func (h *Handler) graph(w http.ResponseWriter, r *http.Request) {
	f := readFilters(r.URL.Query())
	f.Q, f.Page = "", 1
	sf := store.Filter{Since: f.store(0).Since, Until: f.store(0).Until, Limit: graphRows}
	var (
		evs store.Page[store.EventRow]
		qs  store.Page[store.QuoteRow]
	)
	err := parallel.Do(
		func() (err error) { evs, err = h.st.Events(r.Context(), sf); return err },
		func() (err error) { qs, err = h.st.Quotes(r.Context(), sf); return err },
	)
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	actors, err := h.namedActors(r, sf, evs.Items, qs.Items)
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	v := buildGraph(evs.Items, qs.Items, actors)
	v.F, v.EventsRead, v.Total, v.QuotesRead = f, len(evs.Items), evs.Total, len(qs.Items)
	h.render(w, r, http.StatusOK, "graph", "شبكة الفاعلين", "graph", v)
}

// namedActors returns the normalised names of the entities named in at
// least minStories stories over the period the rows span.
func (h *Handler) namedActors(r *http.Request, sf store.Filter, evs []store.EventRow, qs []store.QuoteRow) (map[string]bool, error) {
	since, until := sf.Since, sf.Until
	for _, t := range append(publishedOf(evs, func(e store.EventRow) time.Time { return e.Published }),
		publishedOf(qs, func(q store.QuoteRow) time.Time { return q.Published })...) {
		if sf.Since.IsZero() && (since.IsZero() || t.Before(since)) {
			since = t
		}
		if sf.Until.IsZero() && !t.Before(until) {
			until = t.Add(time.Second)
		}
	}
	out := map[string]bool{}
	if since.IsZero() || !since.Before(until) {
		return out, nil
	}
	ts, err := h.st.Trends(r.Context(), store.TrendQuery{Kind: store.TrendActors, Since: since, Until: until, MinRecent: minStories})
	for _, t := range ts {
		out[arabic.Normalize(t.Name)] = true
	}
	return out, err
}

// publishedOf lists the known publication times of rows.
func publishedOf[T any](rows []T, at func(T) time.Time) []time.Time {
	var out []time.Time
	for _, r := range rows {
		if t := at(r); !t.IsZero() {
			out = append(out, t)
		}
	}
	return out
}

// buildGraph builds and lays out the network of the named actors (see
// namedActors) linked by events and quotes.
func buildGraph(evs []store.EventRow, qs []store.QuoteRow, named map[string]bool) graphView {
	type pair [2]string
	key := func(a, b string) pair {
		if a > b {
			a, b = b, a
		}
		return pair{a, b}
	}
	weight := map[string]int{}
	evCount, qCount := map[pair]int{}, map[pair]int{}
	speakers := map[string]bool{}
	for _, e := range evs {
		if e.Actor1 == "" || e.Actor2 == "" || e.Actor1 == e.Actor2 {
			continue
		}
		evCount[key(e.Actor1, e.Actor2)]++
		weight[e.Actor1] += 2
		weight[e.Actor2] += 2
	}
	for _, q := range qs {
		if q.Speaker != "" {
			weight[q.Speaker]++
			speakers[q.Speaker] = true
		}
	}
	var v graphView
	names := make([]string, 0, len(weight))
	for n := range weight {
		if named[arabic.Normalize(n)] && utf8.RuneCountInString(strings.ReplaceAll(n, " ", "")) >= 4 {
			names = append(names, n)
		} else {
			v.Dropped++
		}
	}
	slices.SortFunc(names, func(x, y string) int { return cmp.Or(weight[y]-weight[x], strings.Compare(x, y)) })
	names = names[:min(len(names), graphNodes)]
	index := map[string]int{}
	for i, n := range names {
		index[n] = i
		class := "org"
		if speakers[n] {
			class = "per"
		}
		v.Nodes = append(v.Nodes, gNode{Name: n, Class: class, URL: actorURL(n), Weight: weight[n],
			R: 6 + 2.2*math.Sqrt(float64(weight[n])), LabelW: labelRune*float64(utf8.RuneCountInString(n)) + 4})
	}
	// A quote links its speaker to the drawn actors it names.
	for _, q := range qs {
		if _, ok := index[q.Speaker]; !ok {
			continue
		}
		for _, n := range names {
			if n != q.Speaker && len(n) > 4 && strings.Contains(q.Content, n) {
				qCount[key(q.Speaker, n)]++
			}
		}
	}
	edges := map[pair]*gEdge{}
	add := func(p pair, ev, qu int) {
		a, okA := index[p[0]]
		b, okB := index[p[1]]
		if !okA || !okB {
			return
		}
		e := edges[p]
		if e == nil {
			e = &gEdge{A: a, B: b, AName: p[0], BName: p[1], URL: link("/events", "actor", p[0])}
			edges[p] = e
		}
		e.Events += ev
		e.Quotes += qu
	}
	for p, n := range evCount {
		add(p, n, 0)
	}
	for p, n := range qCount {
		add(p, 0, n)
	}
	// Keep only connected actors, renumbered.
	keep := map[int]int{}
	var nodes []gNode
	for i := range v.Nodes {
		for _, e := range edges {
			if e.A == i || e.B == i {
				keep[i] = len(nodes)
				nodes = append(nodes, v.Nodes[i])
				break
			}
		}
	}
	v.Nodes = nodes
	for _, e := range edges {
		if e.Events == 0 {
			e.Class = "quote"
		}
		e.A, e.B = keep[e.A], keep[e.B]
		v.Edges = append(v.Edges, *e)
	}
	slices.SortFunc(v.Edges, func(x, y gEdge) int {
		return cmp.Or((y.Events+y.Quotes)-(x.Events+x.Quotes), strings.Compare(x.AName, y.AName), strings.Compare(x.BName, y.BName))
	})
	layout(v.Nodes, v.Edges)
	v.ViewBox = separate(v.Nodes)
	for i := range v.Edges {
		e := &v.Edges[i]
		e.X1, e.Y1, e.X2, e.Y2 = v.Nodes[e.A].X, v.Nodes[e.A].Y, v.Nodes[e.B].X, v.Nodes[e.B].Y
	}
	return v
}

// layout places the nodes with a deterministic force-directed layout
// (Fruchterman–Reingold, starting from a circle).
func layout(ns []gNode, es []gEdge) {
	n := len(ns)
	if n == 0 {
		return
	}
	for i := range ns {
		a := 2 * math.Pi * float64(i) / float64(n)
		ns[i].X = graphW/2 + graphW/3*math.Cos(a)
		ns[i].Y = graphH/2 + graphH/3*math.Sin(a)
	}
	k := 0.6 * math.Sqrt(graphW*graphH/float64(n))
	dx, dy := make([]float64, n), make([]float64, n)
	temp := graphW / 10
	for it := 0; it < 300; it++ {
		clear(dx)
		clear(dy)
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				x, y := ns[i].X-ns[j].X, ns[i].Y-ns[j].Y
				d := math.Max(math.Hypot(x, y), 0.01)
				f := k * k / d
				dx[i] += x / d * f
				dy[i] += y / d * f
				dx[j] -= x / d * f
				dy[j] -= y / d * f
			}
		}
		for _, e := range es {
			x, y := ns[e.A].X-ns[e.B].X, ns[e.A].Y-ns[e.B].Y
			d := math.Max(math.Hypot(x, y), 0.01)
			f := d * d / k
			dx[e.A] -= x / d * f
			dy[e.A] -= y / d * f
			dx[e.B] += x / d * f
			dy[e.B] += y / d * f
		}
		for i := range ns {
			// gravity keeps unconnected actors on the canvas
			dx[i] -= (ns[i].X - graphW/2) * 0.6
			dy[i] -= (ns[i].Y - graphH/2) * 0.6
			d := math.Max(math.Hypot(dx[i], dy[i]), 0.01)
			step := math.Min(d, temp)
			ns[i].X += dx[i] / d * step
			ns[i].Y += dy[i] / d * step
			ns[i].X = math.Max(60, math.Min(graphW-60, ns[i].X))
			ns[i].Y = math.Max(30, math.Min(graphH-30, ns[i].Y))
		}
		temp = math.Max(temp*0.98, 1)
	}
}

// box is the rectangle a node and its label take: the circle, and the
// label centred above it.
func (n gNode) box() (x0, y0, x1, y1 float64) {
	half := math.Max(n.R, n.LabelW/2)
	return n.X - half, n.Y - n.R - labelGap - 1.5*labelSize, n.X + half, n.Y + n.R + 2
}

// separate moves nodes apart until no two boxes (circle and label)
// overlap, and returns the viewBox that frames them all: no label covers
// another, none is cut at the edge.
func separate(ns []gNode) string {
	const pad = 4.0
	for it := 0; it < 400; it++ {
		moved := false
		for i := range ns {
			for j := i + 1; j < len(ns); j++ {
				ax0, ay0, ax1, ay1 := ns[i].box()
				bx0, by0, bx1, by1 := ns[j].box()
				ox := math.Min(ax1, bx1) - math.Max(ax0, bx0) + pad
				oy := math.Min(ay1, by1) - math.Max(ay0, by0) + pad
				if ox <= 0 || oy <= 0 {
					continue
				}
				moved = true
				// Push apart along the axis of least overlap, half each.
				if ox < oy {
					d := ox / 2
					if ns[i].X < ns[j].X || (ns[i].X == ns[j].X && i < j) {
						d = -d
					}
					ns[i].X += d
					ns[j].X -= d
				} else {
					d := oy / 2
					if ns[i].Y < ns[j].Y || (ns[i].Y == ns[j].Y && i < j) {
						d = -d
					}
					ns[i].Y += d
					ns[j].Y -= d
				}
			}
		}
		if !moved {
			break
		}
	}
	if len(ns) == 0 {
		return fmt.Sprintf("0 0 %.0f %.0f", graphW, graphH)
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, n := range ns {
		a, b, c, d := n.box()
		x0, y0, x1, y1 = math.Min(x0, a), math.Min(y0, b), math.Max(x1, c), math.Max(y1, d)
	}
	const margin = 10.0
	return fmt.Sprintf("%.1f %.1f %.1f %.1f", x0-margin, y0-margin, x1-x0+2*margin, y1-y0+2*margin)
}
