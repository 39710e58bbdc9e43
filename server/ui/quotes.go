package ui

import (
	"errors"
	"net/http"

	"github.com/marsad/marsad/store"
)

// quoteView is one quote with its matched words marked.
type quoteView struct {
	store.QuoteRow
	Parts []piece
}

// quotesView is the data of the quote page.
type quotesView struct {
	F      filters
	Error  string
	Total  int
	Quotes []quoteView
	Pager  pager
	Feed   string
	Title  string // the question the page answers
}

// FeedURL is the Atom feed of this quote search.
func (v quotesView) FeedURL() string { return v.Feed }

// quotes serves /quotes: «ماذا قال …» — the quotes of a speaker (speaker=)
// whose own words match a topic (q=, the search language), newest first.
func (h *Handler) quotes(w http.ResponseWriter, r *http.Request) {
	f := readFilters(r.URL.Query())
	if f.Speaker == "" {
		f.Speaker, f.Actor = f.Actor, ""
	}
	v := quotesView{F: f, Title: quoteTitle(f),
		Feed: link("/quotes.atom", "speaker", f.Speaker, "q", f.Q, "from", f.From, "to", f.To, "min_confidence", f.MinConf)}
	node, err := store.ParseQuery(f.Q)
	if err != nil {
		v.Error = "استعلام غير صالح: " + err.Error()
		h.render(w, r, http.StatusBadRequest, "quotes", v.Title, "quotes", v)
		return
	}
	sf := f.store(pageSize)
	sf.Actor = f.Speaker
	p, err := h.st.SearchQuotes(r.Context(), store.QuoteQuery{Text: f.Q, Filter: sf})
	if errors.Is(err, store.ErrInvalid) {
		v.Error = err.Error()
		h.render(w, r, http.StatusBadRequest, "quotes", v.Title, "quotes", v)
		return
	}
	if err != nil {
		h.failErr(w, r, err)
		return
	}
	keys := node.PositiveKeys()
	for _, q := range p.Items {
		qv := quoteView{QuoteRow: q, Parts: []piece{{Text: q.Content}}}
		if len(keys) > 0 {
			qv.Parts = pieces(q.Content, 0, store.Highlight(q.Content, keys))
		}
		v.Quotes = append(v.Quotes, qv)
	}
	v.Total = p.Total
	v.Pager = newPager(f, "/quotes", p.Total, pageSize)
	h.render(w, r, http.StatusOK, "quotes", v.Title, "quotes", v)
}

// quoteTitle is the question the quote page answers.
func quoteTitle(f filters) string {
	t := "ماذا قالوا"
	if f.Speaker != "" {
		t = "ماذا قال " + f.Speaker
	}
	if f.Q != "" {
		t += " عن «" + f.Q + "»"
	}
	return t + "؟"
}
