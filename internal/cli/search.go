package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/marsad/marsad/store"
)

func runSearch(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "search", "[--db PATH|URL] [--json] [filters] QUERY")
	db := dbFlag(fs, "store")
	asJSON := fs.Bool("json", false, `print {"total": N, "results": [...]} as JSON`)
	limit := fs.Int("limit", 10, "results per page")
	offset := fs.Int("offset", 0, "results to skip")
	actor := fs.String("actor", "", "only articles mentioning this `actor` (any of its names, spellings or aliases, its actor id or code: one actor whatever the form)")
	source := fs.String("source", "", "only articles from this `source`")
	place := fs.String("place", "", "only articles tied to this `place` (name or ISO country code)")
	evType := fs.String("event", "", "only articles with an event of this PLOVER `type`")
	from := fs.String("from", "", "published on or after this `date` (YYYY-MM-DD)")
	to := fs.String("to", "", "published on or before this `date` (YYYY-MM-DD)")
	dups := fs.Bool("duplicates", false, "include articles marked as duplicates")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	q := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if q == "" && *actor == "" && *source == "" && *place == "" && *evType == "" {
		return usageError("give a QUERY or a filter")
	}
	if *limit <= 0 || *limit > store.MaxLimit || *offset < 0 {
		return usageError("--limit must be 1..%d and --offset non-negative", store.MaxLimit)
	}
	f := store.Filter{Actor: *actor, Source: *source, Place: *place, EventType: strings.ToUpper(*evType), IncludeDuplicates: *dups, Limit: *limit, Offset: *offset}
	var err error
	if f.Since, err = parseDay(*from, "--from"); err != nil {
		return err
	}
	if f.Until, err = parseDay(*to, "--to"); err != nil {
		return err
	}
	if !f.Until.IsZero() {
		f.Until = f.Until.AddDate(0, 0, 1) // --to is inclusive
	}
	st, err := openStoreRead(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := st.Search(ctx, store.SearchQuery{Text: q, Filter: f})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Total   int         `json:"total"`
			Results []store.Hit `json:"results"`
		}{res.Total, nonNilHits(res.Hits)})
	}
	fmt.Fprintf(env.Stdout, "%d results\n", res.Total)
	for i, h := range res.Hits {
		date := ""
		if !h.Published.IsZero() {
			date = h.Published.Format(time.DateOnly)
		}
		fmt.Fprintf(env.Stdout, "\n%d. %s\n   %s  %s  %s\n", *offset+i+1, h.Title, h.ID, h.Source, date)
		for _, s := range h.Snippets {
			fmt.Fprintf(env.Stdout, "   …%s…\n", strings.ReplaceAll(s.Text, "\n", " "))
		}
	}
	return nil
}

func nonNilHits(h []store.Hit) []store.Hit {
	if h == nil {
		return []store.Hit{}
	}
	return h
}

func parseDay(s, flag string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, usageError("%s %q is not a date of the form YYYY-MM-DD", flag, s)
	}
	return t, nil
}
