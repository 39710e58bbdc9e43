package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
)

func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "marsad")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	db, err := sqlite.Open(ctx, sqlite.Options{Path: filepath.Join(dir, "marsad.db")})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	body := "أعلن الجيش الليبي تقدمه نحو سرت بعد معارك عنيفة."
	res, err := db.Put(ctx, &store.Article{ID: "a1", Source: "skynews", Title: "تقدم عسكري", Body: body,
		Raw: []byte(body), RawFormat: "text"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.ID, res.Created)

	r, err := db.Search(ctx, store.SearchQuery{Text: `"الجيش الليبي" سرت`})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range r.Hits {
		s := h.Snippets[0]
		fmt.Println(r.Total, h.ID, len(s.Highlights), body[s.Highlights[2].Start:s.Highlights[2].End])
	}
	// Output:
	// a1 true
	// 1 a1 3 سرت
}
