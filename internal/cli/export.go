package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/store"
)

// exportWhat lists what export writes, for every format.
var exportWhat = []string{"articles", "quotes", "events", "places"}

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "export", "[--db PATH|URL] [--format jsonl|csv|geojson] [--what articles|quotes|events|places] [--actor A] [--min-confidence X] [--duplicates]")
	db := dbFlag(fs, "store")
	format := fs.String("format", "jsonl", "`format`: jsonl (one JSON object a line), csv (a table with a header) or geojson (a FeatureCollection)")
	what := fs.String("what", "", "what to write, in every format: `articles|quotes|events|places` (default: articles for jsonl, events for csv, places for geojson)")
	actor := fs.String("actor", "", "only what involves this `actor` (any of its names, its actor id or code): the articles and places of the articles naming it, its quotes, the events it is source or target of")
	dups := fs.Bool("duplicates", false, "include articles marked as duplicates")
	minConf := fs.Float64("min-confidence", 0, "keep only the quotes and events whose confidence is at least `X` (0 to 1; with --what articles --format jsonl, in each analysis)")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	sel := store.Filter{IncludeDuplicates: *dups, Actor: strings.TrimSpace(*actor), MinConfidence: *minConf}
	w, err := exportKind(*format, *what)
	if err != nil {
		return err
	}
	if err := checkMinConfidence(*minConf, *format, w); err != nil {
		return err
	}
	st, err := openStoreRead(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	switch {
	case *format == "jsonl" && w == "articles":
		return exportJSONL(ctx, env.Stdout, st, sel)
	case *format == "jsonl":
		return exportRowsJSONL(ctx, env.Stdout, tableOf(st, w, sel))
	case *format == "csv":
		return exportCSV(ctx, env.Stdout, tableOf(st, w, sel))
	}
	return exportGeoJSON(ctx, env.Stdout, st, w, sel)
}

// checkMinConfidence refuses a threshold outside [0, 1], or one given for
// an export without quotes or events.
func checkMinConfidence(x float64, format, what string) error {
	if !(x >= 0 && x <= 1) {
		return usageError("--min-confidence must be a number from 0 to 1, not %v", x)
	}
	if x > 0 && what != "quotes" && what != "events" && (what != "articles" || format != "jsonl") {
		return usageError("--min-confidence applies to quotes and events: use it with --what quotes|events, or --what articles --format jsonl")
	}
	return nil
}

// exportKind checks --format and --what and returns what to write.
func exportKind(format, what string) (string, error) {
	def := map[string]string{"jsonl": "articles", "csv": "events", "geojson": "places"}[format]
	if def == "" {
		return "", usageError("--format must be jsonl, csv or geojson, not %q", format)
	}
	if what == "" {
		return def, nil
	}
	if !slices.Contains(exportWhat, what) {
		return "", usageError("--what must be articles, quotes, events or places, not %q", what)
	}
	if format == "geojson" && what == "quotes" {
		return "", usageError("--format geojson needs places, and quotes have none: export quotes as jsonl or csv, or --what articles|events|places as geojson")
	}
	return what, nil
}

// exportJSONL writes every stored analysis, one JSON object a line, with
// the store's id, story and duplicate verdict added; quotes and events
// below sel.MinConfidence are left out.
func exportJSONL(ctx context.Context, w io.Writer, st store.Store, sel store.Filter) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return eachArticle(ctx, st, sel, func(a *store.Article) error {
		if sel.MinConfidence > 0 {
			an := *a.Analysis
			an.Quotes = slices.DeleteFunc(slices.Clone(an.Quotes), func(q quote.Quote) bool { return q.Confidence < sel.MinConfidence })
			an.Events = slices.DeleteFunc(slices.Clone(an.Events), func(e event.Event) bool { return e.Confidence < sel.MinConfidence })
			a.Analysis = &an
		}
		return enc.Encode(struct {
			ArticleID   string `json:"article_id"`
			StoryID     string `json:"story_id,omitempty"`
			DuplicateOf string `json:"duplicate_of,omitempty"`
			*extract.Analysis
		}{a.ID, a.StoryID, a.DuplicateOf, a.Analysis})
	})
}

// eachArticle calls fn with every stored article that has an analysis and
// is selected (duplicates only with sel.IncludeDuplicates, those naming
// sel.Actor), in the store's order.
func eachArticle(ctx context.Context, st store.Store, sel store.Filter, fn func(a *store.Article) error) error {
	keep, err := selected(ctx, st, sel)
	if err != nil {
		return err
	}
	for r, err := range st.Raw(ctx) {
		if err != nil {
			return err
		}
		if !keep(r) {
			continue
		}
		a, err := st.Get(ctx, r.ID)
		if err != nil {
			return err
		}
		if a.Analysis == nil {
			continue
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

// table is one listing as rows of cells under a header.
type table struct {
	header  []string
	numeric []int // columns that are numbers (JSON numbers in jsonl)
	each    func(ctx context.Context, fn func(row []string) error) error
}

// tableOf is the table of what ("articles", "quotes", "events", "places").
func tableOf(st store.Store, what string, sel store.Filter) table {
	switch what {
	case "articles":
		return articleTable(st, sel)
	case "quotes":
		return quoteTable(st, sel)
	case "places":
		return placeTable(st, sel)
	}
	return eventTable(st, sel)
}

// paged turns a listing paged by store.Filter into a table's each: sel
// with one page's Limit and Offset.
func paged(sel store.Filter, page func(ctx context.Context, f store.Filter) (rows [][]string, total int, err error)) func(context.Context, func([]string) error) error {
	return func(ctx context.Context, fn func([]string) error) error {
		for off := 0; ; off += store.MaxLimit {
			f := sel
			f.Limit, f.Offset = store.MaxLimit, off
			rows, total, err := page(ctx, f)
			if err != nil {
				return err
			}
			for _, r := range rows {
				if err := fn(r); err != nil {
					return err
				}
			}
			if off+store.MaxLimit >= total || len(rows) == 0 {
				return nil
			}
		}
	}
}

func exportCSV(ctx context.Context, w io.Writer, t table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.header); err != nil {
		return err
	}
	if err := t.each(ctx, func(row []string) error {
		for i, cell := range row {
			row[i] = csvCell(cell)
		}
		return cw.Write(row)
	}); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// exportRowsJSONL writes a table as JSON Lines: one object a row, keyed by
// the CSV header.
func exportRowsJSONL(ctx context.Context, w io.Writer, t table) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return t.each(ctx, func(row []string) error {
		obj := make(map[string]any, len(row))
		for i, cell := range row {
			obj[t.header[i]] = cell
		}
		for _, i := range t.numeric {
			obj[t.header[i]] = json.Number(row[i])
		}
		return enc.Encode(obj)
	})
}

// csvCell neutralises a cell a spreadsheet would run as a formula, as
// OWASP's "CSV injection" page recommends: one that starts with =, +, -,
// @, a tab or a carriage return gets a leading apostrophe, so a crawled
// "source": "=HYPERLINK(…)" is shown as text. Numbers (-3.5, a longitude)
// are left alone: a cell that parses whole as a number is no formula.
func csvCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return s
		}
		return "'" + s
	}
	return s
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func eventTable(st store.Store, sel store.Filter) table {
	return table{
		header:  []string{"article_id", "story_id", "source", "published", "type", "cameo", "actor1", "actor1_code", "actor2", "actor2_code", "place", "date", "modality", "evidence", "confidence"},
		numeric: []int{14},
		each: paged(sel, func(ctx context.Context, f store.Filter) ([][]string, int, error) {
			p, err := st.Events(ctx, f)
			var rows [][]string
			for _, e := range p.Items {
				rows = append(rows, []string{e.ArticleID, e.StoryID, e.Source, day(e.Published), e.Type, e.CAMEO, e.Actor1, e.Actor1Code, e.Actor2, e.Actor2Code, e.Place, e.Date, e.Modality, e.Evidence, ftoa(e.Confidence)})
			}
			return rows, p.Total, err
		}),
	}
}

func quoteTable(st store.Store, sel store.Filter) table {
	return table{
		header:  []string{"article_id", "story_id", "source", "published", "speaker", "cue", "kind", "content", "confidence"},
		numeric: []int{8},
		each: paged(sel, func(ctx context.Context, f store.Filter) ([][]string, int, error) {
			p, err := st.Quotes(ctx, f)
			var rows [][]string
			for _, q := range p.Items {
				rows = append(rows, []string{q.ArticleID, q.StoryID, q.Source, day(q.Published), q.Speaker, q.Cue, q.Kind, q.Content, ftoa(q.Confidence)})
			}
			return rows, p.Total, err
		}),
	}
}

func placeTable(st store.Store, sel store.Filter) table {
	return table{
		header:  []string{"name", "country", "kind", "lat", "lon", "stories", "articles", "mentions"},
		numeric: []int{3, 4, 5, 6, 7},
		each: paged(store.Filter{Actor: sel.Actor}, func(ctx context.Context, f store.Filter) ([][]string, int, error) {
			p, err := st.Places(ctx, f)
			var rows [][]string
			for _, pl := range p.Items {
				rows = append(rows, []string{pl.Name, pl.Country, pl.Kind, ftoa(pl.Lat), ftoa(pl.Lon), strconv.Itoa(pl.Stories), strconv.Itoa(pl.Articles), strconv.Itoa(pl.Mentions)})
			}
			return rows, p.Total, err
		}),
	}
}

func articleTable(st store.Store, sel store.Filter) table {
	return table{
		header: []string{"article_id", "story_id", "duplicate_of", "source", "published", "url", "title"},
		each: func(ctx context.Context, fn func([]string) error) error {
			keep, err := selected(ctx, st, sel)
			if err != nil {
				return err
			}
			for r, err := range st.Raw(ctx) {
				if err != nil {
					return err
				}
				if !keep(r) {
					continue
				}
				if err := fn([]string{r.ID, r.StoryID, r.DuplicateOf, r.Source, day(r.Published), r.URL, r.Title}); err != nil {
					return err
				}
			}
			return nil
		},
	}
}
