package document

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/marsad/marsad/arabic"
)

// tokenF1 is the bag-of-tokens F1 of got against want (normalised words).
func tokenF1(got, want string) float64 {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.Fields(keyOf(s)) {
			m[w]++
		}
		return m
	}
	g, w := count(got), count(want)
	ng, nw, common := 0, 0, 0
	for k, n := range g {
		ng += n
		common += min(n, w[k])
	}
	for _, n := range w {
		nw += n
	}
	if ng == 0 || nw == 0 || common == 0 {
		return 0
	}
	p, r := float64(common)/float64(ng), float64(common)/float64(nw)
	return 2 * p * r / (p + r)
}

func TestHTMLCNNArabic(t *testing.T) {
	page := readTestdata(t, "html/newspaper_cnn_arabic/arabic_article.html")
	want := string(readTestdata(t, "html/newspaper_cnn_arabic/arabic_expected_text.txt"))
	a, err := Parse(context.Background(), Input{Data: page, Name: "arabic_article.html"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Format != string(FormatHTML) {
		t.Errorf("format = %q", a.Format)
	}
	if want := "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	f1 := tokenF1(a.Body, want)
	t.Logf("CNN Arabic token F1 = %.4f", f1)
	if f1 < 0.9 {
		t.Errorf("token F1 = %.3f < 0.9\n%s", f1, a.Body)
	}
	checkParagraphs(t, a)
}

// evalEntry is one trafilatura evaldata.json entry.
type evalEntry struct {
	Title   string   `json:"title"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

func TestHTMLAssabah(t *testing.T) {
	var entries map[string]evalEntry
	if err := json.Unmarshal(readTestdata(t, "html/trafilatura_assabah/evaldata_entry.json"), &entries); err != nil {
		t.Fatal(err)
	}
	page := readTestdata(t, "html/trafilatura_assabah/assabah.com.tn.article.html")
	for url, e := range entries {
		a, err := Parse(context.Background(), Input{Data: page, URL: url, ContentType: "text/html"})
		if err != nil {
			t.Fatal(err)
		}
		if keyOf(a.Title) != keyOf(e.Title) {
			t.Errorf("title = %q, want %q", a.Title, e.Title)
		}
		for _, s := range e.With {
			if !strings.Contains(a.Body, s) {
				t.Errorf("body lacks %q", s)
			}
		}
		for _, s := range e.Without {
			if strings.Contains(a.Body, s) || strings.Contains(arabic.Normalize(a.Body), arabic.Normalize(s)) {
				t.Errorf("body contains %q", s)
			}
		}
		checkParagraphs(t, a)
	}
}

func TestStripSiteSuffix(t *testing.T) {
	for _, tc := range []struct{ title, site, want string }{
		{"معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com", "", "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"},
		{"خبر عاجل عن الانتخابات | الجزيرة نت", "الجزيرة نت", "خبر عاجل عن الانتخابات"},
		{"اليوم السابع - وزير الخارجية يلتقي نظيره", "اليوم السابع", "وزير الخارجية يلتقي نظيره"},
		{"جبهة النصرة - كتيبة التوحيد", "", "جبهة النصرة - كتيبة التوحيد"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			if got := stripSiteSuffix(tc.title, tc.site); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestHTMLMetaAndCharset(t *testing.T) {
	const body = `<p>قال وزير الخارجية اليوم إن المحادثات بين الجانبين ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام أشهر عدة بسبب الخلافات حول جدول الأعمال والملفات العالقة بين البلدين.</p>
<h2>ملف الحدود</h2>
<p>وأضاف الوزير أن ملف الحدود سيكون في مقدمة القضايا المطروحة على طاولة المفاوضات، مشيرا إلى أن اللجان الفنية أنهت عملها التحضيري خلال الأيام الماضية بشكل كامل.</p>
<p>اقرأ أيضا: عنوان خبر آخر لا علاقة له بالموضوع</p>
<p>وختم بالقول إن بلاده حريصة على إنجاح هذه الجولة من المحادثات وإن الوفد المفاوض يحمل تعليمات واضحة بالتوصل إلى اتفاق شامل ينهي الخلافات القائمة.</p>`
	page := `<!DOCTYPE html><html lang="ar"><head><meta charset="windows-1256">
<title>استئناف المحادثات الأسبوع المقبل - موقع الأخبار</title>
<meta property="og:site_name" content="موقع الأخبار">
<meta property="article:published_time" content="2020-07-16T10:30:00+03:00">
<meta name="author" content="أحمد علي">
</head><body><article><h1>استئناف المحادثات الأسبوع المقبل</h1>` + body + `</article></body></html>`
	enc, err := encodeWindows1256(page)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(context.Background(), Input{Data: enc})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "استئناف المحادثات الأسبوع المقبل" {
		t.Errorf("title = %q", a.Title)
	}
	if got := a.Published.Format("2006-01-02T15:04:05-07:00"); got != "2020-07-16T10:30:00+03:00" {
		t.Errorf("published = %s", got)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "أحمد علي" {
		t.Errorf("authors = %q", a.Authors)
	}
	if len(a.Subheadings) != 1 || a.Subheadings[0] != "ملف الحدود" {
		t.Errorf("subheadings = %q", a.Subheadings)
	}
	if strings.Contains(a.Body, "اقرأ أيضا") || strings.Contains(a.Body, "عنوان خبر آخر") {
		t.Errorf("read-also link kept: %q", a.Body)
	}
	if !strings.Contains(a.Body, "وختم بالقول") {
		t.Errorf("body lost text: %q", a.Body)
	}
	checkParagraphs(t, a)
}
