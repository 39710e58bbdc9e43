package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/store"
)

// The volume chart is drawn on the server as SVG: bars of articles per
// interval, a line of events, the digest's window shaded. Time runs left
// to right, as in the charts of Arabic news sites.
const (
	chartW      = 1000.0
	chartH      = 230.0
	chartLeft   = 46.0  // room for the articles scale
	chartRight  = 954.0 // and the events scale
	chartTop    = 12.0
	chartBottom = 190.0
	chartTicks  = 9 // at most this many date labels
)

// chartBar is one interval's bar.
type chartBar struct {
	X, Y, W, H float64
	Title      string
	Window     bool // inside the digest's window
}

// chartTick is a date label on the time axis.
type chartTick struct {
	X     float64
	Label string
}

// chartView is the data of the volume chart.
type chartView struct {
	Bars                   []chartBar
	Events                 string // polyline points
	Ticks                  []chartTick
	MaxArticles, MaxEvents int
	WindowX                float64 // where the window starts
	Label                  string  // accessible description
	Empty                  bool
}

// volumeChart draws series (intervals of bucket) from the first interval
// that holds an article; since is where the window starts.
func volumeChart(series []store.Volume, bucket time.Duration, since time.Time) chartView {
	first := len(series)
	for i, v := range series {
		if v.Articles > 0 || v.Events > 0 {
			first = i
			break
		}
	}
	series = series[first:]
	c := chartView{Empty: len(series) == 0}
	if c.Empty {
		c.Label = "لا مقالات في هذه الفترة"
		return c
	}
	for _, v := range series {
		c.MaxArticles, c.MaxEvents = max(c.MaxArticles, v.Articles), max(c.MaxEvents, v.Events)
	}
	w := (chartRight - chartLeft) / float64(len(series))
	y := func(n, top int) float64 {
		if top == 0 {
			return chartBottom
		}
		return chartBottom - (chartBottom-chartTop)*float64(n)/float64(top)
	}
	var pts []string
	c.WindowX = chartRight
	lastDay := ""
	var ticks []chartTick
	for i, v := range series {
		x := chartLeft + float64(i)*w
		end := v.Start.Add(bucket)
		b := chartBar{X: x + w*0.1, W: w * 0.8, Y: y(v.Articles, c.MaxArticles), Window: !v.Start.Before(since),
			Title: interval(v.Start, end, bucket) + ": " + itoa(v.Articles) + " مقال، " + itoa(v.Events) + " حدث"}
		b.H = chartBottom - b.Y
		c.Bars = append(c.Bars, b)
		if b.Window && x < c.WindowX {
			c.WindowX = x
		}
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x+w/2, y(v.Events, c.MaxEvents)))
		if d := v.Start.UTC().Format(time.DateOnly); d != lastDay {
			lastDay = d
			ticks = append(ticks, chartTick{X: x, Label: dayMonth(v.Start.UTC())})
		}
	}
	c.Events = strings.Join(pts, " ")
	step := (len(ticks) + chartTicks - 1) / chartTicks
	for i := 0; i < len(ticks); i += max(1, step) {
		c.Ticks = append(c.Ticks, ticks[i])
	}
	c.Label = fmt.Sprintf("عدد المقالات (أعمدة، حتى %d) والأحداث (خط، حتى %d) في كل %s، من %s إلى %s",
		c.MaxArticles, c.MaxEvents, bucketName(bucket), fmtTime(series[0].Start), fmtTime(series[len(series)-1].Start.Add(bucket)))
	return c
}

// interval writes an interval: "20 مايو" for a day, "20 مايو 03:00–06:00"
// for less.
func interval(from, to time.Time, bucket time.Duration) string {
	from, to = from.UTC(), to.UTC()
	if bucket >= 24*time.Hour {
		return dayMonth(from)
	}
	return dayMonth(from) + " " + from.Format("15:04") + "–" + to.Format("15:04") + " UTC"
}

// bucketName names an interval of the chart.
func bucketName(b time.Duration) string {
	switch {
	case b == 24*time.Hour:
		return "يوم"
	case b%time.Hour == 0:
		return strconv.Itoa(int(b/time.Hour)) + " ساعات"
	}
	return b.String()
}
