package document

import (
	"context"
	"fmt"

	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML extracts the main content of an HTML page with go-trafilatura,
// keeps its paragraph structure (h1–h6 become headings), reads metadata and
// applies the boilerplate rules to the paragraphs.
func parseHTML(ctx context.Context, data []byte, contentType string) (*Article, error) {
	s, err := decodeText(data, contentType, true)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, fmt.Errorf("document: html: %w", err)
	}
	meta := readMeta(doc)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res, err := extractMain(doc)
	if err != nil || res == nil || res.ContentNode == nil {
		return nil, fmt.Errorf("%w (html extraction: %v)", ErrNoBody, err)
	}
	a := &Article{Format: string(FormatHTML), Authors: []string{}, Subheadings: []string{}}
	a.Title = firstNonEmpty(stripSiteSuffix(meta.title, meta.siteName), stripSiteSuffix(res.Metadata.Title, meta.siteName))
	a.URL = firstNonEmpty(meta.url, res.Metadata.URL)
	a.Source = firstNonEmpty(meta.siteName, res.Metadata.Sitename, res.Metadata.Hostname)
	if len(res.Metadata.Categories) > 0 {
		a.Category = res.Metadata.Categories[0]
	}
	for _, s := range append(meta.authors, strings.Split(res.Metadata.Author, ";")...) {
		if s = oneLine(s); s != "" && !containsString(a.Authors, s) {
			a.Authors = append(a.Authors, s)
		}
	}
	a.Published = meta.published
	if a.Published.IsZero() && !res.Metadata.Date.IsZero() {
		a.Published = res.Metadata.Date
	}
	blocks := nodeBlocks(res.ContentNode)
	blocks = dropBoilerplate(blocks, a.Title)
	blocks = takeHead(a, blocks)
	if len(a.Authors) > 1 {
		a.Authors = dedupeStrings(a.Authors)
	}
	setBody(a, blocks)
	if a.Published.IsZero() {
		a.Published = pageTextDate(doc, a.Title, a.Body)
	}
	if a.Body == "" {
		return nil, ErrNoBody
	}
	return a, nil
}

// dateWindow is how far after the title (in bytes of page text) a
// dateline is looked for.
const dateWindow = 800

// pageTextDate finds a date in the page text just after the title (where
// datelines stand), else at the start of the body; zero if none.
func pageTextDate(doc *html.Node, title, body string) time.Time {
	page := visibleText(doc)
	if title != "" {
		if i := strings.Index(page, title); i >= 0 {
			w := page[i+len(title):]
			if t, err := ParseDate(truncate(w, dateWindow)); err == nil {
				return t
			}
		}
	}
	if t, err := ParseDate(truncate(body, 2*dateWindow)); err == nil {
		return t
	}
	return time.Time{}
}

// visibleText is the text of doc's body outside scripts and styles, one
// space between nodes.
func visibleText(doc *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript || n.DataAtom == atom.Head) {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return oneLine(b.String())
}

// extractMain runs go-trafilatura on doc. A panic inside the library (on
// pathological markup) is turned into an error so Parse never panics.
func extractMain(doc *html.Node) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("document: html extraction failed: %v", r)
		}
	}()
	return trafilatura.ExtractDocument(doc, trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
		HtmlDateMode:    trafilatura.Fast,
	})
}

// nodeBlocks walks the extracted content tree and returns one block per
// block-level element (or <br>-separated line), headings marked.
func nodeBlocks(root *html.Node) []block {
	w := &blockWalker{}
	w.walk(root)
	w.flush()
	return w.out
}

// blockWalker gathers inline text until a block boundary.
type blockWalker struct {
	out     []block
	cur     strings.Builder
	heading int // depth inside h1–h6
}

func (w *blockWalker) flush() {
	t := oneLine(w.cur.String())
	w.cur.Reset()
	if t != "" {
		w.out = append(w.out, block{text: t, heading: w.heading > 0})
	}
}

func (w *blockWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Img, atom.Figure, atom.Figcaption:
			return
		case atom.Br, atom.Hr:
			w.flush()
			return
		}
	}
	isBlock := n.Type == html.ElementNode && blockElements[n.DataAtom]
	isHead := n.Type == html.ElementNode && headingElements[n.DataAtom]
	if isBlock {
		w.flush()
	}
	if isHead {
		w.heading++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if isBlock {
		w.flush()
	}
	if isHead {
		w.heading--
	}
}

// headingElements become KindHeading paragraphs.
var headingElements = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// blockElements end the paragraph before and after them.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Main: true, atom.Body: true, atom.Caption: true,
}

// stripSiteSuffix removes a " - Site", " | Site" or " :: Site" tail (or
// head) from a page title when it names the site or is short.
func stripSiteSuffix(title, site string) string {
	title = oneLine(title)
	siteKey := keyOf(site)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " » "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if (siteKey != "" && keyOf(tail) == siteKey) || (countWords(tail) <= 3 && countWords(head) >= 4) {
			return strings.TrimSpace(head)
		}
		j := strings.Index(title, sep)
		head, tail = title[:j], title[j+len(sep):]
		if siteKey != "" && keyOf(head) == siteKey {
			return strings.TrimSpace(tail)
		}
	}
	return title
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func dedupeStrings(list []string) []string {
	var out []string
	for _, s := range list {
		if !containsString(out, s) {
			out = append(out, s)
		}
	}
	return out
}
