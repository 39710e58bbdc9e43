// Command mkworld turns the world-atlas TopoJSON (countries-110m.json, ISC,
// Natural Earth public-domain geometry) into the static SVG world map the
// UI draws places on, projected equirectangularly in tenths of a degree:
// x = (lon+180)*10, y = (90-lat)*10, viewBox 0 0 3600 1800.
//
// Run it from server/ui with go generate (see ui.go):
//
//	go run ./internal/mkworld -in internal/mkworld/countries-110m.json -out static/world.svg
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"log"
	"math"
	"os"
	"strconv"
	"strings"
)

// topology is the part of a TopoJSON document mkworld reads.
type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects struct {
		Countries struct {
			Geometries []geometry `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

type geometry struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Arcs       json.RawMessage `json:"arcs"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

func main() {
	in := flag.String("in", "internal/mkworld/countries-110m.json", "TopoJSON `file`")
	out := flag.String("out", "static/world.svg", "SVG `file` to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		log.Fatal(err)
	}
}

func run(in, out string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return err
	}
	arcs := decodeArcs(t)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprint(w, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 3600 1800">`)
	fmt.Fprint(w, `<style>path{fill:#d9dfd3;stroke:#8a9486;stroke-width:1.2}`+
		`@media (prefers-color-scheme:dark){path{fill:#2f3a33;stroke:#5d6b60}}</style>`)
	for _, g := range t.Objects.Countries.Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return err
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return err
			}
		default:
			continue
		}
		var d strings.Builder
		for _, p := range polys {
			for _, ring := range p {
				writeRing(&d, ringPoints(arcs, ring))
			}
		}
		fmt.Fprintf(w, `<path id="c%s" d="%s"><title>%s</title></path>`, g.ID, d.String(), html.EscapeString(g.Properties.Name))
	}
	fmt.Fprint(w, "</svg>\n")
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// decodeArcs undoes the quantisation and delta encoding of the arcs.
func decodeArcs(t topology) [][][2]float64 {
	out := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		pts := make([][2]float64, len(a))
		for j, p := range a {
			x += p[0]
			y += p[1]
			pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
		}
		out[i] = pts
	}
	return out
}

// ringPoints joins a ring's arcs (a negative index ~i is arc i reversed).
func ringPoints(arcs [][][2]float64, ring []int) [][2]float64 {
	var pts [][2]float64
	for _, i := range ring {
		var a [][2]float64
		if i < 0 {
			src := arcs[^i]
			a = make([][2]float64, len(src))
			for j := range src {
				a[j] = src[len(src)-1-j]
			}
		} else {
			a = arcs[i]
		}
		if len(pts) > 0 {
			a = a[1:] // shared with the previous arc's last point
		}
		pts = append(pts, a...)
	}
	return pts
}

func abs(x int) int { return max(x, -x) }

// writeRing writes one closed ring as integer path data, dropping repeated
// points and starting a new subpath where the ring crosses the antimeridian.
func writeRing(d *strings.Builder, pts [][2]float64) {
	lastX, lastY := math.MinInt, math.MinInt
	n := 0
	for _, p := range pts {
		x := int(math.Round((p[0] + 180) * 10))
		y := int(math.Round((90 - p[1]) * 10))
		if x == lastX && y == lastY {
			continue
		}
		if n == 0 || abs(x-lastX) > 1800 { // first point, or across the antimeridian
			d.WriteByte('M')
		} else {
			d.WriteByte('L')
		}
		d.WriteString(strconv.Itoa(x))
		d.WriteByte(' ')
		d.WriteString(strconv.Itoa(y))
		lastX, lastY = x, y
		n++
	}
	if n > 0 {
		d.WriteByte('Z')
	}
}
