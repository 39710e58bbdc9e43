package ui

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/store"
)

// pageSize is the number of rows a listing page shows.
const pageSize = 20

// maxParam bounds any one query parameter; longer values are cut.
const maxParam = 512

// filters are the filter parameters the pages share, as given (for the
// forms) and parsed (for the store).
type filters struct {
	Q, Actor, Type, Source, Place, Story, From, To string
	// Speaker is the quote page's speaker; Sort "newest" orders search
	// results newest first.
	Speaker, Sort string
	// MinConf is the least confidence of the quotes and events shown
	// (min_confidence, a number from 0 to 1; "" all).
	MinConf  string
	Page     int
	Problems []string // parameters that could not be read
}

// readFilters reads the shared filter parameters. Bad dates and pages are
// ignored and reported in Problems rather than failing the page.
func readFilters(q url.Values) filters {
	get := func(k string) string {
		v := strings.TrimSpace(q.Get(k))
		if len(v) > maxParam {
			v = v[:maxParam]
		}
		return v
	}
	f := filters{Q: get("q"), Actor: get("actor"), Type: strings.ToUpper(get("type")), Source: get("source"),
		Place: get("place"), Story: get("story"), From: get("from"), To: get("to"), Speaker: get("speaker"),
		MinConf: get("min_confidence"), Page: 1}
	if s := get("sort"); s == "newest" {
		f.Sort = s
	} else if s != "" {
		f.Problems = append(f.Problems, "ترتيب غير معروف: "+s)
	}
	if len(f.Q) > store.MaxQueryBytes {
		f.Q = f.Q[:store.MaxQueryBytes]
	}
	if p := get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 500 {
			f.Problems = append(f.Problems, "رقم الصفحة غير صالح")
		} else {
			f.Page = n
		}
	}
	if f.MinConf != "" {
		if _, ok := parseConfidence(f.MinConf); !ok {
			f.Problems = append(f.Problems, "حد الثقة غير صالح (عدد من 0 إلى 1): "+f.MinConf)
			f.MinConf = ""
		}
	}
	for _, d := range []*string{&f.From, &f.To} {
		if *d != "" {
			if _, err := time.Parse("2006-01-02", *d); err != nil {
				f.Problems = append(f.Problems, "تاريخ غير صالح: "+*d)
				*d = ""
			}
		}
	}
	return f
}

// searching reports whether the filters ask for a search (else / shows
// the desk).
func (f filters) searching() bool {
	return f.Q != "" || f.Actor != "" || f.Type != "" || f.Source != "" || f.Place != "" || f.Story != "" ||
		f.From != "" || f.To != "" || f.Sort != "" || f.MinConf != "" || f.Page > 1 || len(f.Problems) > 0
}

// store turns the filters into a store filter for page f.Page of size n.
func (f filters) store(n int) store.Filter {
	sf := store.Filter{Actor: f.Actor, EventType: f.Type, Source: f.Source, Place: f.Place, StoryID: f.Story,
		Limit: n, Offset: (f.Page - 1) * n}
	if t, err := time.Parse("2006-01-02", f.From); err == nil {
		sf.Since = t
	}
	if t, err := time.Parse("2006-01-02", f.To); err == nil {
		sf.Until = t.AddDate(0, 0, 1) // inclusive
	}
	sf.MinConfidence, _ = parseConfidence(f.MinConf)
	return sf
}

// parseConfidence reads a confidence threshold, a number from 0 to 1 ("":
// 0, no threshold).
func parseConfidence(s string) (float64, bool) {
	if s == "" {
		return 0, true
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || !(x >= 0 && x <= 1) {
		return 0, false
	}
	return x, true
}

// lowConfidence is the confidence under which a quote or an event is shown
// as doubtful (greyed, with a label). Unscored items (0.5) are not.
const lowConfidence = 0.5

// lowConf reports whether a confidence is below lowConfidence.
func lowConf(c float64) bool { return c < lowConfidence }

// confOption is one choice of the confidence filter.
type confOption struct {
	Value, Label string
}

// confOptions are the confidence filter's choices.
var confOptions = []confOption{{"", "الكل"}, {"0.5", "متوسطة فأعلى (0.5+)"}, {"0.8", "عالية (0.8+)"}}

// url is the link to path with these filters, with one parameter changed
// (key "" changes nothing) and the page reset unless key is "page".
func (f filters) url(path, key, value string) string {
	kv := map[string]string{"q": f.Q, "actor": f.Actor, "type": f.Type, "source": f.Source,
		"place": f.Place, "story": f.Story, "from": f.From, "to": f.To, "speaker": f.Speaker, "sort": f.Sort,
		"min_confidence": f.MinConf}
	if key != "" {
		kv[key] = value
	}
	if key == "page" {
		kv["page"] = value
	}
	return link(path, "q", kv["q"], "speaker", kv["speaker"], "actor", kv["actor"], "type", kv["type"], "source", kv["source"],
		"place", kv["place"], "story", kv["story"], "from", kv["from"], "to", kv["to"], "sort", kv["sort"],
		"min_confidence", kv["min_confidence"], "page", kv["page"])
}

// pager is the navigation between pages of a listing.
type pager struct {
	Page, Pages, Total int
	Prev, Next         string // links, "" at the ends
}

func newPager(f filters, path string, total, size int) pager {
	p := pager{Page: f.Page, Total: total, Pages: (total + size - 1) / size}
	if f.Page > 1 {
		p.Prev = f.url(path, "page", strconv.Itoa(f.Page-1))
	}
	if f.Page < p.Pages && f.Page < 500 {
		p.Next = f.url(path, "page", strconv.Itoa(f.Page+1))
	}
	return p
}
