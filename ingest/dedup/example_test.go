package dedup_test

import (
	"fmt"
	"time"

	"github.com/marsad/marsad/ingest/dedup"
)

func Example() {
	d := dedup.New(dedup.Config{})
	t := time.Date(2018, 6, 11, 9, 0, 0, 0, time.UTC)
	text := "قال الرئيس الأميركي دونالد ترامب إن القمة مع الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة ستكون فرصة تاريخية للسلام في شبه الجزيرة الكورية."
	d.Add(dedup.Doc{ID: "sky-1", Title: "ترامب: قمة تاريخية", Body: text, Published: t})
	r := d.Add(dedup.Doc{ID: "arb-7", Title: "ترامب يتحدث عن القمة", Body: "قالَ " + text[len("قال "):], Published: t.Add(time.Hour)})
	fmt.Println(r.ExactOf, r.StoryID)
	// Output: sky-1 sky-1
}
