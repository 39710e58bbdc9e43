package actor_test

import (
	"fmt"
	"time"

	"github.com/marsad/marsad/extract/actor"
)

func Example() {
	kb, err := actor.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	date := time.Date(2020, 7, 16, 0, 0, 0, 0, time.UTC)

	a, ok := kb.Link([]string{"خليفة حفتر", "حفتر", "المشير خليفة حفتر"}, []string{"المشير"}, date)
	fmt.Println(a.ID, a.Code, ok)

	a, _ = kb.Link([]string{"السيسى"}, nil, date)
	fmt.Println(a.ID, a.Code)

	code, _ := kb.Nationality("الأميركية")
	fmt.Println(code)

	fmt.Println(kb.CodeForRole("المتحدث باسم الجيش الليبي"))
	fmt.Println(kb.CodeForRoleIn("رئاسة الجمهورية", "EGY"))
	// Output:
	// khalifa-haftar LBYMIL true
	// abdel-fattah-el-sisi EGYGOV
	// USA
	// LBYMIL
	// EGYGOV
}
