package document

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/sharedtest"
)

// Invented ledes of other stories, as a teaser box holds them.
const (
	lede1 = "أعلنت وزارة الصحة، الأحد، عن افتتاح مستشفى جديد في العاصمة بسعة مئتي سرير."
	lede2 = "قال رئيس الوزراء، الاثنين، إن الحكومة ستقدم موازنة العام المقبل إلى البرلمان الشهر المقبل."
	lede3 = "تغلب المنتخب الوطني على ضيفه بهدفين نظيفين في المباراة الودية التي أقيمت مساء الثلاثاء."
	lede4 = "وافق مجلس الإدارة على خطة توسع تشمل افتتاح عشرة فروع جديدة في المدن الكبرى."
	// ledeCut stops mid-sentence, as a description cut to a fixed length.
	ledeCut = "كشفت دراسة حديثة أجرتها جامعة أوروبية على آلاف المتطوعين أن النوم المتأخر يؤثر في صحة القلب على المدى"
)

func TestDropTeaserBox(t *testing.T) {
	lastPara := "وختم المتحدث بالقول إن اللجنة ستعلن نتائج التحقيق خلال أسبوعين."
	text := func(ss ...string) []block {
		var bs []block
		for _, s := range ss {
			bs = append(bs, block{text: s})
		}
		return bs
	}
	gapAt := func(bs []block, i int) []block { bs[i].gap = true; return bs }
	for _, tc := range []struct {
		name string
		in   []block
		want int // blocks kept
	}{
		{"five ledes, one cut", text(para1, para2, lastPara, lede1, lede2, ledeCut, lede3, lede4), 3},
		{"five complete ledes stay", text(para1, para2, lastPara, lede1, lede2, lede3, lede4, lede1), 8},
		{"four ledes, one cut, stay", text(para1, para2, lastPara, lede1, ledeCut, lede3, lede4), 7},
		{"three ledes after the only blank line", gapAt(text(para1, para2, lastPara, lede1, lede2, lede3), 3), 3},
		{"two ledes after a blank line stay", gapAt(text(para1, para2, lastPara, lede2, lede3), 3), 5},
		{"blank lines between all paragraphs", gapAt(gapAt(gapAt(text(para1, para2, lastPara, lede1, lede2, lede3), 1), 2), 3), 6},
		{"continuation openers stay", text(para1, lastPara, "كما أعلنت وزارة الصحة عن افتتاح مستشفى جديد في العاصمة بسعة مئتي سرير", lede2, ledeCut, lede3, lede4), 7},
		{"two paragraphs opening with wa stay", text(para1, lastPara, "و"+lede1, "و"+lede2, ledeCut, lede3, lede4), 7},
		{"list items stay", text(para1, lastPara,
			"المجموعة الأولى - فرنسا والدنمارك وبيرو وأستراليا في صراع مفتوح على بطاقتي التأهل",
			"المجموعة الثانية - الأرجنتين وكرواتيا وآيسلندا ونيجيريا في صراع مفتوح على بطاقتي التأهل",
			"المجموعة الثالثة - البرازيل وسويسرا وصربيا وكوستاريكا في صراع مفتوح على بطاقتي التأهل",
			"المجموعة الرابعة - ألمانيا والمكسيك والسويد وكوريا في صراع مفتوح على بطاقتي التأهل",
			"المجموعة الخامسة - بلجيكا وبنما وتونس وإنجلترا في صراع مفتوح على بطاقتي التأهل"), 7},
		{"paragraphs of several sentences stay", text(para1, lastPara,
			"تراجعت أسعار النفط في تعاملات اليوم. وعزا المحللون ذلك إلى زيادة المخزونات الأمريكية",
			lede2, ledeCut, lede3, "ارتفعت أسهم البنوك في البورصة بعد إعلان النتائج. وقال متعاملون إن الطلب كان قويا"), 7},
		{"a body of ledes keeps its first paragraph", text(lede1, lede2, ledeCut, lede3, lede4), 5},
		{"headings are not ledes", append(text(para1, lastPara, lede1, lede2, ledeCut, lede3), block{text: lede4, heading: true}), 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := dropTeaserBox(slices.Clone(tc.in))
			if len(got) != tc.want {
				var ss []string
				for _, b := range got {
					ss = append(ss, b.text)
				}
				t.Fatalf("kept %d blocks, want %d:\n%s", len(got), tc.want, strings.Join(ss, "\n"))
			}
			for i, b := range got {
				if b != tc.in[i] {
					t.Fatalf("block %d changed: %q", i, b.text)
				}
			}
		})
	}
}

func TestInnerSentenceEnd(t *testing.T) {
	for s, want := range map[string]bool{
		"جملة أولى. وجملة ثانية":    true,
		"سؤال أول؟ وجواب بعده":      true,
		"جملة واحدة تنتهي بنقطة.":   false,
		"عنوان.. وتكملة بعد نقطتين": false,
		"رقم عشري 3.5 في المئة":     false,
	} {
		if got := innerSentenceEnd(s); got != want {
			t.Errorf("innerSentenceEnd(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestParseRecordDropsTeaserBox(t *testing.T) {
	body := []string{para1, para2, para3, lede1, lede2, ledeCut, lede3, lede4}
	rec := `{"id":"x","title":"عنوان","text":` + jsonString(strings.Join(body, "\n")) + `}`
	a, err := ParseRecord([]byte(rec))
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join([]string{para1, para2, para3}, "\n\n"); a.Body != want {
		t.Errorf("body = %q, want the three article paragraphs", a.Body)
	}
	checkParagraphs(t, a)
}

// jsonString quotes s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}

// minRecurring is how many paragraphs of a dropped teaser box must recur
// in other records of the corpus for the box to count as confirmed.
const minRecurring = 2

// TestTeaserBoxCorpus checks the teaser-box rule against evidence that it
// never reads: a related-stories box shows the same ledes under many
// articles, so the paragraphs of a true box recur in other records of the
// news corpus (under another title), while an article's own closing
// paragraphs do not. Every box the rule drops must have at least
// minRecurring recurring paragraphs; the records whose last five
// paragraphs recur, all or all but one (the box the rule should find),
// measure its recall.
// Needs ../shared (fails without it under CI=true); skipped with -short.
func TestTeaserBoxCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	data, err := os.ReadFile(sharedtest.Path(t, "data", "news", "ant-2018.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	type rec struct{ id, title, text string }
	var recs []rec
	for _, l := range gunzipLines(t, data, 1, 0) {
		r := readCorpusRecord(t, l)
		recs = append(recs, rec{r.ID, oneLine(r.Title), r.Text})
	}
	// titleOf[line] is the title of the first record holding line, or ""
	// once a record of another title holds it too.
	titleOf := map[string]string{}
	recurs := func(line, title string) bool { t, ok := titleOf[line]; return ok && (t == "" || t != title) }
	for _, r := range recs {
		for _, b := range splitLines(r.text) {
			if countWords(b.text) < minTeaserWords {
				continue
			}
			if t, ok := titleOf[b.text]; !ok {
				titleOf[b.text] = r.title
			} else if t != r.title {
				titleOf[b.text] = ""
			}
		}
	}
	var fired, unconfirmed int
	expected, found := map[string]int{}, map[string]int{}
	bySource := map[string]int{}
	for _, r := range recs {
		blocks := dropLinkRuns(takeHead(&Article{}, dropBoilerplate(splitLines(r.text), r.title)))
		box := blocks[len(dropTeaserBox(blocks)):]
		if len(box) > 0 {
			fired++
			bySource[r.id[:2]]++
			n := 0
			for _, b := range box {
				if recurs(b.text, r.title) {
					n++
				}
			}
			if n < minRecurring {
				unconfirmed++
				t.Logf("%s: box of %d, %d recurring: %q", r.id, len(box), n, box[0].text)
			}
		}
		if len(blocks) > maxTeasers {
			n := 0
			for _, b := range blocks[len(blocks)-maxTeasers:] {
				if recurs(b.text, r.title) {
					n++
				}
			}
			if n >= maxTeasers-1 {
				expected[r.id[:2]]++
				if len(box) > 0 {
					found[r.id[:2]]++
				}
			}
		}
	}
	t.Logf("%d records: %d teaser boxes dropped (by source prefix %v), %d without %d recurring paragraphs", len(recs), fired, bySource, unconfirmed, minRecurring)
	t.Logf("records whose last %d paragraphs recur but one, by source prefix: %v; their box found: %v", maxTeasers, expected, found)
	if unconfirmed*100 > fired {
		t.Errorf("%d of %d dropped boxes have fewer than %d paragraphs recurring elsewhere in the corpus", unconfirmed, fired, minRecurring)
	}
}
