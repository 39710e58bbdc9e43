package timex_test

import (
	"fmt"
	"time"

	"github.com/marsad/marsad/extract/timex"
)

func ExampleFind() {
	ref := time.Date(2020, 7, 16, 0, 0, 0, 0, time.UTC)
	text := "والتقى الرئيس صباح اليوم الخميس بمشايخ القبائل، بعد هجوم تتحضر له القوات منذ بضعة أسابيع، واستمر ثلاثة أيام. وتعيش ليبيا حالة من الفوضى منذ 2011."
	for _, e := range timex.Find(text, ref) {
		fmt.Printf("%s | %s | %s\n", e.Text, e.Type, e.Value)
	}
	// Output:
	// اليوم الخميس | DATE | 2020-07-16
	// منذ بضعة أسابيع | DATE | relative: a few weeks before the reference date
	// ثلاثة أيام | DURATION | P3D
	// 2011 | DATE | 2011
}
