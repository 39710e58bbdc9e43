package event

import (
	"reflect"
	"sync"
	"testing"

	"github.com/marsad/marsad/arabic"
)

// wordCacheTexts are sentences that exercise nationalities, agents,
// protesters and triggers.
var wordCacheTexts = []string{
	"والتقى وزير الخارجية سامح شكري في القاهرة بنظيره الروسي سيرغي لافروف.",
	"وأطلق مسلحون مجهولون النار على قوات الشرطة. وتظاهر آلاف المتظاهرين في بغداد، ورفضت الحكومة الاقتراح.",
	"قال الجنود الأمريكيون إن الهجوم الإيراني أدى إلى مقتل مدنيين سوريين.\n\nورحب المصري بالاتفاق مع العراقيين.",
}

// TestCodeConcurrent codes the same inputs from several goroutines with one
// Coder (run it with -race): the shared word memo must not change results.
func TestCodeConcurrent(t *testing.T) {
	c, err := New(fakeActors{})
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]Event, len(wordCacheTexts))
	for i, s := range wordCacheTexts {
		want[i] = c.Code(mkInput(s, nil))
	}
	fresh, _ := New(fakeActors{})
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				for i, s := range wordCacheTexts {
					if got := fresh.Code(mkInput(s, nil)); !reflect.DeepEqual(got, want[i]) {
						t.Errorf("text %d: concurrent result differs", i)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// TestCodeDocument checks that giving the coder the document it would
// build itself changes nothing.
func TestCodeDocument(t *testing.T) {
	c, err := New(fakeActors{})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range wordCacheTexts {
		in := mkInput(s, nil)
		want := c.Code(in)
		in.Doc = arabic.NewDocument(s)
		if got := c.Code(in); !reflect.DeepEqual(got, want) {
			t.Errorf("text %d: with the document %v, without %v", i, got, want)
		}
	}
}

func TestWordCacheTextsCodeEvents(t *testing.T) {
	c, _ := New(fakeActors{})
	n := 0
	for _, s := range wordCacheTexts {
		n += len(c.Code(mkInput(s, nil)))
	}
	if n == 0 {
		t.Fatal("the test texts code no event: the tests above check nothing")
	}
}
