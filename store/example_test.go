package store_test

import (
	"fmt"

	"github.com/marsad/marsad/store"
)

func ExampleParseQuery() {
	q, err := store.ParseQuery(`"الجيش الليبي" OR سرت -طرابلس`)
	if err != nil {
		fmt.Println(err)
		return
	}
	// AND binds tighter than OR: "..." OR (سرت NOT طرابلس).
	fmt.Println(q.Kind == store.QueryOr, len(q.Children))
	// Output: true 2
}

func ExampleMakeSnippets() {
	body := "أعلن الجيش الليبي تقدمه نحو سرت بعد معارك عنيفة."
	q, _ := store.ParseQuery("سرت")
	for _, s := range store.MakeSnippets(body, q.PositiveKeys(), 1) {
		h := s.Highlights[0]
		fmt.Printf("%q at %d:%d\n", body[h.Start:h.End], h.Start, h.End)
	}
	// Output: "سرت" at 51:57
}
