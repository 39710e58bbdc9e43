package cli

import (
	"context"
	"encoding/json"
	"io"

	"github.com/marsad/marsad/store"
)

// feature is one GeoJSON (RFC 7946) feature; a nil Geometry is an
// unlocated feature (written as null).
type feature struct {
	Type       string         `json:"type"`
	Geometry   any            `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

func point(lon, lat float64) any {
	return map[string]any{"type": "Point", "coordinates": []float64{lon, lat}}
}

// exportGeoJSON writes a FeatureCollection of what: places (a point each),
// events (at their place when it is a stored place, else unlocated) or
// articles (the points of the places they name).
func exportGeoJSON(ctx context.Context, w io.Writer, st store.Store, what string, sel store.Filter) error {
	features := []feature{}
	add := func(f feature) error { features = append(features, f); return nil }
	var err error
	switch what {
	case "places":
		err = eachPlace(ctx, st, sel.Actor, func(pl store.PlaceRow) error {
			return add(feature{"Feature", point(pl.Lon, pl.Lat), map[string]any{"name": pl.Name, "country": pl.Country, "kind": pl.Kind,
				"stories": pl.Stories, "articles": pl.Articles, "mentions": pl.Mentions}})
		})
	case "events":
		at := map[string]any{}
		if err = eachPlace(ctx, st, "", func(pl store.PlaceRow) error {
			if _, ok := at[pl.Name]; !ok { // the most mentioned place of that name
				at[pl.Name] = point(pl.Lon, pl.Lat)
			}
			return nil
		}); err != nil {
			return err
		}
		t := eventTable(st, sel)
		err = t.each(ctx, func(row []string) error {
			props := make(map[string]any, len(row))
			for i, c := range row {
				props[t.header[i]] = c
			}
			for _, i := range t.numeric {
				props[t.header[i]] = json.Number(row[i])
			}
			return add(feature{"Feature", at[props["place"].(string)], props})
		})
	case "articles":
		err = eachArticle(ctx, st, sel, func(a *store.Article) error {
			var coords [][]float64
			for _, p := range a.Analysis.Places {
				coords = append(coords, []float64{p.Lon, p.Lat})
			}
			var geom any
			if len(coords) > 0 {
				geom = map[string]any{"type": "MultiPoint", "coordinates": coords}
			}
			return add(feature{"Feature", geom, map[string]any{"article_id": a.ID, "story_id": a.StoryID, "duplicate_of": a.DuplicateOf,
				"source": a.Source, "published": day(a.Published), "url": a.URL, "title": a.Title}})
		})
	}
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{"FeatureCollection", features})
}

// eachPlace calls fn with every stored place (of the articles naming
// actor, when set), most mentioned first.
func eachPlace(ctx context.Context, st store.Store, actor string, fn func(store.PlaceRow) error) error {
	for off := 0; ; off += store.MaxLimit {
		p, err := st.Places(ctx, store.Filter{Actor: actor, Limit: store.MaxLimit, Offset: off})
		if err != nil {
			return err
		}
		for _, pl := range p.Items {
			if err := fn(pl); err != nil {
				return err
			}
		}
		if off+store.MaxLimit >= p.Total || len(p.Items) == 0 {
			return nil
		}
	}
}
