package cli

import (
	"context"

	"github.com/marsad/marsad/store"
)

// selected returns the test export applies to a stored article: not a
// duplicate unless sel.IncludeDuplicates, and, when sel.Actor is set, one
// that names the actor (the articles search --actor finds).
func selected(ctx context.Context, st store.Store, sel store.Filter) (func(store.RawInput) bool, error) {
	dups := func(r store.RawInput) bool { return r.DuplicateOf == "" || sel.IncludeDuplicates }
	if sel.Actor == "" {
		return dups, nil
	}
	ids := map[string]bool{}
	for off := 0; ; off += store.MaxLimit {
		f := sel
		f.Limit, f.Offset = store.MaxLimit, off
		res, err := st.Search(ctx, store.SearchQuery{Filter: f, Sort: store.SortNewest, Snippets: -1})
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			ids[h.ID] = true
		}
		if len(res.Hits) == 0 || off+len(res.Hits) >= res.Total {
			break
		}
	}
	return func(r store.RawInput) bool { return ids[r.ID] && dups(r) }, nil
}
