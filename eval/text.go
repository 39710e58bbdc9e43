package eval

import (
	"fmt"
	"io"
	"slices"
)

// textWriter writes a report line by line and keeps the first error.
type textWriter struct {
	w   io.Writer
	err error
}

func (t *textWriter) printf(format string, a ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, a...)
	}
}

const rowHeader = "  %-16s %5s %5s %5s %6s %6s %6s\n"

// header writes a section title with the counts columns.
func (t *textWriter) header(title string) {
	t.printf("%s\n", title)
	t.printf(rowHeader, "", "tp", "fp", "fn", "P", "R", "F1")
}

// row writes one line of counts. fp is the system-side wrong count; when
// SysTP differs from TP the precision numerator is shown after it.
func (t *textWriter) row(name string, c Counts) {
	t.printf("  %-16s %5d %5d %5d %6.3f %6.3f %6.3f", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	if c.SysTP != c.TP {
		t.printf("  (precision: %d of %d system items correct)", c.SysTP, c.SysTP+c.FP)
	}
	t.printf("\n")
}

// list writes a labelled list of names, one a line.
func (t *textWriter) list(label string, items []string) {
	if len(items) == 0 {
		return
	}
	t.printf("    %s (%d):\n", label, len(items))
	for _, s := range items {
		t.printf("      - %s\n", s)
	}
}

func okFail(ok bool) string {
	if ok {
		return "ok"
	}
	return "FAIL"
}

// WriteText writes the report as a human-readable table: cleaning, entities
// per type, quotes with cue/kind agreement, events, places, times, each with
// its misses and false positives by name.
func (r *Report) WriteText(w io.Writer) error {
	t := &textWriter{w: w}
	t.printf("== %s (%s)\n", r.ID, r.File)

	c := r.Cleaning
	t.printf("cleaning\n")
	t.printf("  title    %s\n", okFail(c.TitleOK))
	if !c.TitleOK {
		t.printf("    gold:   %s\n    system: %s\n", c.GoldTitle, c.SystemTitle)
	}
	t.printf("  authors  %s\n", okFail(c.AuthorsOK))
	t.list("missing", c.MissingAuthors)
	t.list("extra", c.ExtraAuthors)
	t.printf("  subheadings %d/%d\n", c.SubheadsFound, c.SubheadsTotal)
	t.list("missing", c.MissingSubheads)
	t.printf("  body     must_include %d/%d, must_exclude leaked %d/%d\n",
		c.IncludeFound, c.IncludeTotal, c.ExcludeLeaked, c.ExcludeTotal)
	t.list("missing", c.MissingIncludes)
	t.list("leaked", c.LeakedExcludes)

	e := r.Entities
	t.header("entities")
	for _, k := range sortedKeys(e.ByType) {
		t.row(k, e.ByType[k])
	}
	t.row("all", e.Counts)
	t.printf("  min_mentions reached by %d of %d found\n", e.ReachedMin, e.Found)
	t.list("missed", e.Misses)
	t.list("false positives", e.FalsePositives)
	t.list("below min_mentions (found/min)", e.BelowMin)
	t.list("ignored (optional)", e.Ignored)

	q := r.Quotes
	t.header("quotes")
	t.row("all", q.Counts)
	t.printf("  over %d matched: cue agrees %d, kind agrees %d\n", q.Counts.TP, q.CueAgree, q.KindAgree)
	t.list("missed", q.Misses)
	t.list("false positives", q.FalsePositives)
	t.list("cue/kind disagreements (gold/system)", q.Disagreements)

	v := r.Events
	t.header("events (recall over required)")
	t.row("all", v.Counts)
	t.printf("  optional events found %d of %d\n", v.OptionalFound, v.OptionalTotal)
	t.list("missed (required)", v.Misses)
	t.list("false positives", v.FalsePositives)

	for _, sec := range []struct {
		name string
		s    ItemScore
	}{{"places", r.Places}, {"times", r.Times}} {
		t.header(sec.name)
		t.row("all", sec.s.Counts)
		t.list("missed", sec.s.Misses)
		t.list("false positives", sec.s.FalsePositives)
	}
	return t.err
}

// WriteText writes the totals as a human-readable table.
func (s *Totals) WriteText(w io.Writer) error {
	t := &textWriter{w: w}
	t.printf("== totals over %d files (micro-averaged)\n", s.Files)
	t.printf("cleaning\n")
	t.printf("  titles ok %d/%d, authors ok %d/%d, subheadings %d/%d\n", s.TitlesOK, s.Files, s.AuthorsOK, s.Files, s.SubheadsFound, s.SubheadsTotal)
	t.printf("  body     must_include %d/%d, must_exclude leaked %d/%d\n",
		s.IncludeFound, s.IncludeTotal, s.ExcludeLeaked, s.ExcludeTotal)
	t.header("entities")
	for _, k := range sortedKeys(s.EntityByType) {
		t.row(k, s.EntityByType[k])
	}
	t.row("all", s.Entities)
	t.printf("  min_mentions reached by %d of %d found\n", s.ReachedMin, s.EntitiesFound)
	t.header("quotes")
	t.row("all", s.Quotes)
	t.printf("  over %d matched: cue agrees %d, kind agrees %d\n", s.Quotes.TP, s.CueAgree, s.KindAgree)
	t.header("events (recall over required)")
	t.row("all", s.Events)
	t.printf("  optional events found %d of %d\n", s.OptionalFound, s.OptionalTotal)
	t.header("places")
	t.row("all", s.Places)
	t.header("times")
	t.row("all", s.Times)
	t.printf("confidence reliability (items scored in the band, right)\n")
	for _, l := range []struct {
		name  string
		bands []Band
	}{{"quotes", s.QuoteReliability}, {"events", s.EventReliability}} {
		t.printf("  %-7s", l.name)
		for _, b := range l.bands {
			p := 0.0
			if b.Items > 0 {
				p = float64(b.Right) / float64(b.Items)
			}
			t.printf("  [%.1f,%.1f) %d, %d right (%.2f)", b.Lo, min(b.Hi, 1), b.Items, b.Right, p)
		}
		t.printf("\n")
	}
	return t.err
}

func sortedKeys(m map[string]Counts) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
