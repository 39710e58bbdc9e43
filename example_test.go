package marsad_test

import (
	"context"
	"fmt"
	"time"

	"github.com/marsad/marsad"
)

func Example() {
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		panic(err)
	}
	page := []byte("المغرب يستضيف محادثات ليبية\n\n" +
		"التقى وزير الخارجية المغربي ناصر بوريطة اليوم الخميس في الرباط بوفد ليبي رفيع المستوى.\n\n" +
		"وقال بوريطة إن \"الحل السياسي هو الطريق الوحيد لإنهاء الأزمة\".")
	an, err := az.Analyze(context.Background(), marsad.Input{Data: page, ReferenceDate: time.Date(2020, 7, 16, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	fmt.Println(an.Title)
	for _, q := range an.Quotes {
		fmt.Printf("%s — %s — «%s»\n", q.Speaker, q.Cue, q.Content)
	}
	for _, t := range an.Times {
		fmt.Println(t.Text, t.Value)
	}
	// Output:
	// المغرب يستضيف محادثات ليبية
	// ناصر بوريطة — قال — «الحل السياسي هو الطريق الوحيد لإنهاء الأزمة»
	// اليوم الخميس 2020-07-16
}
