package document

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page head says about the article.
type pageMeta struct {
	title, siteName, url string
	authors              []string
	published            time.Time
}

// dateMetaNames are meta name/property/itemprop values holding the
// publication date, best first.
var dateMetaNames = []string{
	"article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date",
	"pubdate", "dc.date.issued", "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date",
	"date", "article.published", "created", "article:modified_time", "datemodified",
}

// readMeta reads title, site name, canonical URL, authors and the
// publication date (with its zone) from meta tags and JSON-LD.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var titleEl string
	var ld []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				content := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop"} {
					if v := strings.ToLower(strings.TrimSpace(attr(n, k))); v != "" && content != "" {
						if _, seen := metas[v]; !seen {
							metas[v] = content
						}
					}
				}
			case atom.Title:
				if titleEl == "" {
					titleEl = textOf(n)
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					ld = append(ld, textOf(n))
				}
			case atom.Time:
				if v := attr(n, "datetime"); v != "" && strings.Contains(strings.ToLower(attr(n, "itemprop")+attr(n, "class")+attr(n, "pubdate")), "pub") {
					if _, seen := metas["pubdate"]; !seen {
						metas["pubdate"] = v
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var j ldInfo
	for _, s := range ld {
		readLD(s, &j)
	}
	m.siteName = firstNonEmpty(metas["og:site_name"], j.publisher)
	m.title = firstNonEmpty(metas["og:title"], metas["twitter:title"], j.headline, titleEl)
	m.url = firstNonEmpty(metas["og:url"], j.url)
	for _, name := range dateMetaNames {
		if v, ok := metas[name]; ok {
			if t, err := parseMetaTime(v); err == nil {
				m.published = t
				break
			}
		}
	}
	if m.published.IsZero() && j.published != "" {
		if t, err := parseMetaTime(j.published); err == nil {
			m.published = t
		}
	}
	for _, v := range []string{metas["author"], metas["article:author"], metas["dc.creator"], metas["sailthru.author"]} {
		v = oneLine(v)
		if v != "" && !strings.Contains(v, "://") && !containsString(m.authors, v) {
			m.authors = append(m.authors, v)
		}
	}
	for _, v := range j.authors {
		if v = oneLine(v); v != "" && !containsString(m.authors, v) {
			m.authors = append(m.authors, v)
		}
	}
	return m
}

// ldInfo is what the JSON-LD blocks say.
type ldInfo struct {
	headline, url, published, publisher string
	authors                             []string
}

// readLD reads one JSON-LD script, tolerating arrays and @graph.
func readLD(s string, j *ldInfo) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if j.published == "" {
				j.published, _ = x["datePublished"].(string)
			}
			if j.headline == "" {
				j.headline, _ = x["headline"].(string)
			}
			if p, ok := x["publisher"].(map[string]any); ok && j.publisher == "" {
				j.publisher, _ = p["name"].(string)
			}
			switch a := x["author"].(type) {
			case string:
				j.authors = append(j.authors, a)
			case map[string]any:
				if n, ok := a["name"].(string); ok {
					j.authors = append(j.authors, n)
				}
			case []any:
				for _, e := range a {
					if m, ok := e.(map[string]any); ok {
						if n, ok := m["name"].(string); ok {
							j.authors = append(j.authors, n)
						}
					} else if s, ok := e.(string); ok {
						j.authors = append(j.authors, s)
					}
				}
			}
		}
	}
	visit(v, 0)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// textOf is the concatenated text below n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
