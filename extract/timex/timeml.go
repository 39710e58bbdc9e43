package timex

import (
	"fmt"
	"html"
	"strings"
)

// TimeMLDoc is a TimeML document: its plain text and TIMEX3 annotations.
type TimeMLDoc struct {
	// Text is the document text with all tags removed and entities decoded.
	Text string
	// DCT is the value of the document creation time TIMEX3 (inside <DCT>
	// or with functionInDocument="CREATION_TIME"), or "".
	DCT string
	// Timexes are the TIMEX3 annotations of Text, in order (the DCT one is
	// excluded).
	Timexes []Timex
}

// Timex is one TIMEX3 annotation; Start and End are byte offsets into
// TimeMLDoc.Text.
type Timex struct {
	ID    string
	Type  string
	Value string
	Mod   string
	Text  string
	Start int
	End   int
}

// ParseTimeML parses a TimeML document. Only the text inside <TimeML> is
// kept (the XML declaration and DOCTYPE are dropped); tags other than
// TIMEX3 are removed with their content kept.
func ParseTimeML(data []byte) (*TimeMLDoc, error) {
	src := string(data)
	if i := strings.Index(src, "<TimeML"); i >= 0 {
		j := strings.IndexByte(src[i:], '>')
		if j < 0 {
			return nil, fmt.Errorf("timex: timeml: unterminated <TimeML> tag")
		}
		src = src[i+j+1:]
		if k := strings.LastIndex(src, "</TimeML>"); k >= 0 {
			src = src[:k]
		}
	}
	var (
		doc   TimeMLDoc
		b     strings.Builder
		open  *Timex
		inDCT bool
	)
	for len(src) > 0 {
		lt := strings.IndexByte(src, '<')
		if lt < 0 {
			b.WriteString(html.UnescapeString(src))
			break
		}
		b.WriteString(html.UnescapeString(src[:lt]))
		gt := strings.IndexByte(src[lt:], '>')
		if gt < 0 {
			return nil, fmt.Errorf("timex: timeml: unterminated tag at byte %d", len(data)-len(src)+lt)
		}
		tag := src[lt+1 : lt+gt]
		src = src[lt+gt+1:]
		name, attrs := tagName(tag)
		switch {
		case name == "TIMEX3" && !strings.HasSuffix(tag, "/"):
			if open != nil {
				return nil, fmt.Errorf("timex: timeml: nested TIMEX3 %q", attrs["tid"])
			}
			open = &Timex{ID: attrs["tid"], Type: attrs["type"], Value: attrs["value"], Mod: attrs["mod"], Start: b.Len()}
			if inDCT || attrs["functionInDocument"] == "CREATION_TIME" {
				doc.DCT = open.Value
				open.ID = "\x00dct"
			}
		case name == "/TIMEX3":
			if open == nil {
				return nil, fmt.Errorf("timex: timeml: </TIMEX3> without <TIMEX3>")
			}
			open.End = b.Len()
			if open.ID != "\x00dct" {
				doc.Timexes = append(doc.Timexes, *open)
			}
			open = nil
		case name == "DCT":
			inDCT = true
		case name == "/DCT":
			inDCT = false
		}
	}
	if open != nil {
		return nil, fmt.Errorf("timex: timeml: unclosed TIMEX3 %q", open.ID)
	}
	doc.Text = b.String()
	// Drop a leading byte-order mark, shifting offsets.
	if strings.HasPrefix(doc.Text, "\ufeff") {
		doc.Text = doc.Text[3:]
		for i := range doc.Timexes {
			doc.Timexes[i].Start = max(0, doc.Timexes[i].Start-3)
			doc.Timexes[i].End = max(0, doc.Timexes[i].End-3)
		}
	}
	for i := range doc.Timexes {
		t := &doc.Timexes[i]
		t.Text = doc.Text[t.Start:t.End]
	}
	return &doc, nil
}

// tagName splits a tag body into its name and attributes.
func tagName(tag string) (string, map[string]string) {
	tag = strings.TrimSuffix(strings.TrimSpace(tag), "/")
	name, rest, _ := strings.Cut(tag, " ")
	attrs := map[string]string{}
	for {
		rest = strings.TrimSpace(rest)
		eq := strings.IndexByte(rest, '=')
		if eq < 0 || eq+1 >= len(rest) {
			break
		}
		key := strings.TrimSpace(rest[:eq])
		q := rest[eq+1]
		if q != '"' && q != '\'' {
			break
		}
		end := strings.IndexByte(rest[eq+2:], q)
		if end < 0 {
			break
		}
		attrs[key] = html.UnescapeString(rest[eq+2 : eq+2+end])
		rest = rest[eq+2+end+1:]
	}
	return name, attrs
}
