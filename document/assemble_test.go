package document

import "testing"

func TestDropLinkRuns(t *testing.T) {
	para := "قال المسؤول إن المفاوضات ستستأنف الأسبوع المقبل في جنيف بحضور جميع الأطراف."
	link := "عنوان قصة أخرى منشورة على الموقع"
	link2 := "مسؤول يصف الاتفاق الجديد بأنه \"خطوة كبيرة\""
	prose := "وقال إن الاجتماع المقبل سيحسم الخلاف"
	question := "ما الذي يعنيه القرار للمنطقة؟"
	announce := "وقال الشاعر في قصيدته المعروفة:"
	tests := []struct {
		name string
		in   []string
		want int
	}{
		{"run of three links between paragraphs", []string{para, link, link, link, para}, 2},
		{"two links between paragraphs", []string{para, link, link2, para}, 2},
		{"a headline ending on quoted words", []string{para, link2, link2, link, para}, 2},
		{"two lines opening with wa stay", []string{para, link, prose, para}, 4},
		{"two lines a colon announces stay", []string{para, announce, link, link, para}, 5},
		{"two questions stay", []string{para, question, question, para}, 4},
		{"two numbered lines stay", []string{para, "1- " + link, "2- " + link, para}, 4},
		{"run at the end stays", []string{para, para, link, link, link}, 5},
		{"one subheading stays", []string{para, link, para}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var bs []block
			for _, s := range tc.in {
				bs = append(bs, block{text: s})
			}
			if got := len(dropLinkRuns(bs)); got != tc.want {
				t.Fatalf("kept %d blocks, want %d", got, tc.want)
			}
		})
	}
}

func TestDropLinkRunsKeepsLiveBlog(t *testing.T) {
	para := "قال المسؤول إن المفاوضات ستستأنف الأسبوع المقبل في جنيف بحضور جميع الأطراف."
	var bs []block
	bs = append(bs, block{text: para})
	for _, l := range []string{"د44: مسعود شجاعي يسدد ركلة قوية فوق المرمى", "د42: الحارس يتصدى لإنفراد بعد هجمة مرتدة", "د38: تمريرة عرضية يمسكها الحارس الإيراني"} {
		bs = append(bs, block{text: l})
	}
	bs = append(bs, block{text: para})
	if got := len(dropLinkRuns(bs)); got != 5 {
		t.Fatalf("a live blog lost lines: kept %d of 5", got)
	}
}

func TestHeadingCandidate(t *testing.T) {
	for line, want := range map[string]bool{
		"خلفيات الأزمة":                        true,
		"ماذا بعد الاتفاق؟":                    true,
		"\"نهاية مرحلة\"":                      true,
		"زعيم المعارضة يدعو إلى \"حوار شامل\"": true,
		"«لا عودة إلى الوراء»":                 true,
		"وحذر الوزير من \"عواقب وخيمة\"":       false, // prose, joined by و
		"\"انتهى الأمر.\"":                     false, // a quoted sentence
		"وقال إن الاجتماع انتهى.":              false,
		"- بند من قائمة":                       false,
	} {
		if got := headingCandidate(line); got != want {
			t.Errorf("headingCandidate(%q) = %v, want %v", line, got, want)
		}
	}
}
