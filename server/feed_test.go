package server

import (
	"encoding/xml"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/store/storetest"
)

// atom is what a test reads of an Atom feed.
type atom struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Author  []struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Links   []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Summary string `xml:"summary"`
		Content string `xml:"content"`
	} `xml:"entry"`
}

// parseAtom reads a feed answer and checks what RFC 4287 requires of it:
// the content type; an id, title and updated date on the feed and on each
// entry (dates in RFC 3339), an author, an alternate link or content per
// entry, distinct entry ids; and the entries newest first.
func parseAtom(t *testing.T, h http.Handler, target string) atom {
	t.Helper()
	rec := do(h, "GET", target, nil)
	if rec.Code != 200 {
		t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/atom+xml; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	var f atom
	if err := xml.Unmarshal(rec.Body.Bytes(), &f); err != nil {
		t.Fatalf("%s: not Atom: %v\n%s", target, err, rec.Body)
	}
	date := func(what, s string) time.Time {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Errorf("%s: updated %q is not RFC 3339", what, s)
		}
		return d
	}
	if f.ID == "" || f.Title == "" || len(f.Author) == 0 || f.Author[0].Name == "" {
		t.Errorf("feed lacks id, title or author: %+v", f)
	}
	updated := date("feed", f.Updated)
	self := false
	for _, l := range f.Links {
		self = self || (l.Rel == "self" && strings.HasPrefix(l.Href, "http"))
	}
	if !self {
		t.Error("feed without an absolute self link")
	}
	ids := map[string]bool{}
	var prev time.Time
	for i, e := range f.Entries {
		if e.ID == "" || e.Title == "" || ids[e.ID] {
			t.Errorf("entry %d: id %q (repeated: %v), title %q", i, e.ID, ids[e.ID], e.Title)
		}
		ids[e.ID] = true
		d := date("entry "+e.ID, e.Updated)
		if d.After(updated) {
			t.Errorf("entry %s updated %v after the feed %v", e.ID, d, updated)
		}
		if i > 0 && d.After(prev) {
			t.Errorf("entry %s (%v) after an older one: not newest first", e.ID, d)
		}
		prev = d
		alt := false
		for _, l := range e.Links {
			if l.Rel == "alternate" {
				u, err := url.Parse(l.Href)
				alt = err == nil && u.IsAbs()
			}
		}
		if !alt && e.Content == "" {
			t.Errorf("entry %s without an absolute alternate link", e.ID)
		}
	}
	return f
}

func TestFeed(t *testing.T) {
	ui := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	st := loadedStore(t)
	h := New(Config{UI: ui}, st, nil)

	f := parseAtom(t, h, "/feed.atom?q="+url.QueryEscape("سرت"))
	var got []string
	for _, e := range f.Entries {
		got = append(got, e.ID)
	}
	// سرت: m1 (d0), m2 (d1), p1 (d4); newest first.
	if want := []string{"urn:marsad:article:p1", "urn:marsad:article:m2", "urn:marsad:article:m1"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("entries %v, want %v", got, want)
	}
	if href := f.Entries[0].Links[0].Href; href != "http://example.com/articles/p1" {
		t.Errorf("entry links to %q, want the article page", href)
	}
	if !strings.Contains(f.Title, "سرت") || !strings.Contains(f.Entries[0].Summary, "سرت") {
		t.Errorf("title %q, summary %q", f.Title, f.Entries[0].Summary)
	}
	before := f.Updated

	// An ingest adds a newer article: it leads the feed, which is updated.
	n := storetest.Fixture{ID: "n1", Source: "bbc", Title: "معارك جديدة قرب سرت", Body: "اندلعت معارك جديدة قرب سرت.",
		Published: storetest.Day().AddDate(0, 0, 9)}
	if _, err := st.Put(t.Context(), n.Article()); err != nil {
		t.Fatal(err)
	}
	f = parseAtom(t, h, "/feed.atom?q="+url.QueryEscape("سرت"))
	if len(f.Entries) != 4 || f.Entries[0].ID != "urn:marsad:article:n1" || f.Entries[0].Title != n.Title {
		t.Fatalf("after the ingest: %+v", f.Entries)
	}
	if f.Updated == before || f.Updated != n.Published.UTC().Format(time.RFC3339) {
		t.Errorf("feed updated %s (was %s), want %s", f.Updated, before, n.Published.UTC().Format(time.RFC3339))
	}

	// Filters apply as in search; without the UI, entries link to the API.
	f = parseAtom(t, New(Config{}, st, nil), "/feed.atom?source=cnn")
	if len(f.Entries) != 1 || f.Entries[0].Links[0].Href != "http://example.com/api/articles/m2" {
		t.Errorf("source=cnn: %+v", f.Entries)
	}
	if f := parseAtom(t, h, "/feed.atom?q=nothingmatches"); len(f.Entries) != 0 || f.Updated != "1970-01-01T00:00:00Z" {
		t.Errorf("empty feed: %+v", f)
	}
	for _, bad := range []string{"/feed.atom?q=NOT+x", "/feed.atom?offset=3", "/feed.atom?limit=0"} {
		if rec := do(h, "GET", bad, nil); rec.Code != 400 {
			t.Errorf("%s: %d", bad, rec.Code)
		}
	}
}

func TestQuoteFeed(t *testing.T) {
	st := loadedStore(t)
	h := New(Config{}, st, nil)
	f := parseAtom(t, h, "/quotes.atom?speaker="+url.QueryEscape("فايز السراج"))
	if len(f.Entries) != 1 || !strings.Contains(f.Entries[0].Title, "فايز السراج") || !strings.Contains(f.Entries[0].Content, "الوضع تحت السيطرة") {
		t.Fatalf("quotes of فايز السراج: %+v", f.Entries)
	}
	if !strings.Contains(f.Title, "ماذا قال فايز السراج") {
		t.Errorf("title %q", f.Title)
	}
	if f := parseAtom(t, h, "/quotes.atom?q="+url.QueryEscape("السيطرة")); len(f.Entries) != 2 {
		t.Errorf("quotes about السيطرة: %d entries, want 2", len(f.Entries))
	}
	if f := parseAtom(t, h, "/quotes.atom?q="+url.QueryEscape("أمطار")); len(f.Entries) != 0 {
		t.Errorf("أمطار is in the article, not the quote: %+v", f.Entries)
	}
}
