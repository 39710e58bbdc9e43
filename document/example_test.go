package document_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/marsad/marsad/document"
)

func ExampleParse() {
	page := `إعلان

معارك عنيفة حول المدينة.. ماذا يحدث؟

كتب : أحمد علي

شهدت المدينة اليوم معارك عنيفة بين القوات الحكومية والمسلحين، وفق ما أفادت مصادر محلية.

اقرأ أيضاً: خبر آخر لا علاقة له بالموضوع

ماذا يحدث في الشمال؟

وقالت المصادر إن الاشتباكات امتدت إلى الأحياء الشمالية من المدينة.

WhatsApp
Telegram`
	a, err := document.Parse(context.Background(), document.Input{Data: []byte(page)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", a.Title)
	fmt.Println("authors:", strings.Join(a.Authors, ", "))
	for _, p := range a.Paragraphs {
		fmt.Printf("%s: %s\n", p.Kind, a.Text(p))
	}
	// Output:
	// title: معارك عنيفة حول المدينة.. ماذا يحدث؟
	// authors: أحمد علي
	// text: شهدت المدينة اليوم معارك عنيفة بين القوات الحكومية والمسلحين، وفق ما أفادت مصادر محلية.
	// heading: ماذا يحدث في الشمال؟
	// text: وقالت المصادر إن الاشتباكات امتدت إلى الأحياء الشمالية من المدينة.
}

func ExampleScanJSONL() {
	data := `{"id": "a1", "title": "عنوان", "text": "نص الخبر الأول كاملا."}
{"id": "a2", "title": broken}
`
	err := document.ScanJSONL(context.Background(), strings.NewReader(data), func(line int, a *document.Article, err error) error {
		if err != nil {
			fmt.Println("skip:", err)
			return nil
		}
		fmt.Println(line, a.ID, a.Body)
		return nil
	})
	fmt.Println("done:", err)
	// Output:
	// 1 a1 نص الخبر الأول كاملا.
	// skip: document: line 2: json record: invalid character 'b' looking for beginning of value
	// done: <nil>
}

func ExampleParseDate() {
	t, err := document.ParseDate("نشر في الخميس ١٦ تموز/يوليو ٢٠٢٠ الساعة 10:30 م")
	fmt.Println(t.Format("2006-01-02 15:04"), err)
	// Output: 2020-07-16 22:30 <nil>
}
