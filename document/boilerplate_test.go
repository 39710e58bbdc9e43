package document

import (
	"slices"
	"strings"
	"testing"
)

const (
	para1 = "قال وزير الخارجية اليوم إن المحادثات بين الجانبين ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام أشهر."
	para2 = "وأضاف الوزير أن ملف الحدود سيكون في مقدمة القضايا المطروحة على طاولة المفاوضات بين البلدين."
	para3 = "وختم بالقول إن بلاده حريصة على إنجاح هذه الجولة من المحادثات."
)

func TestDropBoilerplate(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []string
		want []string
	}{
		{"ad labels", []string{"إعلان", para1, "Advertisement", "اعلانات", para2}, []string{para1, para2}},
		{"read also same line colon", []string{para1, "اقرأ أيضاً: عنوان خبر آخر عن الموضوع", para2}, []string{para1, para2}},
		{"read also dots", []string{para1, "اقرأ ايضا.. عنوان خبر آخر", para2}, []string{para1, para2}},
		{"read also hamza", []string{para1, "إقرأ أيضا عنوان خبر آخر", para2}, []string{para1, para2}},
		{"read also next line", []string{para1, "اقرأ أيضا", "عنوان خبر آخر عن الموضوع", para2}, []string{para1, para2}},
		{"read also run of headlines", []string{para1, "اقرأ أيضاً:", "عنوان أول", "عنوان ثان \"بين قوسين\"", para2}, []string{para1, para2}},
		{"watch also", []string{para1, "شاهد أيضا: فيديو الحادث", para2}, []string{para1, para2}},
		{"see more", []string{para1, "طالع أيضا.. تقرير عن الأزمة", para2}, []string{para1, para2}},
		{"related topics", []string{para1, "مواضيع متعلقة", "عنوان خبر آخر", para2}, []string{para1, para2}},
		{"may interest you slash", []string{para1, "قد يهمك/ عنوان خبر آخر", para2}, []string{para1, para2}},
		{"more alone", []string{para1, "المزيد", para2}, []string{para1, para2}},
		{"more in prose kept", []string{"المزيد من القتلى سقطوا في القصف الليلة الماضية على المدينة."}, []string{"المزيد من القتلى سقطوا في القصف الليلة الماضية على المدينة."}},
		{"eyewitness kept", []string{"شاهد عيان قال إن الانفجار وقع قرب السوق."}, []string{"شاهد عيان قال إن الانفجار وقع قرب السوق."}},
		{"share widgets", []string{para1, "WhatsApp", "Telegram", "Facebook Twitter", "شارك", "مشاركة", para2}, []string{para1, para2}},
		{"share on", []string{para1, "شارك الخبر عبر فيسبوك", para2}, []string{para1, para2}},
		{"repeated caption", []string{"حفتر", "حفتر", para1}, []string{para1}},
		{"repeated caption three", []string{para1, "صورة أرشيفية", "صورة أرشيفية", "صورة أرشيفية", para2}, []string{para1, para2}},
		{"tags inline", []string{para1, "الكلمات الدالة: ليبيا، سرت، حفتر"}, []string{para1}},
		{"tags list", []string{para1, "الوسوم", "ليبيا", "سرت", "حفتر"}, []string{para1}},
		{"tags english", []string{para1, "Tags: Libya, Sirte"}, []string{para1}},
		{"copyright", []string{para1, "© 2020 جميع الحقوق محفوظة"}, []string{para1}},
		{"comment disclaimer", []string{para1, "الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط."}, []string{para1}},
		{"opinion disclaimer", []string{para1, "** جميع المقالات المنشورة تمثل رأي كتابها فقط."}, []string{para1}},
		{"app notice", []string{para1, "يمكنكم الآن تلقي إشعارات بأهم الموضوعات عند تحميل أحدث نسخة من تطبيق الموقع على هواتفكم."}, []string{para1}},
		{"click here", []string{para1, "لقراءة نص القرار كاملا اضغط هنا", para2}, []string{para1, para2}},
		{"app in prose kept", []string{"وقالت الشركة إن تحميل تطبيقها الجديد تضاعف خلال أسبوع واحد من إطلاقه."}, []string{"وقالت الشركة إن تحميل تطبيقها الجديد تضاعف خلال أسبوع واحد من إطلاقه."}},
		{"breadcrumb", []string{"الرئيسية » أخبار » ليبيا", para1}, []string{para1}},
		{"guillemet quote kept", []string{"قال «نعم» للاتفاق في الاجتماع الأخير للحكومة."}, []string{"قال «نعم» للاتفاق في الاجتماع الأخير للحكومة."}},
		{"short quote kept", []string{para1, "«لا» للحرب", "«أ» و«ب» و«ج»", para2}, []string{para1, "«لا» للحرب", "«أ» و«ب» و«ج»", para2}},
		{"title copy deep in body kept", []string{para1, para2, para3, para1 + " ", "عنوان المقال هنا", para2}, []string{para1, para2, para3, para1 + " ", "عنوان المقال هنا", para2}},
		{"title copy", []string{"عنوان المقال هنا", para1}, []string{para1}},
		{"real text untouched", []string{para1, para2, para3}, []string{para1, para2, para3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var in []block
			for _, s := range tc.in {
				in = append(in, block{text: s})
			}
			var got []string
			for _, b := range dropBoilerplate(in, "عنوان المقال هنا") {
				got = append(got, b.text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestParseByline(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"كتب : سها صلاح", []string{"سها صلاح"}},
		{"كتب: سها صلاح", []string{"سها صلاح"}},
		{"كتبت سارة محمد", []string{"سارة محمد"}},
		{"كتب - أحمد علي", []string{"أحمد علي"}},
		{"بقلم: محمد حسن", []string{"محمد حسن"}},
		{"كتب: أحمد علي و محمد حسن", []string{"أحمد علي", "محمد حسن"}},
		{"كتب: أحمد علي، محمد حسن", []string{"أحمد علي", "محمد حسن"}},
		{"القاهرة - أحمد الريدي", []string{"أحمد الريدي"}},
		{"I ـ لم يبق شيء بعدك", nil},
		{"مصر - السودان في المباراة", nil},
		{"حوار: آسيا العتروس", []string{"آسيا العتروس"}},
		{"العربية.نت - وكالات", []string{"العربية.نت - وكالات"}},
		{para1, nil},
		{"كتب الرئيس على حسابه في تويتر أن الاتفاق بات قريبا جدا", nil},
		{"ماذا حدث في لقاء الوفد؟", nil},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseByline(tc.in)
			if ok != (tc.want != nil) || !slices.Equal(got, tc.want) {
				t.Errorf("parseByline(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestParseTextStructure(t *testing.T) {
	for _, tc := range []struct {
		name, in      string
		title         string
		authors, subs []string
	}{
		{
			name:  "byline with dateline and heading",
			in:    "إعلان\n\nعنوان الخبر الرئيسي\n\nالقاهرة - أحمد الريدي\n\n" + para1 + "\n\nملف الحدود\n\n" + para2 + "\n\nاقرأ أيضا: خبر آخر\n\nWhatsApp\n",
			title: "عنوان الخبر الرئيسي", authors: []string{"أحمد الريدي"}, subs: []string{"ملف الحدود"},
		},
		{
			name:  "question heading, byline before title",
			in:    "كتب: محمد حسن\nعنوان الخبر الرئيسي\n" + para1 + "\nماذا بعد؟\n" + para2 + "\n" + para3,
			title: "عنوان الخبر الرئيسي", authors: []string{"محمد حسن"}, subs: []string{"ماذا بعد؟"},
		},
		{
			name:  "notes are not headings",
			in:    "عنوان الخبر الرئيسي\n" + para1 + "\n*نقلا عن صحيفة الرياض\n" + para2,
			title: "عنوان الخبر الرئيسي", authors: []string{}, subs: []string{},
		},
		{
			name:  "title that opens like a link",
			in:    "شاهد.. روبوت يقلد البشر\n" + para1 + "\n" + para2,
			title: "شاهد.. روبوت يقلد البشر", authors: []string{}, subs: []string{},
		},
		{
			name:  "list lines are not headings",
			in:    "عنوان الخبر الرئيسي\n" + para1 + "\nالبند الأول\nالبند الثاني\nالبند الثالث\n" + para2,
			title: "عنوان الخبر الرئيسي", authors: []string{}, subs: []string{},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := parseText(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.title || !slices.Equal(a.Authors, tc.authors) || !slices.Equal(a.Subheadings, tc.subs) {
				t.Errorf("got title %q authors %q subs %q", a.Title, a.Authors, a.Subheadings)
			}
			if strings.Contains(a.Body, "WhatsApp") || strings.Contains(a.Body, "إعلان") || strings.Contains(a.Body, "خبر آخر") {
				t.Errorf("boilerplate left: %q", a.Body)
			}
			checkParagraphs(t, a)
		})
	}
}

func TestLexiconsLoaded(t *testing.T) {
	lex := lexiconsOnce()
	for name, ps := range map[string]phraseSet{
		"ads": lex.ads, "readalso": lex.readStrong, "readalso_weak": lex.readWeak, "readalso_exact": lex.readExact,
		"share": lex.share, "tags": lex.tags, "footer": lex.footer, "disclaimer": lex.disclaimer, "byline": lex.byline, "particles": lex.particles,
	} {
		if ps.entries == 0 {
			t.Errorf("lexicon %s is empty", name)
		}
	}
	if len(dateTablesOnce().months) < 40 {
		t.Errorf("month table too small")
	}
}
