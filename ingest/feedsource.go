package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/marsad/marsad/document"
)

// Getter fetches one URL as a Doc; *Fetcher is one.
type Getter interface {
	Fetch(ctx context.Context, url string) (Doc, error)
}

// FeedConfig configures a FeedSource.
type FeedConfig struct {
	// Getter fetches the feed (when it is a URL) and its item links. Nil:
	// a URL feed cannot be read, and items of a file feed are yielded as
	// their title and summary instead of the linked page.
	Getter       Getter
	MaxFeedBytes int64 // cap on a feed file; default 16 MiB (a fetched feed has the Getter's cap)
}

// FeedSource yields the articles an RSS or Atom feed links to: it reads the
// feed (a URL through the Getter, or a local file), then fetches each item's
// link through the Getter. A feed that cannot be read is one skipped item;
// so is each link that cannot be fetched. Docs are keyed "url:LINK" and get
// the item's publication date as Fetched when the page has none.
type FeedSource struct {
	feed  string
	cfg   FeedConfig
	items []FeedItem
	read  bool
	idx   int
}

// NewFeedSource returns a source over the feed at feed, an http(s) URL or a
// file path.
func NewFeedSource(feed string, cfg FeedConfig) *FeedSource {
	if cfg.MaxFeedBytes <= 0 {
		cfg.MaxFeedBytes = 16 << 20
	}
	return &FeedSource{feed: feed, cfg: cfg}
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Next implements Source.
func (s *FeedSource) Next(ctx context.Context) (Doc, error) {
	if err := ctx.Err(); err != nil {
		return Doc{}, err
	}
	if !s.read {
		s.read = true
		f, err := s.load(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return Doc{}, ctx.Err()
			}
			return Doc{}, skipNamed("feed:"+s.feed, reasonOf(err), err)
		}
		s.items = f.Items
	}
	for s.idx < len(s.items) {
		it := s.items[s.idx]
		s.idx++
		if it.Link == "" {
			continue
		}
		if s.cfg.Getter == nil {
			html := "<html><head><title>" + escapeHTML(it.Title) + "</title></head><body>" + it.Summary + "</body></html>"
			return Doc{Data: []byte(html), Name: it.Link, URL: it.Link, Format: document.FormatHTML,
				Fetched: it.Published, Key: "url:" + it.Link}, nil
		}
		d, err := s.cfg.Getter.Fetch(ctx, it.Link)
		if err != nil {
			if ctx.Err() != nil {
				return Doc{}, ctx.Err()
			}
			return Doc{}, skip("url:"+it.Link, reasonOf(err), err)
		}
		if d.Fetched.IsZero() {
			d.Fetched = it.Published
		}
		return d, nil
	}
	return Doc{}, io.EOF
}

func (s *FeedSource) load(ctx context.Context) (*Feed, error) {
	if isURL(s.feed) {
		if s.cfg.Getter == nil {
			return nil, fmt.Errorf("ingest: feed %s: no Getter to fetch it", s.feed)
		}
		d, err := s.cfg.Getter.Fetch(ctx, s.feed)
		if err != nil && !(errors.Is(err, ErrSkipped) && isFeedType(d.ContentType)) {
			return nil, err // Fetch refuses XML media as documents, not as feeds
		}
		return ParseFeed(bytes.NewReader(d.Data), d.URL)
	}
	fh, err := os.Open(s.feed)
	if err != nil {
		return nil, fmt.Errorf("ingest: feed: %w", err)
	}
	defer fh.Close()
	b, err := readCapped(fh, s.cfg.MaxFeedBytes)
	if err != nil {
		return nil, fmt.Errorf("ingest: feed %s: %w", s.feed, err)
	}
	return ParseFeed(bytes.NewReader(b), "")
}

// isFeedType reports XML media types, which Fetch refuses as documents but
// which a feed is.
func isFeedType(ct string) bool {
	ct = strings.ToLower(ct)
	return strings.Contains(ct, "xml")
}

func escapeHTML(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
