package ui

import (
	"errors"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/server/internal/safetext"
	"github.com/marsad/marsad/store"
)

// eventView is an event of the article with the anchor of its evidence
// and its date in words.
type eventView struct {
	event.Event
	Anchor string
	When   string
}

// entityGroup lists the article's entities of one type.
type entityGroup struct {
	Type, Class, Name string
	Entities          []entity.Entity
}

// articleView is the data of the article page.
type articleView struct {
	A          *store.Article
	An         *extract.Analysis
	Paras      []para
	Groups     []entityGroup
	Quotes     []quote.Quote
	Events     []eventView
	Map        mapView
	HasMap     bool
	RawURL     string
	Duplicates []store.Hit
	// OriginalURL is the article's URL when it is http(s): a stored
	// javascript: or data: URL is never a link.
	OriginalURL string
}

// article serves /articles/{id}.
func (h *Handler) article(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" || len(id) > maxParam {
		h.fail(w, r, http.StatusNotFound, "لا يوجد مقال بهذا المعرّف")
		return
	}
	a, err := h.st.Get(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		h.fail(w, r, http.StatusNotFound, "لا يوجد مقال بهذا المعرّف")
		return
	}
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	an := a.Analysis
	if an == nil {
		an = &extract.Analysis{Title: a.Title, Body: a.Body}
	}
	v := articleView{A: a, An: an, OriginalURL: safetext.HTTPURL(a.URL)}
	if len(a.Raw) > 0 {
		v.RawURL = "/api/articles/" + url.PathEscape(a.ID) + "/raw"
	}
	var anchors []string
	v.Paras, anchors = annotate(an)
	for i, e := range an.Events {
		v.Events = append(v.Events, eventView{Event: e, Anchor: anchors[i], When: dateLabel(e.Date, a.Published)})
	}
	v.Quotes = an.Quotes
	v.Groups = groupEntities(an.Entities)

	var ms []marker
	for _, p := range an.Places {
		if p.Lat == 0 && p.Lon == 0 {
			continue
		}
		x, y := project(p.Lat, p.Lon)
		ms = append(ms, marker{X: x, Y: y, R: 8 + 4*math.Sqrt(float64(max(1, len(p.Spans)))), Class: "place " + p.Kind,
			Title: p.Name + " (" + p.Country + ")", Href: link("/", "place", p.Name)})
	}
	v.HasMap = len(ms) > 0
	v.Map = newMapView(ms, true, "أماكن المقال")

	if a.StoryID != "" {
		res, err := h.st.Search(r.Context(), store.SearchQuery{Filter: store.Filter{StoryID: a.StoryID, IncludeDuplicates: true, Limit: 20}, Snippets: -1})
		if err != nil {
			h.failErr(w, r, err)
			return
		}
		for _, hit := range res.Hits {
			if hit.ID != a.ID {
				v.Duplicates = append(v.Duplicates, hit)
			}
		}
	}
	h.render(w, r, http.StatusOK, "article", a.Title, "", v)
}

// groupEntities groups entities by type (people, organisations, places,
// other), most mentioned first.
func groupEntities(es []entity.Entity) []entityGroup {
	var out []entityGroup
	for _, t := range []string{entity.PER, entity.ORG, entity.LOC, entity.MISC} {
		g := entityGroup{Type: t, Class: "m m-" + lowerASCII(t), Name: typeName(t)}
		for _, e := range es {
			if e.Type == t {
				g.Entities = append(g.Entities, e)
			}
		}
		if len(g.Entities) == 0 {
			continue
		}
		slices.SortStableFunc(g.Entities, func(x, y entity.Entity) int {
			if d := len(y.Mentions) - len(x.Mentions); d != 0 {
				return d
			}
			return strings.Compare(x.Canonical, y.Canonical)
		})
		out = append(out, g)
	}
	return out
}
