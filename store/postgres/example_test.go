package postgres_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/postgres"
)

// Example stores an article and searches it. It needs a server, so it is
// compiled but not run by go test; the URL here comes from the
// environment (the tests' MARSAD_TEST_POSTGRES).
func Example() {
	ctx := context.Background()
	db, err := postgres.Open(ctx, postgres.Options{URL: os.Getenv("MARSAD_TEST_POSTGRES"), Schema: "marsad_example"})
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
	// With a server, it prints:
	// a1 true
	// 1 a1 3 سرت
}
