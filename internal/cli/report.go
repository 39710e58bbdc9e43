package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
)

const separator = "════════════════════════════════════════"

// writeTextReport prints an analysis for a human reader.
//
// Arabic reads right to left, and terminals decide a line's direction from
// its first strong character. So every line that carries Arabic starts with
// the Arabic, and Latin labels (types, codes) come after it; section
// headings are on lines of their own. Nothing is inserted inside Arabic
// words, so letters keep their joining.
func writeTextReport(w io.Writer, an *marsad.Analysis) error {
	r := &reportWriter{w: w}
	r.section("TITLE — العنوان")
	r.line("  %s", an.Title)
	if len(an.Authors) > 0 {
		r.section("AUTHORS — الكاتب")
		for _, a := range an.Authors {
			r.line("  %s", a)
		}
	}
	if an.Published != "" || an.ReferenceDate != "" || an.URL != "" || an.ID != "" {
		r.section("DOCUMENT")
		for _, kv := range [][2]string{{"id", an.ID}, {"url", an.URL}, {"source", an.Source}, {"published", an.Published}, {"reference date", an.ReferenceDate}} {
			if kv[1] != "" {
				r.line("  %-15s %s", kv[0], kv[1])
			}
		}
	}
	r.section("BODY — النص")
	for _, p := range an.Paragraphs {
		text := an.Body[p.Start:p.End]
		if p.Kind == document.KindHeading {
			r.line("  ■ %s", text)
		} else {
			r.line("  %s", text)
		}
		r.line("")
	}
	r.section(fmt.Sprintf("ENTITIES — الكيانات (%d)", len(an.Entities)))
	for _, e := range an.Entities {
		meta := e.Type
		if e.ActorCode != "" {
			meta += ", " + e.ActorCode
		}
		r.line("  %s  (%s, ×%d)", e.Canonical, meta, len(e.Mentions))
		if len(e.Roles) > 0 {
			r.line("      %s", strings.Join(e.Roles, "، "))
		}
	}
	r.section(fmt.Sprintf("QUOTES — الاقتباسات (%d)", len(an.Quotes)))
	for _, q := range an.Quotes {
		speaker := q.Speaker
		if q.Via != "" {
			speaker += " ← " + q.Via
		}
		r.line("  %s — %s — «%s»  (%s)", speaker, q.Cue, q.Content, q.Kind)
	}
	r.section(fmt.Sprintf("EVENTS — الأحداث (%d)", len(an.Events)))
	for _, e := range an.Events {
		src, dst := orDash(e.Source), orDash(e.Target)
		r.line("  %s ← %s  (%s %s, %s)", dst, src, e.Type, e.CAMEO, e.Modality)
		var extra []string
		if e.Place != "" {
			extra = append(extra, e.Place)
		}
		if e.Date != "" {
			extra = append(extra, e.Date)
		}
		if len(extra) > 0 {
			r.line("      %s", strings.Join(extra, " · "))
		}
		r.line("      «%s»", clip(e.Evidence, 160))
	}
	r.section(fmt.Sprintf("PLACES — الأماكن (%d)", len(an.Places)))
	for _, p := range an.Places {
		r.line("  %s  (%s, %s, %.4f, %.4f)", p.Name, p.Kind, p.Country, p.Lat, p.Lon)
	}
	r.section(fmt.Sprintf("TIMES — الأزمنة (%d)", len(an.Times)))
	for _, t := range an.Times {
		r.line("  %s  (%s %s)", t.Text, t.Type, t.Value)
	}
	return r.err
}

// clip shortens s to at most n runes, ending with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// reportWriter writes lines and keeps the first error.
type reportWriter struct {
	w     io.Writer
	err   error
	lines int
}

func (r *reportWriter) section(title string) {
	if r.lines > 0 {
		r.line("")
	}
	r.line("%s", title)
	r.line("%s", strings.Repeat("─", 40))
}

func (r *reportWriter) line(format string, a ...any) {
	if r.err != nil {
		return
	}
	r.lines++
	_, r.err = fmt.Fprintf(r.w, format+"\n", a...)
}
