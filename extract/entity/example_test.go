package entity_test

import (
	"context"
	"fmt"

	"github.com/marsad/marsad/extract/entity"
)

func Example() {
	r, err := entity.Load() // once; safe for concurrent use
	if err != nil {
		fmt.Println(err)
		return
	}
	body := "أكد اللواء أحمد المسماري، المتحدث باسم الجيش الليبي، أن المعركة قريبة. وأشار المسماري إلى تحركات في سرت."
	res, err := r.Analyze(context.Background(), body)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range res.Entities {
		if e.Type == entity.PER {
			fmt.Println(e.Type, e.Canonical, len(e.Mentions), e.Roles)
		}
	}
	for _, n := range res.Nationalities {
		fmt.Println(n.Text, n.Code)
	}
	// Output:
	// PER أحمد المسماري 2 [اللواء المتحدث باسم الجيش الليبي]
	// الليبي LBY
}
