package eval_test

import (
	"fmt"

	"github.com/marsad/marsad/eval"
	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/geo"
)

func ExampleScore() {
	g, err := eval.ParseGold([]byte(`{
		"id": "demo", "file": "seed/demo.txt", "format": "text",
		"title": "معركة سرت",
		"entities": [
			{"canonical": "خليفة حفتر", "type": "PER", "aliases": ["حفتر"], "min_mentions": 2},
			{"canonical": "سرت", "type": "LOC", "aliases": []}
		],
		"places": [{"name": "سرت", "country": "LY", "lat": 31.2089, "lon": 16.5887, "tolerance_km": 30}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := &extract.Analysis{
		Title: "معركة سرت",
		Entities: []entity.Entity{
			{Canonical: "حفتر", Type: "PER", Mentions: []entity.Mention{{Text: "حفتر", Start: 0, End: 8}, {Text: "حفتر", Start: 20, End: 28}}},
			{Canonical: "الرجمة", Type: "LOC"},
		},
		Places: []geo.Place{{Name: "سرت", Country: "LY", Lat: 31.21, Lon: 16.60}},
	}
	r := eval.Score(g, a)
	e := r.Entities.Counts
	fmt.Printf("title ok: %v\n", r.Cleaning.TitleOK)
	fmt.Printf("entities: P=%.2f R=%.2f F1=%.2f, missed %v, false positives %v\n", e.Precision(), e.Recall(), e.F1(), r.Entities.Misses, r.Entities.FalsePositives)
	fmt.Printf("places: F1=%.2f\n", r.Places.Counts.F1())
	// Output:
	// title ok: true
	// entities: P=0.50 R=0.50 F1=0.50, missed [LOC سرت], false positives [LOC الرجمة]
	// places: F1=1.00
}

func ExampleNormalize() {
	fmt.Println(eval.Normalize("  «الرئيسُ عبد الفتّاح السيسى» "))
	fmt.Println(eval.Tokens("أكّد، أن 'مصر'"))
	// Output:
	// الرييس عبد الفتاح السيسي
	// [اكد ان مصر]
}
