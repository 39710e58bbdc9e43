package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/store"
)

// TestGraphLayout builds a dense network of long names: no two nodes with
// their labels overlap, and the viewBox frames them all (no label is cut
// at the edge).
func TestGraphLayout(t *testing.T) {
	var evs []store.EventRow
	named := map[string]bool{}
	name := func(i int) string { return fmt.Sprintf("الفاعل صاحب الاسم الطويل رقم %d", i) }
	for i := range 40 {
		named[arabic.Normalize(name(i))] = true
		for j := range 3 {
			evs = append(evs, store.EventRow{Type: "CONSULT", Actor1: name(i), Actor2: name((i + j + 1) % 40)})
		}
	}
	v := buildGraph(evs, nil, named)
	if len(v.Nodes) != 40 {
		t.Fatalf("%d nodes", len(v.Nodes))
	}
	var x, y, w, h float64
	if _, err := fmt.Sscanf(v.ViewBox, "%g %g %g %g", &x, &y, &w, &h); err != nil {
		t.Fatalf("viewBox %q: %v", v.ViewBox, err)
	}
	for i, a := range v.Nodes {
		ax0, ay0, ax1, ay1 := a.box()
		if ax0 < x || ay0 < y || ax1 > x+w || ay1 > y+h {
			t.Errorf("%s (%v,%v,%v,%v) outside the viewBox %s", a.Name, ax0, ay0, ax1, ay1, v.ViewBox)
		}
		for _, b := range v.Nodes[i+1:] {
			bx0, by0, bx1, by1 := b.box()
			if ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1 {
				t.Errorf("%s and %s overlap", a.Name, b.Name)
			}
		}
	}
}

// TestGraphJunk checks that words the event coder took for actors (not
// named entities of two stories) and names of under four letters are
// left out.
func TestGraphJunk(t *testing.T) {
	evs := []store.EventRow{
		{Type: "ASSAULT", Actor1: "القوات", Actor2: "دونالد ترامب"},
		{Type: "CONSULT", Actor1: "دونالد ترامب", Actor2: "إيمانويل ماكرون"},
		{Type: "CONSULT", Actor1: "بكي", Actor2: "إيمانويل ماكرون"},
		{Type: "CONSULT", Actor1: "العالم", Actor2: "إيمانويل ماكرون"},
	}
	named := map[string]bool{}
	for _, n := range []string{"دونالد ترامب", "إيمانويل ماكرون", "بكي"} {
		named[arabic.Normalize(n)] = true
	}
	v := buildGraph(evs, []store.QuoteRow{{Speaker: "المعارضة", Content: "دونالد ترامب", Published: time.Now()}}, named)
	var names []string
	for _, n := range v.Nodes {
		names = append(names, n.Name)
	}
	if strings.Join(names, ",") != "إيمانويل ماكرون,دونالد ترامب" && strings.Join(names, ",") != "دونالد ترامب,إيمانويل ماكرون" {
		t.Errorf("nodes %q", names)
	}
	if v.Dropped != 4 || len(v.Edges) != 1 {
		t.Errorf("dropped %d, edges %d", v.Dropped, len(v.Edges))
	}
}
