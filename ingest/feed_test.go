package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>أخبار</title>
<item><title>خبر أول</title><link>https://example.com/a</link><guid>g1</guid>
<pubDate>Mon, 02 Jan 2006 15:04:05 +0300</pubDate><description>&lt;p&gt;ملخص&lt;/p&gt;</description></item>
<item><title>خبر ثان</title><link>/b</link><dc:date>2018-02-18T21:35:43+04:00</dc:date></item>
<item><title>بلا رابط</title><guid>https://example.com/c</guid><pubDate>Tue, 3 Jan 2006 15:04:05 GMT</pubDate></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
<entry><title>one</title><link rel="self" href="https://e.com/self"/><link href="https://e.com/1"/>
<id>urn:1</id><published>2020-06-01T10:00:00Z</published><summary>s1</summary></entry>
<entry><title>two</title><link rel="alternate" href="2"/><updated>2020-06-02T10:00:00+02:00</updated><content type="html">c2</content></entry>
</feed>`

const rdfFeed = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel><title>RDF</title></channel>
<item><title>r1</title><link>https://e.com/r1</link></item>
</rdf:RDF>`

func TestParseFeed(t *testing.T) {
	win, _ := charmap.Windows1256.NewEncoder().String(`<?xml version="1.0" encoding="windows-1256"?><rss><channel><title>أخبار</title><item><title>عنوان</title><link>https://e.com/w</link></item></channel></rss>`)
	tests := []struct {
		name, feed, base string
		wantTitle        string
		wantLinks        []string
		wantTitles       []string
		wantDates        []time.Time
	}{
		{"rss", rssFeed, "https://example.com/feed", "أخبار",
			[]string{"https://example.com/a", "https://example.com/b", "https://example.com/c"},
			[]string{"خبر أول", "خبر ثان", "بلا رابط"},
			[]time.Time{time.Date(2006, 1, 2, 12, 4, 5, 0, time.UTC), time.Date(2018, 2, 18, 17, 35, 43, 0, time.UTC), time.Date(2006, 1, 3, 15, 4, 5, 0, time.UTC)}},
		{"atom", atomFeed, "https://e.com/feed", "Atom", []string{"https://e.com/1", "https://e.com/2"}, []string{"one", "two"},
			[]time.Time{time.Date(2020, 6, 1, 10, 0, 0, 0, time.UTC), time.Date(2020, 6, 2, 8, 0, 0, 0, time.UTC)}},
		{"rdf", rdfFeed, "", "RDF", []string{"https://e.com/r1"}, []string{"r1"}, []time.Time{{}}},
		{"windows-1256", win, "", "أخبار", []string{"https://e.com/w"}, []string{"عنوان"}, []time.Time{{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed(strings.NewReader(tt.feed), tt.base)
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.wantTitle || len(f.Items) != len(tt.wantLinks) {
				t.Fatalf("feed = %+v", f)
			}
			for i, it := range f.Items {
				if it.Link != tt.wantLinks[i] || it.Title != tt.wantTitles[i] || !it.Published.Equal(tt.wantDates[i]) {
					t.Errorf("item %d = %+v", i, it)
				}
			}
		})
	}
}

func TestParseFeedMalformed(t *testing.T) {
	for _, in := range []string{"", "not xml", "<html><body>x</body></html>", `<?xml version="1.0" encoding="klingon"?><rss/>`, "<rss><channel><item>"} {
		t.Run(in, func(t *testing.T) {
			if _, err := ParseFeed(strings.NewReader(in), ""); !errors.Is(err, ErrMalformed) {
				t.Errorf("err = %v, want ErrMalformed", err)
			}
		})
	}
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(rssFeed))
	f.Add([]byte(atomFeed))
	f.Add([]byte(rdfFeed))
	f.Add([]byte(`<rss><channel><item><link>%zz</link><pubDate>x</pubDate></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := ParseFeed(bytes.NewReader(data), "https://example.com/feed/")
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("unclassified error: %v", err)
			}
			return
		}
		for _, it := range feed.Items {
			_ = it.Published.IsZero()
		}
	})
}

func TestFeedSourceFile(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/feed.xml"
	writeFile(t, path, []byte(rssFeed))
	// No Getter: each item becomes a small HTML doc of its title and summary.
	_, docs, skips := drain(t, NewFeedSource(path, FeedConfig{}))
	if len(docs) != 3 || len(skips) != 0 {
		t.Fatalf("docs=%d skips=%v", len(docs), skips)
	}
	if d := docs[0]; d.Key != "url:https://example.com/a" || d.Format != "html" || !strings.Contains(string(d.Data), "<title>خبر أول</title>") || d.Fetched.IsZero() {
		t.Errorf("doc = %+v", d)
	}
	// A missing or broken feed file is one skipped item.
	for _, bad := range []string{dir + "/missing.xml", dir + "/bad.xml"} {
		writeFile(t, dir+"/bad.xml", []byte("<rss><channel><item>"))
		if _, _, skips := drain(t, NewFeedSource(bad, FeedConfig{})); len(skips) != 1 {
			t.Errorf("%s: skips = %v", bad, skips)
		}
	}
}
