package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/marsad/marsad/ingest"
)

func runStats(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "stats", "[--db PATH|URL] [--json]")
	db := dbFlag(fs, "store")
	asJSON := fs.Bool("json", false, "print the counts as JSON")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	st, err := openStoreRead(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	fmt.Fprintf(env.Stdout, "articles    %d (%d duplicates, %d stories, %d sources)\nentities    %d (%d mentions)\nquotes      %d\nevents      %d\nplaces      %d\ntimes       %d\nsize        %s (schema %d)\n",
		s.Articles, s.Duplicates, s.Stories, s.Sources, s.Entities, s.Mentions, s.Quotes, s.Events, s.Places, s.Times, ingest.HumanBytes(s.Bytes), s.SchemaVersion)
	return nil
}
