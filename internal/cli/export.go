package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"time"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/store"
)

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "export", "[--db PATH|URL] --format jsonl|csv|geojson [--what articles|quotes|events|places]")
	db := dbFlag(fs, "store")
	format := fs.String("format", "jsonl", "`format`: jsonl (one analysis per line), csv (a table of --what) or geojson (places)")
	what := fs.String("what", "", "for csv: quotes, events or places (default events)")
	dups := fs.Bool("duplicates", false, "include articles marked as duplicates")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := openStoreRead(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	switch *format {
	case "jsonl":
		return exportJSONL(ctx, env.Stdout, st, *dups)
	case "geojson":
		return exportGeoJSON(ctx, env.Stdout, st)
	case "csv":
		switch *what {
		case "", "events":
			return exportCSV(ctx, env.Stdout, eventTable(st, *dups))
		case "quotes":
			return exportCSV(ctx, env.Stdout, quoteTable(st, *dups))
		case "places":
			return exportCSV(ctx, env.Stdout, placeTable(st))
		}
		return usageError("--what must be quotes, events or places, not %q", *what)
	}
	return usageError("--format must be jsonl, csv or geojson, not %q", *format)
}

// exportJSONL writes every stored analysis, one JSON object a line, with
// the store's id, story and duplicate verdict added.
func exportJSONL(ctx context.Context, w io.Writer, st store.Store, dups bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for r, err := range st.Raw(ctx) {
		if err != nil {
			return err
		}
		a, err := st.Get(ctx, r.ID)
		if err != nil {
			return err
		}
		if a.Analysis == nil || (a.DuplicateOf != "" && !dups) {
			continue
		}
		if err := enc.Encode(struct {
			ArticleID   string `json:"article_id"`
			StoryID     string `json:"story_id,omitempty"`
			DuplicateOf string `json:"duplicate_of,omitempty"`
			*extract.Analysis
		}{a.ID, a.StoryID, a.DuplicateOf, a.Analysis}); err != nil {
			return err
		}
	}
	return nil
}

// table pages through one listing as CSV rows.
type table struct {
	header []string
	page   func(ctx context.Context, f store.Filter) (rows [][]string, total int, err error)
}

func exportCSV(ctx context.Context, w io.Writer, t table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.header); err != nil {
		return err
	}
	for off := 0; ; off += store.MaxLimit {
		rows, total, err := t.page(ctx, store.Filter{Limit: store.MaxLimit, Offset: off})
		if err != nil {
			return err
		}
		for _, row := range rows {
			for i, cell := range row {
				row[i] = csvCell(cell)
			}
		}
		if err := cw.WriteAll(rows); err != nil {
			return err
		}
		if off+store.MaxLimit >= total || len(rows) == 0 {
			break
		}
	}
	cw.Flush()
	return cw.Error()
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

func exportGeoJSON(ctx context.Context, w io.Writer, st store.Store) error {
	type feature struct {
		Type       string         `json:"type"`
		Geometry   any            `json:"geometry"`
		Properties map[string]any `json:"properties"`
	}
	fc := struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{Type: "FeatureCollection", Features: []feature{}}
	for off := 0; ; off += store.MaxLimit {
		p, err := st.Places(ctx, store.Filter{Limit: store.MaxLimit, Offset: off})
		if err != nil {
			return err
		}
		for _, pl := range p.Items {
			props := map[string]any{"name": pl.Name, "country": pl.Country, "kind": pl.Kind,
				"stories": pl.Stories, "articles": pl.Articles, "mentions": pl.Mentions}
			fc.Features = append(fc.Features, feature{Type: "Feature", Properties: props,
				Geometry: map[string]any{"type": "Point", "coordinates": []float64{pl.Lon, pl.Lat}}})
		}
		if off+store.MaxLimit >= p.Total || len(p.Items) == 0 {
			break
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(fc)
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func eventTable(st store.Store, dups bool) table {
	return table{
		header: []string{"article_id", "story_id", "source", "published", "type", "cameo", "actor1", "actor1_code", "actor2", "actor2_code", "place", "date", "modality", "evidence"},
		page: func(ctx context.Context, f store.Filter) ([][]string, int, error) {
			f.IncludeDuplicates = dups
			p, err := st.Events(ctx, f)
			var rows [][]string
			for _, e := range p.Items {
				rows = append(rows, []string{e.ArticleID, e.StoryID, e.Source, day(e.Published), e.Type, e.CAMEO, e.Actor1, e.Actor1Code, e.Actor2, e.Actor2Code, e.Place, e.Date, e.Modality, e.Evidence})
			}
			return rows, p.Total, err
		},
	}
}

func quoteTable(st store.Store, dups bool) table {
	return table{
		header: []string{"article_id", "story_id", "source", "published", "speaker", "cue", "kind", "content"},
		page: func(ctx context.Context, f store.Filter) ([][]string, int, error) {
			f.IncludeDuplicates = dups
			p, err := st.Quotes(ctx, f)
			var rows [][]string
			for _, q := range p.Items {
				rows = append(rows, []string{q.ArticleID, q.StoryID, q.Source, day(q.Published), q.Speaker, q.Cue, q.Kind, q.Content})
			}
			return rows, p.Total, err
		},
	}
}

func placeTable(st store.Store) table {
	return table{
		header: []string{"name", "country", "kind", "lat", "lon", "stories", "articles", "mentions"},
		page: func(ctx context.Context, f store.Filter) ([][]string, int, error) {
			p, err := st.Places(ctx, f)
			var rows [][]string
			for _, pl := range p.Items {
				rows = append(rows, []string{pl.Name, pl.Country, pl.Kind, ftoa(pl.Lat), ftoa(pl.Lon), strconv.Itoa(pl.Stories), strconv.Itoa(pl.Articles), strconv.Itoa(pl.Mentions)})
			}
			return rows, p.Total, err
		},
	}
}
