package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/marsad/marsad/store/sqlite"
)

func runStats(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "stats", "[--db PATH] [--json]")
	db := fs.String("db", "./"+sqlite.DefaultPath, "database `file`")
	asJSON := fs.Bool("json", false, "print the counts as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	out := struct {
		Articles      int   `json:"articles"`
		Duplicates    int   `json:"duplicates"`
		Stories       int   `json:"stories"`
		Sources       int   `json:"sources"`
		Entities      int   `json:"entities"`
		Mentions      int   `json:"mentions"`
		Quotes        int   `json:"quotes"`
		Events        int   `json:"events"`
		Places        int   `json:"places"`
		Times         int   `json:"times"`
		SchemaVersion int   `json:"schema_version"`
		Bytes         int64 `json:"bytes"`
	}{s.Articles, s.Duplicates, s.Stories, s.Sources, s.Entities, s.Mentions, s.Quotes, s.Events, s.Places, s.Times, s.SchemaVersion, s.Bytes}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	fmt.Fprintf(env.Stdout, "articles    %d (%d duplicates, %d stories, %d sources)\nentities    %d (%d mentions)\nquotes      %d\nevents      %d\nplaces      %d\ntimes       %d\nsize        %s (schema %d)\n",
		out.Articles, out.Duplicates, out.Stories, out.Sources, out.Entities, out.Mentions, out.Quotes, out.Events, out.Places, out.Times, humanBytes(out.Bytes), out.SchemaVersion)
	return nil
}
