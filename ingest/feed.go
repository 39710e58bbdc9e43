package ingest

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"golang.org/x/text/encoding/htmlindex"
)

// Feed is a parsed RSS 2.0, RSS 1.0 (RDF) or Atom feed.
type Feed struct {
	Title string
	Items []FeedItem
}

// FeedItem is one feed entry. Link is absolute when the feed's URL was known.
type FeedItem struct {
	Title     string
	Link      string
	GUID      string
	Published time.Time // zero when absent or unparseable
	Summary   string    // description, summary or content (HTML as given)
}

type xmlFeed struct {
	XMLName xml.Name
	Channel struct {
		Title string    `xml:"title"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
	Items   []rssItem   `xml:"item"` // RSS 1.0: items are siblings of channel
	Title   string      `xml:"title"`
	Entries []atomEntry `xml:"entry"`
}

type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	Date        string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Description string `xml:"description"`
	Encoded     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
}

type atomEntry struct {
	Title string `xml:"title"`
	Links []struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr"`
		Type string `xml:"type,attr"`
	} `xml:"link"`
	ID        string `xml:"id"`
	Published string `xml:"published"`
	Updated   string `xml:"updated"`
	Summary   string `xml:"summary"`
	Content   string `xml:"content"`
}

// ParseFeed parses an RSS or Atom document read from r. base, the feed's own
// URL (may be empty), resolves relative item links. Any declared encoding
// known to the WHATWG encoding list (windows-1256, ISO-8859-6, ...) is
// decoded. Errors wrap ErrMalformed. r should be size-capped by the caller.
func ParseFeed(r io.Reader, base string) (*Feed, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		enc, err := htmlindex.Get(label)
		if err != nil {
			return nil, fmt.Errorf("unknown charset %q", label)
		}
		return enc.NewDecoder().Reader(in), nil
	}
	var x xmlFeed
	if err := dec.Decode(&x); err != nil {
		return nil, fmt.Errorf("ingest: feed: %w: %w", ErrMalformed, err)
	}
	baseURL, _ := url.Parse(base)
	f := &Feed{}
	switch strings.ToLower(x.XMLName.Local) {
	case "rss", "rdf":
		f.Title = strings.TrimSpace(x.Channel.Title)
		for _, it := range append(x.Channel.Items, x.Items...) {
			summary := it.Description
			if summary == "" {
				summary = it.Encoded
			}
			link := strings.TrimSpace(it.Link)
			if link == "" && strings.HasPrefix(it.GUID, "http") {
				link = strings.TrimSpace(it.GUID)
			}
			date := it.PubDate
			if date == "" {
				date = it.Date
			}
			f.Items = append(f.Items, FeedItem{
				Title: strings.TrimSpace(it.Title), Link: resolveLink(baseURL, link),
				GUID: strings.TrimSpace(it.GUID), Published: parseFeedDate(date), Summary: summary,
			})
		}
	case "feed":
		f.Title = strings.TrimSpace(x.Title)
		for _, e := range x.Entries {
			link := ""
			for _, l := range e.Links {
				if l.Rel == "" || l.Rel == "alternate" {
					link = l.Href
					break
				}
			}
			summary := e.Content
			if summary == "" {
				summary = e.Summary
			}
			date := e.Published
			if date == "" {
				date = e.Updated
			}
			f.Items = append(f.Items, FeedItem{
				Title: strings.TrimSpace(e.Title), Link: resolveLink(baseURL, strings.TrimSpace(link)),
				GUID: strings.TrimSpace(e.ID), Published: parseFeedDate(date), Summary: summary,
			})
		}
	default:
		return nil, fmt.Errorf("ingest: feed: %w: root element <%s> is not rss, rdf or feed", ErrMalformed, x.XMLName.Local)
	}
	return f, nil
}

func resolveLink(base *url.URL, link string) string {
	if link == "" || base == nil || base.Scheme == "" {
		return link
	}
	u, err := base.Parse(link)
	if err != nil {
		return link
	}
	return u.String()
}

// feedDateLayouts are the date forms seen in the wild, RFC 822 variants first.
var feedDateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC3339, time.RFC3339Nano,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700", "Mon, 02 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700", "02 Jan 2006 15:04:05 -0700",
	time.RFC822Z, time.RFC822, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02",
}

// parseFeedDate parses a feed date; the zero time when none of the known
// layouts fits.
func parseFeedDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range feedDateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
