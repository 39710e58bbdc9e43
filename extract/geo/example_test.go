package geo_test

import (
	"fmt"

	"github.com/marsad/marsad/extract/geo"
)

func ExampleGazetteer_Find() {
	g, err := geo.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	body := "أكد المتحدث أن الساعات المقبلة ستشهد معركة كبرى في محيط سرت والجفرة، وطالب بتدخل مصر في ليبيا."
	for _, p := range g.Find(body, geo.Hints{}) {
		fmt.Printf("%s %s %s %.2f %.2f\n", p.Name, p.Country, p.Kind, p.Lat, p.Lon)
	}
	// Output:
	// سرت LY city 31.21 16.59
	// الجفرة LY region 29.05 15.95
	// مصر EG country 27.00 30.00
	// ليبيا LY country 25.00 17.00
}

func ExampleGazetteer_Lookup() {
	g, err := geo.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range g.Lookup("طرابلس") {
		fmt.Println(c.Country, c.Kind)
	}
	// Output:
	// LY city
	// LB city
}
