package server

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad/server/internal/safetext"
	"github.com/marsad/marsad/store"
)

// Feeds: every search has an Atom feed (RFC 4287) of the same query and
// filters, newest article first, at /feed.atom; the quote search has one at
// /quotes.atom. Feed readers poll them; entries link to the article page.

// Query parameters of the feeds.
var (
	feedParams       = []string{"q", "actor", "type", "source", "place", "from", "to", "story", "limit", "min_confidence"}
	quoteFeedParams  = []string{"q", "speaker", "actor", "source", "from", "to", "limit", "min_confidence"}
	atomContentType  = "application/atom+xml; charset=utf-8"
	atomUnknownTime  = time.Unix(0, 0).UTC() // entries without a date
	quoteTitleLength = 90                    // runes of a quote in its entry's title
)

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	Updated   string      `xml:"updated"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Links     []atomLink  `xml:"link"`
	Entries   []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	ID        string       `xml:"id"`
	Title     string       `xml:"title"`
	Updated   string       `xml:"updated"`
	Published string       `xml:"published,omitempty"`
	Authors   []atomPerson `xml:"author"`
	Links     []atomLink   `xml:"link"`
	Summary   *atomText    `xml:"summary,omitempty"`
	Content   *atomText    `xml:"content,omitempty"`
}

// feed answers GET /feed.atom: the newest articles matching the search
// query and filters, as an Atom feed.
func (s *Server) feed(w http.ResponseWriter, r *http.Request) error {
	text, f, err := s.searchParams(r)
	if err != nil {
		return err
	}
	res, err := s.store.Search(r.Context(), store.SearchQuery{Text: text, Filter: f, Sort: store.SortNewest})
	if err != nil {
		return err
	}
	base := baseURL(r)
	out := s.newFeed(r, base, "مرصد: "+feedTitle(text, f), "أحدث المقالات المطابقة للبحث، الأحدث أولاً",
		base+"/?"+searchQuery(r.URL.Query()))
	for _, h := range res.Hits {
		e := atomEntry{
			ID:    "urn:marsad:article:" + url.PathEscape(h.ID),
			Title: safetext.StripBidi(h.Title),
			Links: []atomLink{{Rel: "alternate", Type: "text/html", Href: s.articleLink(base, h.ID)}},
		}
		if e.Title == "" {
			e.Title = h.ID
		}
		setTimes(&e, h.Published)
		if h.Source != "" {
			e.Authors = []atomPerson{{Name: safetext.StripBidi(h.Source)}}
		}
		if u := safetext.HTTPURL(h.URL); u != "" {
			e.Links = append(e.Links, atomLink{Rel: "via", Type: "text/html", Href: u})
		}
		if len(h.Snippets) > 0 {
			e.Summary = &atomText{Type: "text", Body: "… " + safetext.StripBidi(h.Snippets[0].Text) + " …"}
		}
		out.Entries = append(out.Entries, e)
	}
	return writeAtom(w, r, out)
}

// quoteFeed answers GET /quotes.atom: the newest quotes matching the quote
// search (speaker, words), as an Atom feed.
func (s *Server) quoteFeed(w http.ResponseWriter, r *http.Request) error {
	qq, err := s.quoteQuery(r)
	if err != nil {
		return err
	}
	p, err := s.store.SearchQuotes(r.Context(), qq)
	if err != nil {
		return err
	}
	base := baseURL(r)
	title := "مرصد: اقتباسات"
	if qq.Actor != "" {
		title = "مرصد: ماذا قال " + safetext.StripBidi(qq.Actor)
	}
	if qq.Text != "" {
		title += " عن «" + safetext.StripBidi(qq.Text) + "»"
	}
	out := s.newFeed(r, base, title, "أحدث الاقتباسات المطابقة، الأحدث أولاً", base+"/quotes?"+searchQuery(r.URL.Query()))
	for _, q := range p.Items {
		content := safetext.StripBidi(q.Content)
		speaker := safetext.StripBidi(q.Speaker)
		e := atomEntry{
			ID:      "urn:marsad:quote:" + url.PathEscape(q.ArticleID) + ":" + strconv.Itoa(q.ContentStart),
			Title:   speaker + ": «" + cut(content, quoteTitleLength) + "»",
			Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: s.articleLink(base, q.ArticleID)}},
			Content: &atomText{Type: "text", Body: strings.TrimSpace(speaker + " " + safetext.StripBidi(q.Cue) + ": «" + content + "»")},
		}
		setTimes(&e, q.Published)
		if q.Source != "" {
			e.Authors = []atomPerson{{Name: safetext.StripBidi(q.Source)}}
		}
		out.Entries = append(out.Entries, e)
	}
	return writeAtom(w, r, out)
}

// newFeed starts a feed: its id is its own URL, its date the newest
// entry's (set by writeAtom).
func (s *Server) newFeed(r *http.Request, base, title, subtitle, html string) *atomFeed {
	self := base + r.URL.Path
	if r.URL.RawQuery != "" {
		self += "?" + r.URL.RawQuery
	}
	f := &atomFeed{ID: self, Title: title, Subtitle: subtitle, Author: atomPerson{Name: "مرصد"}, Generator: "Marsad",
		Links: []atomLink{{Rel: "self", Type: "application/atom+xml", Href: self}}}
	if s.cfg.UI != nil {
		f.Links = append(f.Links, atomLink{Rel: "alternate", Type: "text/html", Href: html})
	}
	return f
}

// articleLink is the page of an article: the web UI's when it is mounted,
// else the API's.
func (s *Server) articleLink(base, id string) string {
	if s.cfg.UI != nil {
		return base + "/articles/" + url.PathEscape(id)
	}
	return base + "/api/articles/" + url.PathEscape(id)
}

// setTimes dates an entry by its article's publication time.
func setTimes(e *atomEntry, published time.Time) {
	if published.IsZero() {
		e.Updated = atomUnknownTime.Format(time.RFC3339)
		return
	}
	e.Updated = published.UTC().Format(time.RFC3339)
	e.Published = e.Updated
}

// writeAtom writes the feed; its updated date is its newest entry's (the
// epoch for an empty feed, so that it changes only when entries do).
func writeAtom(w http.ResponseWriter, r *http.Request, f *atomFeed) error {
	f.Updated = atomUnknownTime.Format(time.RFC3339)
	for _, e := range f.Entries {
		if e.Updated > f.Updated { // RFC 3339 in UTC sorts as text
			f.Updated = e.Updated
		}
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("server: encode feed: %w", err)
	}
	w.Header().Set("Content-Type", atomContentType)
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(buf.Bytes())
	}
	return nil
}

// baseURL is the scheme and host the request came to, for absolute links.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// searchQuery is the query string of the search page matching a feed's
// parameters (limit left out).
func searchQuery(q url.Values) string {
	c := url.Values{}
	for k, v := range q {
		if k != "limit" {
			c[k] = v
		}
	}
	return c.Encode()
}

// feedTitle describes a search for a feed's title.
func feedTitle(text string, f store.Filter) string {
	var parts []string
	if text != "" {
		parts = append(parts, "«"+safetext.StripBidi(text)+"»")
	}
	for _, p := range []struct{ label, v string }{
		{"الفاعل", f.Actor}, {"المصدر", f.Source}, {"المكان", f.Place}, {"النوع", f.EventType + f.EntityType}, {"القصة", f.StoryID},
	} {
		if p.v != "" {
			parts = append(parts, p.label+": "+safetext.StripBidi(p.v))
		}
	}
	if len(parts) == 0 {
		return "أحدث المقالات"
	}
	return strings.Join(parts, "، ")
}

// cut shortens s to n runes, with an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n])) + "…"
}
